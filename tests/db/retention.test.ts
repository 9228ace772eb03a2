import { describe, expect, it } from 'vitest';
import { dismissedKey, dismissSuggestion } from '../../lib/db/dismissed';
import { deleteSessionRecord, wipeEverything } from '../../lib/db/retention';
import { freshDb, seedEverything, snapshot } from './backup-fixtures';

describe('deleteSessionRecord', () => {
  it('removes the session, its messages, its follow-ups and its dismissed suggestions, and nothing of other sessions', async () => {
    const db = freshDb();
    await seedEverything(db);
    const before = await snapshot(db);
    const r = await deleteSessionRecord(db, 'sess-cmb-1');
    expect(r).toEqual({ found: true, messages: 10, followUpIds: ['fu-1', 'fu-2'] });
    const after = await snapshot(db);
    expect(after.sessions.map((s) => s.id)).toEqual(['sess-en-2']);
    expect(after.messages.every((m) => m.sessionId === 'sess-en-2')).toBe(true);
    expect(after.messages).toHaveLength(3);
    expect(after.followUps).toEqual([]);
    expect(await db.settings.get(dismissedKey('sess-cmb-1'))).toBeUndefined();
    // Everything that is not about the deleted session is untouched.
    expect(after.settings).toEqual(before.settings.filter((s) => s.key !== dismissedKey('sess-cmb-1')));
    expect(after.userPhrases).toEqual(before.userPhrases);
    expect(after.profile).toEqual(before.profile);
    // The debt keeps its figures; it no longer lists the record nor takes its agreed plan from it.
    const cmb = after.debts.find((d) => d.id === 'debt-cmb')!;
    expect(cmb.recordIds).toEqual(['sess-en-2']);
    expect(cmb.agreed).toBeUndefined();
    expect({ ...cmb, recordIds: undefined, agreed: undefined, updatedAt: 0 }).toEqual({ ...before.debts[0]!, recordIds: undefined, agreed: undefined, updatedAt: 0 });
    expect(after.debts[1]).toEqual(before.debts[1]);
    db.close();
  });

  it('leaves no row anywhere that mentions the deleted session id', async () => {
    const db = freshDb();
    await seedEverything(db);
    await dismissSuggestion(db, 'sess-en-2', 'ref:4471-22');
    await deleteSessionRecord(db, 'sess-en-2');
    const all = JSON.stringify(await snapshot(db));
    expect(all).not.toContain('sess-en-2');
    db.close();
  });

  it('reports an unknown id without touching anything', async () => {
    const db = freshDb();
    await seedEverything(db);
    const before = await snapshot(db);
    expect(await deleteSessionRecord(db, 'nope')).toEqual({ found: false, messages: 0, followUpIds: [] });
    expect(await snapshot(db)).toStrictEqual(before);
    db.close();
  });
});

describe('wipeEverything', () => {
  it('empties every table, the profile and settings included', async () => {
    const db = freshDb();
    await seedEverything(db);
    await wipeEverything(db);
    const after = await snapshot(db);
    expect(Object.values(after).map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(db.tables).toHaveLength(7);
    db.close();
  });
});
