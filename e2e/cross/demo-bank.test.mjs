// The product's main job, played in whichever browser PARLEY_BROWSER names (chromium by default, firefox with
// `npm run test:firefox`): the demo bank chat captured exactly once, the panel following it live, an offer analysed
// with its ladder, a reply inserted and not sent, the background restarted mid-chat, a record exported and verified,
// a backup restored, a reminder that fell due while the browser was closed, and a shop with the same widget ignored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CUSTOMER_LINES, renderedTranscript } from '../lib/conversation.mjs';
import { DEMO_PROFILE } from '../lib/profile.mjs';
import { startSiteServer } from '../lib/server.mjs';
import { launchBrowser, until } from './driver.mjs';

let site;
let driver;

before(async () => {
  site = await startSiteServer();
  driver = await launchBrowser();
});

after(async () => {
  await driver?.close();
  await site?.close();
});

let pageCounter = 0;
async function openBank(host = 'demobank.test') {
  pageCounter += 1;
  const page = await driver.open(`https://${host}:${site.port}/?speed=fast&page=${pageCounter}`);
  await until(() => page.evaluate(() => Boolean(window.demoChat)), 'the demo chat to start');
  await page.evaluate(() => window.demoChat.idle());
  return page;
}

async function say(page, line) {
  await page.type('#kf-input', line);
  await page.press('Enter');
  await page.evaluate(() => window.demoChat.idle());
}

const comparable = (messages) => messages.map((m) => ({ role: m.role, text: m.text, author: m.author ?? undefined, shownTime: m.shownTime ?? undefined }));

async function storedFor(url) {
  const db = await driver.readDatabase();
  const session = db.sessions.filter((s) => s.url === url).sort((a, b) => b.startedAt - a.startedAt)[0];
  return { session, messages: db.messages.filter((m) => m.sessionId === session?.id).sort((a, b) => a.seq - b.seq), db };
}

async function storedMatchesPage(page, url) {
  const shown = await renderedTranscript(page);
  const stored = await until(async () => {
    const s = await storedFor(url);
    return s.messages.length >= shown.length && s;
  }, `${shown.length} stored messages`);
  return { shown, ...stored };
}

async function showTab(panel, index) {
  await panel.evaluate((i) => document.querySelectorAll('[role="tab"]')[i].click(), index);
}

async function enterProfile(panel) {
  await showTab(panel, 1);
  // The demo customer owes a Chinese bank in yuan, whatever language this browser happens to report.
  await panel.waitFor('.profile-form select');
  await panel.raw.select('.profile-form select', 'CN');
  for (const [field, value] of Object.entries(DEMO_PROFILE.zh)) await panel.type(`#${field}`, value);
  await panel.click('.profile-form button[type="submit"]');
  await until(() => panel.evaluate(() => /\S/.test(document.querySelector('.form-actions [role="status"]')?.textContent ?? '')), 'the Plan to be saved');
  await showTab(panel, 0);
}

/** Catches what the panel hands to the browser as a download, so the file is read without a downloads folder. */
async function catchDownloads(panel) {
  await panel.evaluate(() => {
    window.__downloads = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      if (blob instanceof Blob) window.__downloads.push(blob.text());
      return original(blob);
    };
  });
}

const downloaded = (panel, index) => panel.evaluate((i) => window.__downloads[i], index);

/** Puts a file into a file input as a person choosing it would. */
async function chooseFile(panel, testId, name, text) {
  await panel.evaluate(
    ([id, fileName, content]) => {
      const input = document.querySelector(`[data-testid="${id}"]`);
      const files = new DataTransfer();
      files.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [testId, name, text],
  );
}

describe(`the demo bank chat in ${process.env.PARLEY_BROWSER || 'chromium'}`, () => {
  it('captures the chat exactly once, follows it live in the panel, reads the offer and inserts a reply without sending', async () => {
    const page = await openBank();
    const url = await page.evaluate(() => location.href);
    const tabId = await until(() => driver.tabIdOf(`*://demobank.test/*page=${pageCounter}*`), 'the chat tab');
    const panel = await driver.openPanel(tabId);
    await enterProfile(panel);

    for (const line of CUSTOMER_LINES.zh.slice(0, 3)) await say(page, line);
    // Live: the panel shows the customer's latest line without being reopened.
    await until(() => panel.evaluate((l) => document.body.innerText.includes(l.slice(0, 12)), CUSTOMER_LINES.zh[2]), 'the panel to show the latest line');

    await panel.waitFor('[data-testid="offer-card"]');
    const card = await panel.text('[data-testid="offer-card"]');
    // 24 × 0.75 % a month flat: the IRR-based annual rate is about 16.4 %, not the 9 % the fee × 12 suggests.
    assert.match(card, /24 ?(期|months)/);
    assert.match(card, /16\.4\d\s?%/);
    assert.ok((await panel.count('[data-testid="offer-card"] .rung')) >= 2, 'a counter-offer ladder');

    const reply = await panel.text('[data-testid="rung-target"] .reply__text');
    const sentBefore = await page.evaluate(() => window.demoChat.count());
    await panel.evaluate(() => {
      const insert = [...document.querySelectorAll('[data-testid="rung-target"] button')].find((b) => /填入|Insert/.test(b.textContent));
      insert.click();
    });
    await until(async () => (await page.evaluate(() => document.querySelector('#kf-input').value)) === reply, 'the reply in the chat box');
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(await page.evaluate(() => window.demoChat.count()), sentBefore, 'nothing was sent');

    for (const line of CUSTOMER_LINES.zh.slice(3)) await say(page, line);
    const { shown, session, messages } = await storedMatchesPage(page, url);
    assert.equal(shown.length, 20);
    assert.deepEqual(comparable(messages), comparable(shown));
    assert.deepEqual([session.siteId, session.agentName, session.agentId], ['demobank', '李娜', '8823']);
    assert.deepEqual([...new Set(messages.map((m) => m.role))].sort(), ['agent', 'bot', 'customer', 'system']);
    await panel.close();
    await page.close();
  });

  it('loses and doubles nothing when the background restarts mid-chat', async () => {
    const page = await openBank();
    const url = await page.evaluate(() => location.href);
    for (const line of CUSTOMER_LINES.zh.slice(0, 3)) await say(page, line);
    await until(async () => (await storedFor(url)).messages.length >= 10, 'the first half to be stored');
    await driver.restartBackground();
    for (const line of CUSTOMER_LINES.zh.slice(3)) await say(page, line);
    const { shown, messages } = await storedMatchesPage(page, url);
    await new Promise((r) => setTimeout(r, 1500));
    const settled = await storedFor(url);
    assert.deepEqual(comparable(settled.messages), comparable(shown), 'every message once, in order');
    assert.equal(messages.length, shown.length);
    await page.close();
  });

  it('exports a record that verifies, and a backup that restores into an emptied database', async () => {
    const page = await openBank();
    const url = await page.evaluate(() => location.href);
    for (const line of CUSTOMER_LINES.zh) await say(page, line);
    const { session } = await storedMatchesPage(page, url);
    await page.close();

    const panel = await driver.openPanel(999999);
    await catchDownloads(panel);
    await panel.evaluate(() => [...document.querySelectorAll('[role="tab"]')].find((t) => /记录|Records/.test(t.textContent)).click());
    await panel.waitFor(`[data-testid="record-row"][data-session-id="${session.id}"]`);
    await panel.click(`[data-testid="record-row"][data-session-id="${session.id}"]`);
    await panel.waitFor('[data-testid="export-json"]');
    await panel.click('[data-testid="export-json"]');
    const exported = await until(() => downloaded(panel, 0), 'the JSON export');
    const file = JSON.parse(exported);
    assert.equal(file.format, 'parley.export');
    assert.equal(file.sessions[0].messages.length, 20);
    assert.equal(file.sessions[0].session.agentName, '李娜');

    await panel.click('[data-testid="records-back"]');
    await chooseFile(panel, 'verify-file', 'record.json', exported);
    await panel.waitFor('[data-testid="verify-result"][data-ok="true"]');
    const tampered = JSON.parse(exported);
    tampered.sessions[0].messages[5].text += '。';
    await chooseFile(panel, 'verify-file', 'tampered.json', JSON.stringify(tampered));
    await panel.waitFor('[data-testid="verify-result"][data-ok="false"]');

    const before = await driver.readDatabase();
    await panel.click('[data-testid="wipe"]');
    await panel.waitFor('[data-testid="wipe-confirm"]');
    await panel.click('[data-testid="wipe-confirm"]');
    await until(async () => (await driver.readDatabase()).sessions.length === 0, 'the wipe');
    await chooseFile(panel, 'restore-file', 'record.json', exported);
    await panel.waitFor('[data-testid="restore-result"][data-ok="true"]');
    const restored = await driver.readDatabase();
    const mine = (db) => db.messages.filter((m) => m.sessionId === session.id).map((m) => m.text);
    assert.deepEqual(mine(restored), mine(before));
    assert.deepEqual(restored.sessions.map((s) => s.id), [session.id]);
    await panel.close();
  });

  it('captures nothing from a shop running the same chat widget', async () => {
    const page = await openBank('shop.test');
    for (const line of CUSTOMER_LINES.zh.slice(0, 2)) await say(page, line);
    await new Promise((r) => setTimeout(r, 1500));
    const db = await driver.readDatabase();
    assert.equal(db.sessions.filter((s) => s.url.includes('shop.test')).length, 0);
    await page.close();
  });
});
