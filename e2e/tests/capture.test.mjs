// Browser tests against the production build, with the demo bank served under its real hostname.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, readDatabase, stopServiceWorker, tabIdOf } from '../lib/browser.mjs';
import { CUSTOMER_LINES, playConversation, renderedTranscript, sayAsCustomer } from '../lib/conversation.mjs';
import { startSiteServer } from '../lib/server.mjs';

let site;
let browser;
const requests = [];

before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension();
  browser.context.on('request', (request) => requests.push({ url: request.url(), fromWorker: Boolean(request.serviceWorker()) }));
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

let pageCounter = 0;
async function openBank(path = '/') {
  const page = await browser.context.newPage();
  // A unique query per page keeps tabs (and their sessions) apart even when an earlier test left one open.
  pageCounter += 1;
  await page.goto(`https://demobank.test:${site.port}${path}${path.includes('?') ? '&' : '?'}speed=fast&page=${pageCounter}`);
  return page;
}

async function sessionOf(page) {
  const url = page.url();
  const db = await readDatabase(browser.context);
  const session = db.sessions.filter((s) => s.url === url).sort((a, b) => b.startedAt - a.startedAt)[0];
  const messages = db.messages.filter((m) => m.sessionId === session?.id).sort((a, b) => a.seq - b.seq);
  return { session, messages };
}

async function storedMatchesPage(page) {
  const shown = await renderedTranscript(page);
  const deadline = Date.now() + 10000;
  let stored = await sessionOf(page);
  while (stored.messages.length < shown.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    stored = await sessionOf(page);
  }
  return { shown, ...stored };
}

function comparable(messages) {
  return messages.map((m) => ({ role: m.role, text: m.text, author: m.author, shownTime: m.shownTime }));
}

describe('capture of the demo bank chat', () => {
  it('stores every message of the scripted negotiation exactly once, in order, with roles, names and times', async () => {
    const page = await openBank();
    await playConversation(page, 'zh');
    const { shown, session, messages } = await storedMatchesPage(page);
    assert.equal(shown.length, 20);
    assert.deepEqual(comparable(messages), comparable(shown));
    assert.deepEqual(messages.map((m) => m.seq), shown.map((_, i) => i));
    assert.equal(session.siteId, 'demobank');
    assert.equal(session.agentName, '李娜');
    assert.equal(session.agentId, '8823');
    assert.deepEqual([...new Set(messages.map((m) => m.role))].sort(), ['agent', 'bot', 'customer', 'system']);
    await page.close();
  });

  it('captures the English conversation too', async () => {
    const page = await openBank('/?lang=en');
    await playConversation(page, 'en');
    const { shown, session, messages } = await storedMatchesPage(page);
    assert.deepEqual(comparable(messages), comparable(shown));
    assert.equal(session.agentName, 'Lina');
    assert.equal(session.agentId, '8823');
    await page.close();
  });

  it('shows new messages in the side panel as they arrive', async () => {
    const page = await openBank();
    await page.evaluate(() => window.demoChat.idle());
    const tabId = await tabIdOf(browser.context, `*://demobank.test/*`);
    assert.ok(Number.isInteger(tabId));
    const panel = await openSidePanel(browser.context, browser.extensionId, await tabIdForPage(page));
    for (const line of CUSTOMER_LINES.zh.slice(0, 3)) {
      await sayAsCustomer(page, line);
      const last = (await renderedTranscript(page)).at(-1).text;
      await panel.waitForFunction(
        (expected) => [...document.querySelectorAll('.transcript .msg__bubble')].at(-1)?.textContent === expected,
        last,
        { timeout: 5000 },
      );
    }
    assert.match(await panel.locator('[data-testid="capture-status"]').innerText(), /正在记录|Recording/);
    assert.equal(await panel.locator('.session-card__bank').innerText(), '示范银行');
    await panel.close();
    await page.close();
  });

  it('captures nothing twice when the chat re-renders its whole transcript', async () => {
    const page = await openBank();
    await playConversation(page, 'zh');
    const before = await storedMatchesPage(page);
    for (let i = 0; i < 3; i += 1) {
      await page.evaluate(() => window.demoChat.rerender());
      await new Promise((r) => setTimeout(r, 150));
    }
    await new Promise((r) => setTimeout(r, 500));
    const afterRerender = await sessionOf(page);
    assert.equal(afterRerender.messages.length, before.shown.length);
    await page.close();
  });

  it('loses and doubles nothing when the service worker is stopped again and again mid-conversation', async () => {
    const page = await openBank();
    await page.evaluate(() => window.demoChat.idle());
    let stoppedWhileRunning = 0;
    for (const line of CUSTOMER_LINES.zh) {
      await page.locator('#kf-input').fill(line);
      await page.locator('#kf-input').press('Enter');
      await new Promise((r) => setTimeout(r, 60));
      // Stop while the agent's replies are still being typed, so messages arrive while the worker is down.
      const { wasRunning, stopped } = await stopServiceWorker(browser.context, page);
      assert.ok(stopped, 'the service worker is stopped');
      if (wasRunning) stoppedWhileRunning += 1;
      await page.evaluate(() => window.demoChat.idle());
    }
    assert.ok(stoppedWhileRunning >= 3, `service worker was stopped while running ${stoppedWhileRunning} times`);
    const { shown, messages } = await storedMatchesPage(page);
    assert.deepEqual(comparable(messages), comparable(shown));
    assert.equal(new Set(messages.map((m) => m.id)).size, messages.length);
    await page.close();
  });

  it('inserts text into the chat composer from the side panel without sending it', async () => {
    const page = await openBank();
    await sayAsCustomer(page, CUSTOMER_LINES.zh[0]);
    const countBefore = await page.evaluate(() => window.demoChat.count());
    const tabId = await tabIdForPage(page);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    const text = '我目前每月最多能还1000元，能否分36期？';
    const answer = await panel.evaluate(
      ([id, t]) => chrome.runtime.sendMessage({ parley: 1, type: 'composer/insert', payload: { tabId: id, text: t } }),
      [tabId, text],
    );
    assert.deepEqual(answer, { ok: true, method: 'textarea' });
    assert.equal(await page.locator('#kf-input').inputValue(), text);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.evaluate(() => window.demoChat.count()), countBefore);
    await panel.close();
    await page.close();
  });

  it('refuses protocol messages that fail validation or come from the wrong context', async () => {
    const page = await openBank();
    const panel = await openSidePanel(browser.context, browser.extensionId, 1);
    const bad = await panel.evaluate(() => chrome.runtime.sendMessage({ parley: 1, type: 'composer/insert', payload: { tabId: -1, text: '' } }));
    assert.equal(bad.ok, false);
    assert.match(bad.error, /invalid composer\/insert/);
    const wrongContext = await panel.evaluate(() =>
      chrome.runtime.sendMessage({ parley: 1, type: 'capture/batch', payload: { session: {}, messages: [] } }),
    );
    assert.deepEqual(wrongContext, { ok: false, error: 'sender not allowed' });
    await panel.close();
    await page.close();
  });
});

describe('the toolbar icon', () => {
  it('opens the side panel', async () => {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    // Either Chrome opens the panel natively, or our click handler opens it (which also grants activeTab).
    const wiring = await worker.evaluate(async () => ({
      native: (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick,
      handler: chrome.action.onClicked.hasListeners(),
    }));
    assert.ok(wiring.native || wiring.handler, JSON.stringify(wiring));
  });
});

describe('where Parley stays out', () => {
  it('captures nothing on a bank page without a live chat (FAQ, search box, comments, live region)', async () => {
    const page = await openBank('/help/');
    await new Promise((r) => setTimeout(r, 1500));
    const db = await readDatabase(browser.context);
    assert.equal(db.sessions.filter((s) => s.url.includes('/help/')).length, 0);
    await page.close();
  });

  it('does not even load on a shop running the same chat widget', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://shop.test:${site.port}/?speed=fast`);
    await playConversation(page, 'zh');
    const db = await readDatabase(browser.context);
    assert.equal(db.sessions.filter((s) => s.url.includes('shop.test')).length, 0);
    await page.close();
  });

  it('made no network request of its own anywhere', () => {
    const offenders = requests.filter(({ url }) => {
      const u = new URL(url);
      if (u.protocol === 'chrome-extension:' && u.host === browser.extensionId) return false;
      if (u.protocol === 'data:') return false;
      // The demo sites' own files, requested by the pages themselves.
      return !(['demobank.test', 'shop.test'].includes(u.hostname) && /^\/(|help\/|bank\.css|chat\.js|favicon\.ico)$/.test(u.pathname));
    });
    assert.ok(requests.length > 0, 'requests were observed');
    assert.deepEqual(offenders, []);
    assert.equal(requests.filter((r) => r.fromWorker).length, 0);
  });
});

async function tabIdForPage(page) {
  const url = page.url();
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}
