/**
 * A restored backup leaves the person's own settings alone unless they choose to restore settings, and every
 * settings row written is checked by key; one bad row refuses the whole file and nothing is written.
 */
import { describe, expect, it } from 'vitest';
import { settingsPauseStore } from '../../lib/background/pause-store';
import { backupOutputFile, restoreFile } from '../../lib/db/backup';
import type { ParleyDB, SettingRow } from '../../lib/db/database';
import { dismissedSuggestions } from '../../lib/db/dismissed';
import { loadPinned } from '../../lib/db/phrases';
import { plainBundle } from '../records/fixtures';
import { freshDb, seedEverything, snapshot } from './backup-fixtures';

type Backup = { tables: { settings: SettingRow[] } };

async function backupWith(settings: (rows: SettingRow[]) => SettingRow[]): Promise<string> {
  const source = freshDb('settings-src');
  await seedEverything(source);
  const backup = JSON.parse((await backupOutputFile(source, { now: Date.UTC(2026, 10, 23, 9) })).content) as Backup;
  source.close();
  backup.tables.settings = settings(backup.tables.settings);
  return JSON.stringify(backup);
}

const paused = (rows: SettingRow[]) => rows.map((r) => (r.key === 'capture.paused' ? { ...r, value: true } : r));

async function target(): Promise<ParleyDB> {
  const db = freshDb('settings-target');
  await db.sessions.add(plainBundle().session);
  return db;
}

describe('restoring a backup does not touch the person’s settings unless asked', () => {
  it('a backup saved while paused restores every record and leaves recording on', async () => {
    const db = await target();
    const r = await restoreFile(db, await backupWith(paused));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.added.sessions).toBe(1);
    expect(r.added.messages).toBe(13);
    expect(await db.settings.get('capture.paused')).toBeUndefined();
    expect(await settingsPauseStore(db).get()).toBe(false);
    expect(await loadPinned(db)).toEqual([]);
    expect(r.settingsLeftOut).toEqual(['capture.paused', 'pinnedPhrases']);
    db.close();
  });

  it('state that belongs to the restored records comes with them (dismissed suggestions, reminders shown)', async () => {
    const db = await target();
    const r = await restoreFile(db, await backupWith(paused));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(await dismissedSuggestions(db, 'sess-cmb-1')).toEqual(['ref:202611230001']);
    expect((await db.settings.get('reminders.rung'))?.value).toEqual(['fu-not-in-fixtures@1795737600000']);
    expect(r.added.settings).toBe(2);
    db.close();
  });

  it('settings are restored when the person asks for them (only those not set here)', async () => {
    const db = await target();
    await db.settings.put({ key: 'pinnedPhrases', value: ['mine'] });
    const r = await restoreFile(db, await backupWith(paused), { restoreSettings: true });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(await settingsPauseStore(db).get()).toBe(true);
    expect(await loadPinned(db)).toEqual(['mine']);
    expect(r.settingsLeftOut).toEqual([]);
    db.close();
  });

  it('without the choice, settings Parley does not know and bad preference values are not looked at, and not written', async () => {
    const db = await target();
    const r = await restoreFile(
      db,
      await backupWith((rows) => [...paused(rows).map((x) => (x.key === 'pinnedPhrases' ? { ...x, value: 'not a list' } : x)), { key: 'ui.theme', value: 1 }]),
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.settingsLeftOut).toEqual(['capture.paused', 'pinnedPhrases', 'ui.theme']);
    expect(await db.settings.get('ui.theme')).toBeUndefined();
    expect(await db.settings.get('pinnedPhrases')).toBeUndefined();
    db.close();
  });

  it("this computer's storage tallies and limits are never taken from a file, even when settings are restored", async () => {
    const db = await target();
    const rows = (r: SettingRow[]) => [...r, { key: 'storage.bounds', value: { maxChars: 1 } }, { key: 'storage.usage:sess-cmb-1', value: { messages: 0, chars: 0 } }];
    const r = await restoreFile(db, await backupWith(rows), { restoreSettings: true });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.settingsLeftOut).toEqual(['storage.bounds', 'storage.usage:sess-cmb-1']);
    expect(await db.settings.get('storage.bounds')).toBeUndefined();
    db.close();
  });
});

describe('a bad settings row refuses the whole file, names the key, and changes nothing', () => {
  async function refused(settings: (rows: SettingRow[]) => SettingRow[], restoreSettings: boolean, code: string, key: string, path: RegExp) {
    const db = await target();
    const before = await snapshot(db);
    const r = await restoreFile(db, await backupWith(settings), { restoreSettings });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.path).toMatch(path);
      expect(r.error.message.en).toContain(JSON.stringify(key));
      expect(r.error.message.zh).toContain(JSON.stringify(key));
      expect(r.error.message.en).toContain('nothing was changed');
    }
    expect(await snapshot(db)).toStrictEqual(before);
    db.close();
  }
  const set = (key: string, value: unknown) => (rows: SettingRow[]) => rows.map((r) => (r.key === key ? { ...r, value } : r));
  const add = (key: string, value: unknown) => (rows: SettingRow[]) => [...rows, { key, value }];

  it.each([
    ['the pause switch as a string', set('capture.paused', 'yes'), 'capture.paused', /^tables\.settings\[0\]\.value$/],
    ['the pause switch as a number', set('capture.paused', 1), 'capture.paused', /^tables\.settings\[0\]\.value$/],
    ['pinned phrases as an object', set('pinnedPhrases', { 0: 'p1' }), 'pinnedPhrases', /^tables\.settings\[1\]\.value$/],
    ['a pinned phrase id that is empty', set('pinnedPhrases', ['p1', '']), 'pinnedPhrases', /^tables\.settings\[1\]\.value\[1\]$/],
    ['a pinned phrase id of a megabyte', set('pinnedPhrases', ['x'.repeat(1_000_000)]), 'pinnedPhrases', /^tables\.settings\[1\]\.value\[0\]$/],
  ])('asked to restore settings: %s', (_, mutate, key, path) => refused(mutate, true, 'invalid-setting', key, path));

  it.each([
    ['a key Parley never writes', add('ui.theme', 'dark'), 'ui.theme'],
    ['a key named __proto__', add('__proto__', true), '__proto__'],
    ['a key named constructor', add('constructor', {}), 'constructor'],
    ['a key that is a prefix alone', add('records.dismissed:', []), 'records.dismissed:'],
  ])('asked to restore settings: %s', (_, mutate, key) => refused(mutate, true, 'unknown-setting', key, /^tables\.settings\[4\]\.key$/));

  it.each([
    ['dismissed suggestions that are not a list', set('records.dismissed:sess-cmb-1', 'ref:1'), 'records.dismissed:sess-cmb-1', /^tables\.settings\[2\]\.value$/],
    ['a dismissed suggestion that is a number', set('records.dismissed:sess-cmb-1', ['ref:1', 7]), 'records.dismissed:sess-cmb-1', /^tables\.settings\[2\]\.value\[1\]$/],
    ['reminders shown as an object', set('reminders.rung', { a: 1 }), 'reminders.rung', /^tables\.settings\[3\]\.value$/],
    ['too many reminders shown', set('reminders.rung', Array.from({ length: 501 }, (_, i) => `f${i}@1`)), 'reminders.rung', /^tables\.settings\[3\]\.value$/],
  ])('record state, always checked because it is always written: %s', async (_, mutate, key, path) => {
    await refused(mutate, false, 'invalid-setting', key, path);
    await refused(mutate, true, 'invalid-setting', key, path);
  });

  it('a refusal about a preference tells how to restore the records without settings', async () => {
    const db = await target();
    const r = await restoreFile(db, await backupWith(set('capture.paused', 'yes')), { restoreSettings: true });
    expect(!r.ok && r.error.message.en).toContain('untick "Also restore settings"');
    db.close();
  });

  it('a long hostile key is shortened in the message', async () => {
    const db = await target();
    const r = await restoreFile(db, await backupWith(add(`x${'y'.repeat(400)}`, 1)), { restoreSettings: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en.length).toBeLessThan(300);
    db.close();
  });
});
