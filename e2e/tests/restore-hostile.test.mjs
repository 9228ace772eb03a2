// Crafted backups in the real side panel's restore tool. A backup saved while recording was paused (or made to look
// so) restores its records and leaves recording on: the background is restarted so the pause state is read back from
// the database, and a new chat line must still be stored. With "Also restore settings" ticked, a bad settings value
// is refused with its key named and nothing changes; a good one is applied (the control showing the check can fail).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXTENSION_DIR, launchWithExtension, openSidePanel, serviceWorker, stopServiceWorker } from '../lib/browser.mjs';
import { sayAsCustomer } from '../lib/conversation.mjs';
import { startSiteServer } from '../lib/server.mjs';

let site;
let browser;

before(async () => {
  site = await startSiteServer();
  // PARLEY_EXTENSION_DIR: a build made elsewhere, so this test can run while the shared build is being rebuilt.
  browser = await launchWithExtension({ extensionDir: process.env.PARLEY_EXTENSION_DIR || EXTENSION_DIR });
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

const T0 = Date.UTC(2026, 10, 20, 6);

/** A backup as an attacker (or an old install) could write it: one record, and the given settings rows. */
function craftedBackup(id, settings) {
  const session = { id, url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: T0, updatedAt: T0 + 60_000, outcome: 'open' };
  const messages = ['您好，这里是示范银行信用卡中心。', '我想协商分期还款。'].map((text, seq) => ({
    id: `${id}:${seq}`,
    sessionId: id,
    seq,
    role: seq === 0 ? 'agent' : 'customer',
    text,
    at: T0 + seq * 20_000,
  }));
  return JSON.stringify({
    format: 'parley.backup',
    version: 1,
    exportedAt: '2026-11-20T07:00:00.000Z',
    app: { name: 'Parley', version: '0.1.0' },
    tables: { sessions: [session], messages, followUps: [], userPhrases: [], profile: [], settings },
  });
}

async function readTables() {
  const worker = await serviceWorker(browser.context);
  return worker.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('parley');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = ['sessions', 'messages', 'settings'];
    const tx = db.transaction(names, 'readonly');
    const out = {};
    await Promise.all(names.map((name) => new Promise((resolve) => (tx.objectStore(name).getAll().onsuccess = (e) => resolve((out[name] = e.target.result))))));
    db.close();
    return out;
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

async function restoreInPanel(name, text, { restoreSettings = false } = {}) {
  const panel = await openSidePanel(browser.context, browser.extensionId, 999999);
  await panel.getByRole('tab', { name: /记录|Records/ }).click();
  await panel.locator('.rec-list').waitFor();
  const box = panel.locator('[data-testid="restore-settings"]');
  assert.equal(await box.isChecked(), false, 'restoring settings is off by default');
  if (restoreSettings) await box.check();
  await panel.locator('[data-testid="restore-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const result = panel.locator('[data-testid="restore-result"]');
  await result.waitFor();
  return { panel, result };
}

/** The pause switch as the panel shows it after the background has restarted and read the state back. */
async function pauseSwitchAfterRestart(anyPage) {
  await stopServiceWorker(browser.context, anyPage);
  const panel = await openSidePanel(browser.context, browser.extensionId, 999999);
  const toggle = panel.locator('[data-testid="pause-switch"] [role="switch"]');
  await toggle.waitFor();
  // aria-checked is "recording on".
  const on = await toggle.getAttribute('aria-checked');
  await panel.close();
  return on === 'true';
}

describe('restoring crafted backups', () => {
  it('a backup that says "paused" restores its record and recording stays on', async () => {
    const { panel, result } = await restoreInPanel('paused-backup.json', craftedBackup('crafted-1', [{ key: 'capture.paused', value: true }]));
    assert.equal(await result.getAttribute('data-ok'), 'true', await result.innerText());
    assert.match(await panel.locator('[data-testid="restore-settings-left-out"]').innerText(), /capture\.paused/);
    const tables = await readTables();
    assert.ok(tables.sessions.some((s) => s.id === 'crafted-1'), 'the record is restored');
    assert.equal(tables.settings.find((s) => s.key === 'capture.paused')?.value === true, false, 'the pause setting is not written');
    assert.equal(await pauseSwitchAfterRestart(panel), true, 'the panel shows recording on after the background restarts');
    await panel.close();

    // Recording really is on: a new line in a bank chat is stored.
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast`);
    await page.evaluate(() => window.demoChat.idle());
    await sayAsCustomer(page, '你好，我想协商信用卡逾期还款，转人工');
    await until(async () => (await readTables()).messages.some((m) => m.text.includes('我想协商信用卡逾期还款')), 'the new line to be stored');
    await page.close();
  });

  it('asked to restore settings, a bad value is refused with its key named and nothing changes', async () => {
    const before = await readTables();
    const { panel, result } = await restoreInPanel(
      'bad-settings.json',
      craftedBackup('crafted-2', [{ key: 'capture.paused', value: 'yes' }]),
      { restoreSettings: true },
    );
    assert.equal(await result.getAttribute('data-ok'), 'false');
    assert.match(await result.innerText(), /capture\.paused[\s\S]*未做任何更改/);
    const afterRefusal = await readTables();
    assert.deepEqual(afterRefusal.sessions.map((s) => s.id).sort(), before.sessions.map((s) => s.id).sort());
    assert.equal(afterRefusal.messages.length, before.messages.length);
    assert.deepEqual(afterRefusal.settings, before.settings);
    await panel.close();
  });

  it('asked to restore settings, an unknown or prototype key is refused by name and nothing changes', async () => {
    const before = await readTables();
    const { panel, result } = await restoreInPanel('proto-settings.json', craftedBackup('crafted-3', [{ key: '__proto__', value: { paused: true } }]), {
      restoreSettings: true,
    });
    assert.equal(await result.getAttribute('data-ok'), 'false');
    assert.match(await result.innerText(), /__proto__/);
    assert.deepEqual((await readTables()).sessions.length, before.sessions.length);
    await panel.close();
  });

  it('control: the same "paused" backup with "Also restore settings" ticked does pause recording', async () => {
    const { panel, result } = await restoreInPanel('paused-again.json', craftedBackup('crafted-4', [{ key: 'capture.paused', value: true }]), {
      restoreSettings: true,
    });
    assert.equal(await result.getAttribute('data-ok'), 'true', await result.innerText());
    assert.equal((await readTables()).settings.find((s) => s.key === 'capture.paused')?.value, true);
    assert.equal(await pauseSwitchAfterRestart(panel), false, 'the panel shows recording paused');
    await panel.close();
  });
});
