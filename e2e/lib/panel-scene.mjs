// The side panel in the states a person sees during a negotiation, shared by the accessibility test and the
// screenshot script: the demo bank's chat played up to two offers (with the demo customer's own figures entered),
// each tab of the panel, one record opened, and the printable record page.
import { serviceWorker, openSidePanel } from './browser.mjs';
import { CUSTOMER_LINES, sayAsCustomer } from './conversation.mjs';
import { enterProfile } from './profile.mjs';

/** The panel's tabs in order (their index in the tab list) and what each scene opens. */
export const SCENES = ['chat', 'plan', 'records', 'record'];

async function tabFor(context, page) {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
}

/**
 * Opens the demo bank chat in `lang`, enters the demo figures in a panel, and says the customer's first `lines` lines
 * (4: the bank's first offer and the improved one are on screen). Returns the chat page, its tab and the panel.
 */
let runs = 0;

export async function negotiate(browser, site, { lang = 'zh', lines = 4, width = 360, height = 720, query = '' } = {}) {
  const page = await browser.context.newPage();
  // Each chat gets an address of its own, so its tab (found by address) is never an earlier test's.
  await page.goto(`https://demobank.test:${site.port}/?speed=fast&run=${++runs}${lang === 'en' ? '&lang=en' : ''}${query}`);
  await page.evaluate(() => window.demoChat.idle());
  const tabId = await tabFor(browser.context, page);
  const panel = await openSidePanel(browser.context, browser.extensionId, tabId, { width, height });
  await enterProfile(panel);
  for (const line of CUSTOMER_LINES[lang].slice(0, lines)) await sayAsCustomer(page, line);
  if (lines >= 3) await panel.locator('[data-testid="offer-card"]').first().waitFor({ timeout: 10000 });
  if (lines >= 4) await panel.locator('[data-testid="offer-card"]').nth(1).waitFor({ timeout: 10000 });
  return { page, tabId, panel };
}

/** The stored session of a chat page (the printable record's id). */
export async function sessionIdOf(browser, page) {
  const worker = await serviceWorker(browser.context);
  return worker.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('parley');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('sessions').objectStore('sessions').getAll();
          all.onsuccess = () => resolve(all.result.find((s) => s.url === url)?.id);
          all.onerror = () => reject(all.error);
        };
      }),
    page.url(),
  );
}

/** Shows one scene in the panel and waits until it has rendered. */
export async function showScene(panel, scene) {
  const tabs = panel.getByRole('tab');
  if (scene === 'chat') {
    await tabs.nth(0).click();
    await panel.locator('.transcript').waitFor();
  } else if (scene === 'plan') {
    await tabs.nth(1).click();
    await panel.locator('.profile-form').waitFor();
  } else {
    await tabs.nth(2).click();
    await panel.locator('.rec-list').waitFor();
    if (scene === 'record') {
      await panel.locator('[data-testid="record-row"]').first().click();
      await panel.locator('[data-testid="record-detail"]').waitFor();
    }
  }
  // Let live queries and layout settle (the transcript measures its rows after the first paint).
  await panel.waitForTimeout(300);
}

/** The printable record page for a session, without opening the print dialog. */
export async function openPrintable(browser, sessionId, lang, { width = 800, height = 1000 } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${browser.extensionId}/record.html?id=${encodeURIComponent(sessionId)}&lang=${lang}`);
  await page.locator('.parley-print-bar').waitFor();
  return page;
}
