// A person who only reads: the bank's lines are added by the page itself and nothing is typed. Every line must be
// stored every time, whether the list starts empty and fills late, is replaced mid-chat, comes after other growing
// lists, or the whole widget appears late — and the panel must never say "recording" about a chat it cannot read.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, readDatabase, serviceWorker } from '../lib/browser.mjs';
import { startSiteServer } from '../lib/server.mjs';

const RUNS = Number(process.env.QUIET_RUNS ?? 20);
const PARALLEL = 4;
// 'first-pause': the first row comes right after the empty widget is seen, then the chat is quiet for longer than an
// unconfirmed find is held — the header (a title and its subtitle) must not be what gets stored.
const VARIANTS = ['late', 'replaced', 'decoy', 'widget-late', 'first-pause'];
const RUNS_OF = { 'first-pause': Math.min(RUNS, 8) };

let site;
let browser;
let extensionPage;
before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension();
  // The background answers extension pages only (not itself): status is asked from a page of the extension.
  extensionPage = await openSidePanel(browser.context, browser.extensionId, 0);
});
after(async () => {
  await browser?.context.close();
  await site?.close();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function tabStatus(tabId) {
  return extensionPage.evaluate((id) => chrome.runtime.sendMessage({ parley: 1, type: 'tab/status', payload: { tabId: id } }), tabId);
}

async function tabIdOfUrl(url) {
  const worker = await serviceWorker(browser.context);
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

async function storedFor(url, count, timeoutMs = 12000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const db = await readDatabase(browser.context);
    const session = db.sessions.find((s) => s.url === url);
    const messages = db.messages.filter((m) => m.sessionId === session?.id).sort((a, b) => a.seq - b.seq);
    if (messages.length >= count || Date.now() > deadline) return messages;
    await sleep(150);
  }
}

async function playOnce(variant, run) {
  const page = await browser.context.newPage();
  // The first row lands at a different moment in each run, so some runs put it just after Parley's first look.
  const first = variant === 'first-pause' ? `&first=${100 + run * 100}` : '';
  const url = `https://demobank.test:${site.port}/quiet/?variant=${variant}&step=150${first}&run=${run}`;
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.quietChat?.done, null, { timeout: 20000 });
    const expected = await page.evaluate(() => window.quietChat.expected);
    const stored = await storedFor(url, expected.length);
    const got = stored.map((m) => ({ role: m.role, text: m.text }));
    const status = await tabStatus(await tabIdOfUrl(url));
    return { variant, run, ok: JSON.stringify(got) === JSON.stringify(expected), got, expected, status };
  } finally {
    await page.close();
  }
}

describe('a chat the person only reads', () => {
  for (const variant of VARIANTS) {
    const runs = RUNS_OF[variant] ?? RUNS;
    it(`stores every line, ${runs} times out of ${runs}: ${variant}`, async () => {
      const results = [];
      for (let start = 0; start < runs; start += PARALLEL) {
        const batch = Array.from({ length: Math.min(PARALLEL, runs - start) }, (_, i) => playOnce(variant, start + i));
        results.push(...(await Promise.all(batch)));
      }
      const failed = results.filter((r) => !r.ok);
      console.log(`# ${variant}: ${results.length - failed.length}/${results.length} runs stored every line`);
      assert.deepEqual(failed.map((r) => ({ run: r.run, got: r.got })), []);
      // The panel's source of truth says recording for these chats, and names the session.
      for (const r of results) assert.equal(r.status?.capturing, true, `run ${r.run}: tab/status should say recording, said ${JSON.stringify(r.status)}`);
    });
  }

  it('never says recording about a chat whose messages it cannot read, and offers a text-free report', async () => {
    const page = await browser.context.newPage();
    const url = `https://demobank.test:${site.port}/quiet/?variant=pseudo&step=150`;
    await page.goto(url);
    await page.waitForFunction(() => window.quietChat?.done, null, { timeout: 20000 });
    const tabId = await tabIdOfUrl(url);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await page.bringToFront();
    await page.fill('.kf-composer textarea', '我想申请分期还款');
    await page.press('.kf-composer textarea', 'Enter');
    // Whatever the finder makes of this page, the panel must not claim to record it.
    const deadline = Date.now() + 9000;
    let state;
    while (Date.now() < deadline) {
      state = await panel.locator('[data-testid="capture-status"]').getAttribute('data-state');
      assert.notEqual(state, 'recording', 'a chat with no readable text was shown as recorded');
      if (state === 'unreadable') break;
      await sleep(300);
    }
    const db = await readDatabase(browser.context);
    const session = db.sessions.find((s) => s.url === url);
    assert.equal(db.messages.filter((m) => m.sessionId === session?.id).length, 0);
    if (state === 'unreadable') {
      await panel.locator('[data-testid="unreadable-notice"]').waitFor();
      const report = await panel.evaluate((id) => new Promise((resolve) => chrome.runtime.sendMessage({ parley: 1, type: 'tab/diagnose', payload: { tabId: id } }, resolve)), tabId);
      assert.equal(report.ok, true);
      assert.match(report.report, /parley\.diagnostic\/1/);
      for (const words of ['王敏', '逾期', '分期还款', '18,640']) assert.equal(report.report.includes(words), false, `report must not contain "${words}"`);
    }
    console.log(`# unreadable chat: panel said "${state}"`);
    await panel.close();
    await page.close();
  });
});
