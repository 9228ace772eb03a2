// A page that floods its chat past the storage bound: the panel warns before the bound, nothing beyond the bound is
// stored, one system note says what was not stored, and the panel says what to do. The bound is lowered for the test
// through the extension's own settings row (storage.bounds), which only extension pages can write and which can only
// lower the built-in bounds (lib/db/storage-bounds.ts boundsFrom).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, readDatabase, serviceWorker, tabIdOf } from '../lib/browser.mjs';
import { startSiteServer } from '../lib/server.mjs';

const BOUND = 30;

let site;
let browser;

before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension();
  const worker = await serviceWorker(browser.context);
  await worker.evaluate(async (bound) => {
    // Parley's database is created by the extension at start (Dexie version 2 is IndexedDB version 20).
    while (!(await indexedDB.databases()).some((d) => d.name === 'parley' && d.version >= 20)) await new Promise((r) => setTimeout(r, 100));
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('parley');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'storage.bounds', value: { session: { messages: bound } } });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, BOUND);
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

async function storedFor(url) {
  const db = await readDatabase(browser.context);
  const session = db.sessions.find((s) => s.url === url);
  const messages = db.messages.filter((m) => m.sessionId === session?.id).sort((a, b) => a.seq - b.seq);
  return { session, messages };
}

async function waitFor(check, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last.done) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  return last;
}

describe('storage bound in the real extension', () => {
  it('warns near the bound, stores nothing past it, notes it once and tells the person what to do', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&bench=1`);
    await page.evaluate(() => window.demoChat.idle());
    const url = page.url();

    // What the page shows on opening is stored first.
    const shown = await page.evaluate(() => window.demoChat.count());
    const initial = await waitFor(async () => {
      const s = await storedFor(url);
      return { ...s, done: s.messages.length >= shown };
    });
    const already = initial.messages.length;
    assert.ok(already < BOUND * 0.5);

    // Up to 80 % of the bound: stored in full, and the panel warns.
    const nearCount = Math.ceil(BOUND * 0.85) - already;
    for (let i = 0; i < nearCount; i++) await page.evaluate((n) => window.demoChat.push(n % 2 ? 'me' : 'agent', `flood line ${n}`), i);
    const near = await waitFor(async () => {
      const s = await storedFor(url);
      return { ...s, done: s.messages.length >= already + nearCount };
    });
    assert.equal(near.messages.length, already + nearCount);

    const tabId = await tabIdOf(browser.context, url);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    const notice = panel.locator('[data-testid="storage-notice"]');
    await notice.and(panel.locator('[data-tone="warn"]')).waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /接近保存上限/);

    // Then the flood: far more than the bound, as fast as the page can add rows.
    const total = 200;
    await page.evaluate(
      ({ from, to }) => {
        for (let n = from; n < to; n++) window.demoChat.push(n % 2 ? 'me' : 'agent', `flood line ${n}`);
      },
      { from: nearCount, to: total },
    );
    // The content script forgets what the background acknowledged; once the page's rows are all read, nothing changes.
    await page.waitForTimeout(3000);
    const full = await waitFor(async () => {
      const s = await storedFor(url);
      return { ...s, done: s.messages.some((m) => m.id.endsWith(':parley-bound:session')) };
    });
    const notes = full.messages.filter((m) => m.id.includes(':parley-bound:'));
    const kept = full.messages.filter((m) => !m.id.includes(':parley-bound:'));
    assert.equal(kept.length, BOUND, 'exactly the bound is stored');
    assert.equal(notes.length, 1, 'one note, however many batches were refused');
    assert.equal(notes[0].role, 'system');
    assert.match(notes[0].text, /did not store the messages after this point/);
    assert.deepEqual(kept.map((m) => m.seq), kept.map((_, i) => i), 'the stored transcript has no gap');
    assert.equal(notes[0].seq, BOUND, 'the note stands where the first refused message would have been');
    const lastKept = Number(/flood line (\d+)/.exec(kept.at(-1).text)?.[1]);
    assert.ok(!full.messages.some((m) => /flood line (\d+)/.test(m.text) && Number(/flood line (\d+)/.exec(m.text)[1]) > lastKept), 'nothing after the bound');

    // The panel says recording stopped, how many were not stored, and what to do; the note is in the transcript.
    await notice.and(panel.locator('[data-tone="stop"]')).waitFor({ timeout: 10000 });
    const text = await notice.textContent();
    assert.match(text, /已停止记录这次对话/);
    assert.match(text, /导出/);
    const refused = Number(/之后的 ([\d,]+) 条消息没有保存/.exec(text)?.[1]?.replace(/,/g, ''));
    assert.equal(refused, total + already - BOUND, 'every refused line is counted once');
    assert.equal(await panel.locator('.transcript .msg--system', { hasText: 'Parley did not store the messages after this point' }).count(), 1);

    // A hundred more lines later: still nothing stored, still one note.
    await page.evaluate(() => {
      for (let n = 500; n < 600; n++) window.demoChat.push('agent', `late line ${n}`);
    });
    await page.waitForTimeout(2500);
    const later = await storedFor(url);
    assert.equal(later.messages.length, BOUND + 1);
    await panel.close();
    await page.close();
  });
});
