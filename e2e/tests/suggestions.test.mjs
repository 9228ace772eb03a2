// Suggested phrasing in a real browser: the dock answers what the agent just said, a suggestion lands in the demo
// chat's composer without being sent, and a scam-like request raises the red-flag banner first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, serviceWorker } from '../lib/browser.mjs';
import { CUSTOMER_LINES, sayAsCustomer } from '../lib/conversation.mjs';
import { startSiteServer } from '../lib/server.mjs';

let site;
let browser;

before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

/** The dock is one line until opened; the tests read every suggestion, so they open it as a person would. */
async function openDock(panel) {
  const dock = panel.locator('[data-testid="suggestion-dock"]');
  await dock.waitFor({ timeout: 10000 });
  const toggle = dock.locator('[data-testid="dock-toggle"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await dock.locator('[data-testid="suggestion"]').first().waitFor();
  return dock;
}

async function tabFor(page) {
  const worker = await serviceWorker(browser.context);
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
}

describe('suggested phrasing', () => {
  it('answers the agent asking for the reason, and inserts the chosen phrase without sending it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&s=1`);
    for (const line of CUSTOMER_LINES.zh.slice(0, 2)) await sayAsCustomer(page, line);
    const panel = await openSidePanel(browser.context, browser.extensionId, await tabFor(page));
    const dock = await openDock(panel);
    // The agent has just asked why the customer is behind: the first suggestion explains a hardship.
    await panel.waitForFunction(() => document.querySelector('[data-testid="suggestion"]')?.textContent?.includes('说明困难'));
    const first = dock.locator('[data-testid="suggestion"]').first();
    const text = await first.locator('.reply__text').innerText();
    assert.doesNotMatch(text, /\{|\}|undefined|NaN/);
    const before = await page.evaluate(() => window.demoChat.count());
    await panel.keyboard.press('Alt+Shift+1');
    await page.waitForFunction((expected) => document.querySelector('#kf-input').value === expected, text, { timeout: 5000 });
    await first.getByRole('button', { name: '复制' }).isVisible();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.demoChat.count()), before, 'nothing was sent');
    await panel.close();
    await page.close();
  });

  it('inserts suggestion 2 when the browser shortcut fires while the cursor is in the chat box, and never sends', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&s=2`);
    for (const line of CUSTOMER_LINES.zh.slice(0, 2)) await sayAsCustomer(page, line);
    const tabId = await tabFor(page);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    const dock = await openDock(panel);
    const second = await dock.locator('[data-testid="suggestion"]').nth(1).locator('.reply__text').innerText();
    await page.bringToFront();
    await page.focus('#kf-input');
    const before = await page.evaluate(() => window.demoChat.count());
    // What the background does on the 'insert-suggestion-2' command (headless Chromium has no browser accelerators
    // to press): tell the extension's pages, from the service worker, which tab and which suggestion.
    const worker = await serviceWorker(browser.context);
    await worker.evaluate((id) => chrome.runtime.sendMessage({ parley: 1, type: 'panel/insert-suggestion', payload: { tabId: id, n: 2 } }).catch(() => undefined), tabId);
    await page.waitForFunction((expected) => document.querySelector('#kf-input').value === expected, second, { timeout: 5000 });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.demoChat.count()), before, 'nothing was sent');
    await panel.close();
    await page.close();
  });

  it('puts a red-flag warning above everything when the "agent" asks for a code and remote access', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&scam=1`);
    await sayAsCustomer(page, CUSTOMER_LINES.zh[0]);
    const panel = await openSidePanel(browser.context, browser.extensionId, await tabFor(page));
    const banner = panel.locator('[data-testid="safety-banner"]');
    await banner.waitFor({ timeout: 10000 });
    const text = await banner.innerText();
    assert.match(text, /验证码|verification code/);
    assert.match(text, /远程|remote/i);
    // Each sign quotes the agent's own words that raised it, so the person can find them in the transcript.
    const quote = await banner.locator('[data-testid="safety-quote"]').first().innerText();
    assert.match(quote, /短信验证码|verification code we just texted/);
    // And names the words it was read from, as the agent typed them.
    const words = await banner.locator('[data-testid="safety-words"]').first().innerText();
    assert.match(words, /验证码|code/);
    // The banner comes before the transcript, and the top suggestion is the safe refusal.
    const order = await panel.evaluate(() => {
      const b = document.querySelector('[data-testid="safety-banner"]');
      const t = document.querySelector('.transcript');
      return Boolean(b && t && b.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.equal(order, true);
    await openDock(panel);
    await panel.waitForFunction(() => document.querySelector('[data-testid="suggestion"]')?.className.includes('suggestion--safety'));
    await panel.close();
    await page.close();
  });
});
