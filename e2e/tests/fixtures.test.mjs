// Every fixture page (e2e/site/**/expected.json) loaded in Chromium with the production build under its real
// hostname: the stored transcript must equal the expected one, negatives must store nothing. Prints precision and
// recall of captured messages and roles over all fixtures. FIXTURE=<name> runs one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, readDatabase, serviceWorker } from '../lib/browser.mjs';
import { startSiteServer } from '../lib/server.mjs';
import { fixtureFiles } from '../site/_kit/expected.mjs';
import { score, summarize } from '../lib/fixture-score.mjs';

const only = process.env.FIXTURE;
const fixtures = fixtureFiles()
  .map((file) => JSON.parse(readFileSync(file, 'utf8')))
  .filter((f) => !only || f.name === only);

let site;
let browser;
let panel;
const results = [];

before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension();
  panel = await openSidePanel(browser.context, browser.extensionId, 1);
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const withPort = (url) => url.replace(/^https:\/\/([^/]+)/, `https://$1:${site.port}`);

/** The frame (of any page given) whose fixture kit has finished its script. */
async function finishedChat(pages, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of pages) {
      for (const frame of page.frames()) {
        const state = await frame.evaluate(() => (window.fixtureChat ? { done: window.fixtureChat.done, error: window.fixtureChat.error } : null)).catch(() => null);
        if (state?.error) throw new Error(`fixture script failed: ${state.error}`);
        if (state?.done) return frame;
      }
    }
    await sleep(100);
  }
  throw new Error('fixture conversation did not finish');
}

async function tabIdOfUrl(url) {
  const worker = await serviceWorker(browser.context);
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

/** New sessions since `known`, once their message count has stopped changing. */
async function settledSessions(known, expectedCount) {
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 12000;
  for (;;) {
    const db = await readDatabase(browser.context);
    const sessions = db.sessions.filter((s) => !known.has(s.id));
    const ids = new Set(sessions.map((s) => s.id));
    const messages = db.messages.filter((m) => ids.has(m.sessionId));
    if (messages.length !== last) {
      last = messages.length;
      stableSince = Date.now();
    }
    const settled = Date.now() - stableSince > (messages.length >= expectedCount ? 600 : 2500);
    if (settled || Date.now() > deadline) return { sessions, messages };
    await sleep(150);
  }
}

const comparable = (messages) => messages.map((m) => {
  const out = { role: m.role, text: m.text };
  if (m.author !== undefined) out.author = m.author;
  if (m.shownTime !== undefined) out.shownTime = m.shownTime;
  return out;
});

describe('fixture pages', () => {
  for (const fx of fixtures) {
    it(`${fx.negative ? 'stays out of' : 'captures'} ${fx.name}`, async () => {
      const known = new Set((await readDatabase(browser.context)).sessions.map((s) => s.id));
      const page = await browser.context.newPage();
      const pages = [page];
      try {
        await page.goto(withPort(fx.page));
        if (fx.open) {
          const [popup] = await Promise.all([page.waitForEvent('popup'), page.click(fx.open)]);
          pages.push(popup);
        }
        const frame = await finishedChat(pages);
        const { sessions, messages } = await settledSessions(known, fx.messages.length);
        const chatPage = pages.at(-1);

        if (fx.negative) {
          results.push({ name: fx.name, negative: true, captured: messages.length, sessions: sessions.length });
          assert.equal(sessions.length, 0, `no session on ${fx.name}`);
          if (fx.state === 'available') {
            const status = await panel.evaluate((tabId) => chrome.runtime.sendMessage({ parley: 1, type: 'tab/status', payload: { tabId } }), await tabIdOfUrl(chatPage.url()));
            assert.equal(status.available, true, 'launcher seen: chat available but not open');
          }
          return;
        }

        const stored = messages.sort((a, b) => a.seq - b.seq);
        results.push({ name: fx.name, ...score(fx.messages, stored) });
        assert.equal(sessions.length, 1, `exactly one session for ${fx.name}, got ${sessions.length}`);
        const [session] = sessions;
        assert.deepEqual(comparable(stored), fx.messages);
        assert.equal(new Set(stored.map((m) => m.id)).size, stored.length);
        assert.equal(session.vendor, fx.vendor);
        assert.equal(session.siteId, fx.site);
        if (fx.agentName) assert.equal(session.agentName, fx.agentName);
        if (fx.agentId) assert.equal(session.agentId, fx.agentId);

        if (fx.insert) {
          const tabId = await tabIdOfUrl(chatPage.url());
          const zh = /[\u4e00-\u9fa5]/.test(fx.messages.map((m) => m.text).join(''));
          const text = zh ? '我每月最多能还1000元，能否分36期？' : 'Could we make it 18 months?';
          const answer = await panel.evaluate(([id, t]) => chrome.runtime.sendMessage({ parley: 1, type: 'composer/insert', payload: { tabId: id, text: t } }), [tabId, text]);
          assert.deepEqual(answer, { ok: true, method: fx.insert });
          assert.equal((await frame.evaluate(() => window.fixtureChat.composerText())).trim(), text);
          await sleep(400);
          assert.equal((await settledSessions(known, fx.messages.length)).messages.length, stored.length, 'inserting never sends');
        }
      } finally {
        for (const p of pages.reverse()) await p.close().catch(() => undefined);
      }
    });
  }

  if (!only) it('reaches the precision and recall goals over all fixtures', () => {
    const summary = summarize(results);
    console.log(`\nFixtures: ${summary.fixtures} positive, ${summary.negatives} negative`);
    console.log(`  messages  precision ${summary.messages.precision.toFixed(3)}  recall ${summary.messages.recall.toFixed(3)}`);
    console.log(`  roles     precision ${summary.roles.precision.toFixed(3)}  recall ${summary.roles.recall.toFixed(3)}`);
    console.log(`  duplicates ${summary.duplicates}   captures on negatives ${summary.negativeCaptures}`);
    assert.ok(summary.messages.precision >= 0.98 && summary.messages.recall >= 0.98, 'message precision and recall ≥ 0.98');
    assert.ok(summary.roles.precision >= 0.98 && summary.roles.recall >= 0.98, 'role precision and recall ≥ 0.98');
    assert.equal(summary.duplicates, 0);
    assert.equal(summary.negativeCaptures, 0);
  });
});
