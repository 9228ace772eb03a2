import { describe, expect, it } from 'vitest';
import { backupFilename, backupOutputFile, createBackup, restoreFile, validateOtherTables } from '../../lib/db/backup';
import { wipeEverything } from '../../lib/db/retention';
import { exportJson } from '../../lib/records/export/json';
import { cmbBundle, plainBundle } from '../records/fixtures';
import { DEBTS, freshDb, PHRASES, PROFILE, seedEverything, SETTINGS, snapshot } from './backup-fixtures';

const NOW = Date.UTC(2026, 10, 23, 9);

async function backupText(db: Parameters<typeof createBackup>[0]) {
  return (await backupOutputFile(db, { now: NOW, utcOffsetMinutes: 480 })).content;
}

describe('full backup', () => {
  it('writes every table in the documented parley.backup/1 shape, rows exactly as stored', async () => {
    const db = freshDb();
    await seedEverything(db);
    const file = await createBackup(db, { now: NOW });
    expect(file.format).toBe('parley.backup');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(Object.keys(file.tables).sort()).toEqual(['debts', 'followUps', 'messages', 'profile', 'sessions', 'settings', 'userPhrases']);
    expect(file.tables.debts).toEqual(DEBTS);
    expect(file.tables.sessions.find((s) => s.id === 'sess-cmb-1')).toMatchObject({ tabId: 7, frameId: 0, startedAt: cmbBundle().session.startedAt });
    expect(file.tables.messages).toHaveLength(13);
    expect(file.tables.profile).toEqual([PROFILE]);
    db.close();
  });

  it('names the file by the local day so it sorts with the other exports', () => {
    expect(backupFilename(Date.UTC(2026, 10, 23, 17), 480)).toBe('parley_2026-11-24_backup.json');
    expect(backupFilename(Date.UTC(2026, 10, 23, 17), -300)).toBe('parley_2026-11-23_backup.json');
  });

  it('backup → wipe → restore gives identical tables', async () => {
    const db = freshDb();
    await seedEverything(db);
    const before = await snapshot(db);
    const text = await backupText(db);
    await wipeEverything(db);
    expect(await db.sessions.count()).toBe(0);
    const r = await restoreFile(db, text, { restoreSettings: true });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.kind).toBe('backup');
    expect(r.added).toEqual({ sessions: 2, messages: 13, followUps: 2, userPhrases: 2, profile: 1, settings: 4, debts: 2 });
    expect(r.settingsLeftOut).toEqual([]);
    expect(await snapshot(db)).toStrictEqual(before);
    db.close();
  });

  it('restoring the same backup twice duplicates nothing and overwrites nothing', async () => {
    const db = freshDb();
    await seedEverything(db);
    const text = await backupText(db);
    await db.userPhrases.update('p1', { text: 'edited after the backup' });
    const before = await snapshot(db);
    for (let i = 0; i < 2; i += 1) {
      const r = await restoreFile(db, text);
      if (!r.ok) throw new Error(r.error.message.en);
      expect(Object.values(r.added).every((n) => n === 0)).toBe(true);
      expect(r.skipped.messages).toBe(13);
    }
    expect(await snapshot(db)).toStrictEqual(before);
    db.close();
  });

  it('adds only what is missing when restoring into a database that has part of it', async () => {
    const source = freshDb();
    await seedEverything(source);
    const text = await backupText(source);
    const db = freshDb();
    await db.sessions.add(plainBundle().session);
    await db.messages.bulkAdd(plainBundle().messages);
    await db.settings.put({ key: 'capture.paused', value: true });
    const r = await restoreFile(db, text, { restoreSettings: true });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.added.sessions).toBe(1);
    expect(r.added.messages).toBe(10);
    expect(r.skipped.settings).toBe(1);
    expect((await db.settings.get('capture.paused'))?.value).toBe(true);
    expect(await db.userPhrases.count()).toBe(PHRASES.length);
    source.close();
    db.close();
  });

  it('imports a Parley JSON export through the same entry point (records tables only)', async () => {
    const db = freshDb();
    const file = await exportJson([cmbBundle(), plainBundle()], { now: NOW });
    const r = await restoreFile(db, file.content);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.kind).toBe('export');
    expect(r.warnings).toEqual([]);
    expect(await db.sessions.get('sess-cmb-1')).toStrictEqual(cmbBundle().session);
    expect(await db.messages.count()).toBe(13);
    expect((await restoreFile(db, file.content)).ok).toBe(true);
    expect(await db.messages.count()).toBe(13);
    db.close();
  });

  it('imports a tampered export but reports where the chain breaks', async () => {
    const db = freshDb();
    const file = JSON.parse((await exportJson([cmbBundle()], { now: NOW })).content);
    file.sessions[0].messages[3].text = '可以为您申请个性化分期，最长可分60期。';
    const r = await restoreFile(db, JSON.stringify(file));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.warnings.map((w) => [w.kind, w.path])).toContainEqual(['changed', 'sessions[0].messages[3]']);
    db.close();
  });
});

describe('restore refuses bad files and changes nothing', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach into arbitrary places of the parsed JSON
  async function refused(mutate: (backup: any) => void, code: string, path?: RegExp) {
    const source = freshDb();
    await seedEverything(source);
    const backup = JSON.parse(await backupText(source));
    mutate(backup);
    const db = freshDb();
    await db.sessions.add(plainBundle().session);
    const before = await snapshot(db);
    const r = await restoreFile(db, JSON.stringify(backup));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    if (path) expect(r.error.path).toMatch(path);
    expect(r.error.message.zh.length).toBeGreaterThan(0);
    expect(await snapshot(db)).toStrictEqual(before);
    source.close();
    db.close();
  }

  it('a phrase row without its language', () =>
    refused((b) => delete b.tables.userPhrases[1].lang, 'invalid-field', /^tables\.userPhrases\[1\]\.lang$/));
  it('a profile with a negative debt', () =>
    refused((b) => (b.tables.profile[0].debt.principal = -5), 'invalid-field', /^tables\.profile\[0\]\.debt\.principal$/));
  it('two profiles', () => refused((b) => b.tables.profile.push(b.tables.profile[0]), 'inconsistent', /^tables\.profile$/));
  it('a setting without a key', () => refused((b) => (b.tables.settings[2] = { value: 1 }), 'invalid-field', /^tables\.settings\[2\]\.key$/));
  it('a setting key twice', () => refused((b) => b.tables.settings.push({ key: 'capture.paused', value: true }), 'duplicate-id', /^tables\.settings\[4\]$/));
  it('a phrase id twice', () => refused((b) => b.tables.userPhrases.push({ ...b.tables.userPhrases[0] }), 'duplicate-id'));
  it('a message of a session the file does not have', () =>
    refused((b) => (b.tables.messages[0].sessionId = 'nowhere'), 'inconsistent', /^tables\.messages\[0\]\.sessionId$/));
  it('a table that is not a list', () => refused((b) => (b.tables.settings = { paused: true }), 'invalid-field', /^tables\.settings$/));
  it('a newer backup version', () => refused((b) => (b.version = 2), 'unsupported-version'));

  it('the valid other tables pass validation unchanged (the refusals above are about the mutation)', () => {
    const r = validateOtherTables({ userPhrases: PHRASES as never, profile: [PROFILE as never], settings: SETTINGS as never });
    expect(r.ok).toBe(true);
  });

  it('a storage failure half way rolls back the records already written in the same restore', async () => {
    const source = freshDb();
    await seedEverything(source);
    const text = await backupText(source);
    const db = freshDb();
    db.userPhrases.hook('creating', () => {
      throw new Error('disk full');
    });
    const r = await restoreFile(db, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('storage');
    expect(await db.sessions.count()).toBe(0);
    expect(await db.messages.count()).toBe(0);
    source.close();
    db.close();
  });
});
