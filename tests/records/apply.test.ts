import Dexie, { type Table } from 'dexie';
import fc from 'fast-check';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import { applyImport } from '../../lib/records/import/apply';
import { parseImport } from '../../lib/records/import/parse';
import type { FollowUp, Message, SessionRecord } from '../../lib/records/types';
import { cmbBundle, cmbMessages, plainBundle } from './fixtures';
import { malformed } from './malformed';

let counter = 0;

// A stand-in for the lead's database: only the three record tables, with the indexes applyImport relies on.
class RecordsTestDb extends Dexie {
  sessions!: Table<SessionRecord, string>;
  messages!: Table<Message, string>;
  followUps!: Table<FollowUp, string>;
  constructor() {
    // The setup file swaps in a fresh IDBFactory per test; Dexie must use that one, not the one seen at import.
    super(`records-apply-${++counter}`, { indexedDB: globalThis.indexedDB, IDBKeyRange });
    this.version(1).stores({ sessions: 'id, startedAt', messages: 'id, sessionId, &[sessionId+seq]', followUps: 'id, sessionId, dueAt' });
  }
}

const opts = { now: Date.UTC(2026, 10, 23, 9), utcOffsetMinutes: 480 };
const exportText = async () => serializeExport(await buildExport([cmbBundle(), plainBundle()], opts));

async function snapshot(db: RecordsTestDb) {
  return {
    sessions: await db.sessions.toArray(),
    messages: await db.messages.toArray(),
    followUps: await db.followUps.toArray(),
  };
}

describe('applyImport against a real Dexie database', () => {
  it('adds everything once; importing the same file again changes nothing', async () => {
    const db = new RecordsTestDb();
    const text = await exportText();
    const first = await applyImport(db, text);
    if (!first.ok) throw new Error(first.error.message.en);
    expect([await db.sessions.count(), await db.messages.count(), await db.followUps.count()]).toEqual([2, 13, 2]);
    expect(await db.sessions.get('sess-cmb-1')).toStrictEqual(cmbBundle().session);
    const before = await snapshot(db);
    const second = await applyImport(db, text);
    if (!second.ok) throw new Error(second.error.message.en);
    expect(second.plan.sessions.add).toEqual([]);
    expect(second.plan.messages.add).toEqual([]);
    expect(second.plan.messages.skip).toHaveLength(13);
    expect(await snapshot(db)).toStrictEqual(before);
    db.close();
  });

  it('accepts parsed data too, and fills in the messages a stored session is missing', async () => {
    const db = new RecordsTestDb();
    await db.sessions.add(cmbBundle().session);
    await db.messages.bulkAdd(cmbMessages().slice(0, 4));
    const parsed = await parseImport(await exportText());
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const r = await applyImport(db, parsed.data);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.plan.sessions.skip).toEqual(['sess-cmb-1']);
    expect(r.plan.messages.add.map((m) => m.id)).toEqual(['m4', 'm5', 'm6', 'm7', 'm8', 'm9', 'sess-en-2-0', 'sess-en-2-1', 'sess-en-2-2']);
    expect(await db.messages.where('sessionId').equals('sess-cmb-1').count()).toBe(10);
    db.close();
  });

  it('does not overwrite a stored message whose place the file disagrees about', async () => {
    const db = new RecordsTestDb();
    await db.sessions.add(cmbBundle().session);
    const mine: Message = { id: 'local-3', sessionId: 'sess-cmb-1', seq: 3, role: 'agent', text: 'stored version', at: 1 };
    await db.messages.add(mine);
    const r = await applyImport(db, await exportText());
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.plan.messages.conflicts).toEqual([{ id: 'm3', sessionId: 'sess-cmb-1', seq: 3 }]);
    expect(await db.messages.get('local-3')).toStrictEqual(mine);
    expect(await db.messages.get('m3')).toBeUndefined();
    db.close();
  });

  it('is all or nothing: a storage error half-way leaves the database as it was', async () => {
    const db = new RecordsTestDb();
    // A stray row that takes the place of m2 while its session is unknown: only the unique index can catch it.
    await db.messages.add({ id: 'stray', sessionId: 'sess-cmb-1', seq: 2, role: 'bot', text: 'x', at: 1 });
    const before = await snapshot(db);
    const r = await applyImport(db, await exportText());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('storage');
    expect(await snapshot(db)).toStrictEqual(before);
    db.close();
  });

  it('refuses inconsistent parsed data before opening a transaction', async () => {
    const db = new RecordsTestDb();
    const parsed = await parseImport(await exportText());
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const bad = { ...parsed.data, messages: [...parsed.data.messages, parsed.data.messages[0]!] };
    const r = await applyImport(db, bad);
    expect(r).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
    expect(await db.messages.count()).toBe(0);
    db.close();
  });

  it('changes nothing for any malformed input (fuzz)', async () => {
    const db = new RecordsTestDb();
    await applyImport(db, serializeExport(await buildExport([plainBundle('seed', Date.UTC(2026, 0, 1))], opts)));
    const before = await snapshot(db);
    expect(before.messages).toHaveLength(3);
    const g = malformed(await exportText());
    const any = fc.oneof(g.randomJson, g.truncated, g.wrongType, g.wrongValue, g.missing, g.pollution, g.deep);
    await fc.assert(
      fc.asyncProperty(any, async (text) => {
        const r = await applyImport(db, text);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot(db)).toStrictEqual(before);
    db.close();
  });
});
