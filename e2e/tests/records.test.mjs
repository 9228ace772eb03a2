// Negotiation records in the real side panel: the captured demo chat becomes a record whose reference and agent are
// proposed from the transcript and confirmed by a click; the JSON export is downloaded through the browser, verified,
// tampered with and verified again, imported into a wiped database; a follow-up rings through chrome.alarms; a record
// is deleted with everything of it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, serviceWorker, tabIdOf } from '../lib/browser.mjs';
import { playConversation, renderedTranscript } from '../lib/conversation.mjs';
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

/** Every table, and Parley's alarms, read inside the extension origin. */
async function readEverything() {
  const worker = await serviceWorker(browser.context);
  return worker.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('parley');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = ['sessions', 'messages', 'followUps', 'userPhrases', 'profile', 'settings'];
    const tx = db.transaction(names, 'readonly');
    const out = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve) => {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => resolve((out[name] = req.result));
          }),
      ),
    );
    db.close();
    const alarms = (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('parley.followUp:')).map((a) => a.name);
    return { ...out, alarms };
  });
}

async function until(check, what, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openRecords(panel) {
  await panel.getByRole('tab', { name: /记录|Records/ }).click();
  await panel.locator('.rec-list').waitFor();
}

async function chooseFile(panel, testId, name, text) {
  await panel.locator(`[data-testid="${testId}"]`).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

// An export leaves out where the chat was open (tabId, frameId): they mean nothing in another browser.
const withoutTab = (session) => {
  const copy = { ...session };
  delete copy.tabId;
  delete copy.frameId;
  return copy;
};
const byId = (rows) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('negotiation records', () => {
  it('turns the captured chat into a record, exports, verifies, restores and deletes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&records=1`);
    await playConversation(page, 'zh');
    const shown = await renderedTranscript(page);
    const captured = await until(async () => {
      const db = await readEverything();
      const session = db.sessions.find((s) => s.url === page.url());
      const messages = db.messages.filter((m) => m.sessionId === session?.id);
      return messages.length === shown.length && { session, messages };
    }, 'the whole chat to be stored');
    const sessionId = captured.session.id;
    const tabId = await tabIdOf(browser.context, '*://demobank.test/*');
    await page.close();

    const panel = await openSidePanel(browser.context, browser.extensionId, tabId, { width: 420, height: 1000 });
    await openRecords(panel);
    const row = panel.locator(`[data-testid="record-row"][data-session-id="${sessionId}"]`);
    assert.match(await row.innerText(), /示范银行[\s\S]*网页在线客服[\s\S]*李娜 · 8823[\s\S]*20 条消息/);
    await row.click();

    // Proposed from the transcript, stored only when confirmed.
    const detail = panel.locator('[data-testid="record-detail"]');
    const reference = detail.locator('[data-testid="suggestion"][data-kind="reference"]', { hasText: 'HX20261123001' });
    const agent = detail.locator('[data-testid="suggestion"][data-kind="agent"]', { hasText: '李娜' });
    await reference.waitFor();
    assert.match(await agent.innerText(), /8823/);
    assert.equal((await readEverything()).sessions.find((s) => s.id === sessionId).references, undefined);
    await reference.locator('[data-testid="suggestion-accept"]').click();
    await agent.locator('[data-testid="suggestion-accept"]').click();
    await detail.locator('[data-testid="reference"]', { hasText: 'HX20261123001' }).waitFor();
    const confirmed = (await readEverything()).sessions.find((s) => s.id === sessionId);
    assert.deepEqual(
      confirmed.references.map((r) => [r.value, r.confirmed]),
      [['HX20261123001', true]],
    );
    assert.deepEqual(confirmed.agents.map((a) => [a.name, a.id]), [['李娜', '8823']]);

    // A follow-up the user adds becomes a browser alarm (the table is the source of truth).
    await detail.locator('[data-testid="follow-ups"] input[aria-label="待办事项"]').fill('确认短信协议已收到');
    await detail.locator('[data-testid="follow-ups"] .rec-inline-form .btn').click();
    await detail.locator('[data-testid="follow-up"]', { hasText: '确认短信协议已收到' }).waitFor();
    const withFollowUp = await until(async () => {
      const db = await readEverything();
      return db.alarms.length === 1 && db;
    }, 'the follow-up alarm');
    assert.equal(withFollowUp.alarms[0], `parley.followUp:${withFollowUp.followUps[0].id}`);

    // JSON export through <a download>: the browser's own download, read back from disk.
    const [download] = await Promise.all([panel.waitForEvent('download'), detail.locator('[data-testid="export-json"]').click()]);
    assert.match(download.suggestedFilename(), /^parley_\d{4}-\d{2}-\d{2}_demobank_[0-9a-f]{8}\.json$/);
    const exported = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(exported);
    assert.equal(file.format, 'parley.export');
    assert.equal(file.sessions[0].messages.length, 20);
    assert.equal(file.sessions[0].session.references[0].value, 'HX20261123001');
    assert.match(await detail.locator('[data-testid="digest"]').innerText(), new RegExp(file.sessions[0].digest.slice(0, 8)));

    // Verify in the panel: the untouched file passes; an edited one fails, naming the message.
    await panel.locator('[data-testid="records-back"]').click();
    await chooseFile(panel, 'verify-file', download.suggestedFilename(), exported);
    await panel.locator('[data-testid="verify-result"][data-ok="true"]').waitFor();
    const tampered = JSON.parse(exported);
    const target = tampered.sessions[0].messages.findIndex((m) => m.text.includes('HX20261123001'));
    tampered.sessions[0].messages[target].text = tampered.sessions[0].messages[target].text.replace('HX20261123001', 'HX20261123009');
    await chooseFile(panel, 'verify-file', 'tampered.json', JSON.stringify(tampered, null, 2));
    const failed = panel.locator('[data-testid="verify-result"][data-ok="false"]');
    await failed.waitFor();
    const problem = failed.locator('[data-testid="verify-problem"]').first();
    assert.equal(await problem.getAttribute('data-kind'), 'changed');
    assert.match(await problem.innerText(), new RegExp(`第 ${tampered.sessions[0].messages[target].seq} 条消息`));

    // Wipe everything (confirmed), then import the export into the empty database: the same records come back.
    const before = await readEverything();
    await panel.locator('[data-testid="wipe"]').click();
    await panel.locator('[data-testid="wipe-confirm"]').click();
    const wiped = await until(async () => {
      const db = await readEverything();
      return db.sessions.length === 0 && db.alarms.length === 0 && db;
    }, 'the wipe, alarms included');
    assert.deepEqual([wiped.messages.length, wiped.followUps.length, wiped.settings.length, wiped.alarms.length], [0, 0, 0, 0]);
    await chooseFile(panel, 'restore-file', download.suggestedFilename(), exported);
    await panel.locator('[data-testid="restore-result"][data-ok="true"]').waitFor();
    const restored = await readEverything();
    assert.deepEqual(byId(restored.sessions), byId(before.sessions).map(withoutTab));
    assert.deepEqual(byId(restored.messages), byId(before.messages));
    assert.deepEqual(byId(restored.followUps), byId(before.followUps));
    assert.equal(restored.alarms.length, 1, 'the restored follow-up rings again');
    // The same file a second time adds nothing.
    await chooseFile(panel, 'restore-file', 'again.json', exported);
    await panel.locator('[data-testid="restore-result"][data-ok="true"]').waitFor();
    const again = await readEverything();
    assert.deepEqual([again.sessions.length, again.messages.length, again.followUps.length], [restored.sessions.length, restored.messages.length, restored.followUps.length]);

    // Delete the record (confirmed): nothing of it is left anywhere, its alarm included.
    await panel.locator(`[data-testid="record-row"][data-session-id="${sessionId}"]`).click();
    await panel.locator('[data-testid="delete-record"]').click();
    await panel.locator('[data-testid="delete-record-confirm"]').click();
    await panel.locator('.rec-list').waitFor();
    const gone = await until(async () => {
      const db = await readEverything();
      return db.sessions.length === 0 && db.alarms.length === 0 && db;
    }, 'the deletion');
    assert.deepEqual([gone.messages.length, gone.followUps.length], [0, 0]);
    await panel.close();
  });

  it('refuses a hostile file in the restore tool with the reason in the user language, changing nothing', async () => {
    const panel = await openSidePanel(browser.context, browser.extensionId, 999999);
    await openRecords(panel);
    const before = await readEverything();
    await chooseFile(panel, 'restore-file', 'evil.json', '{"format":"parley.export","version":1,"__proto__":{"polluted":true}}');
    const refused = panel.locator('[data-testid="restore-result"][data-ok="false"]');
    await refused.waitFor();
    assert.match(await refused.innerText(), /无法导入 evil\.json[\s\S]*__proto__[\s\S]*未做任何更改/);
    const afterRefusal = await readEverything();
    assert.deepEqual(afterRefusal.sessions, before.sessions);
    assert.deepEqual(afterRefusal.messages.length, before.messages.length);
    await panel.close();
  });
});
