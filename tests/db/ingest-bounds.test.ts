import { describe, expect, it } from 'vitest';
import { openParleyDB, type ParleyDB } from '../../lib/db/database';
import { ingestCapturedBatch, sessionMessages } from '../../lib/db/ingest';
import { deleteSessionRecord } from '../../lib/db/retention';
import { boundNoteId } from '../../lib/db/storage-bounds';
import { BOUNDS_KEY, REFUSED_KEY, storageStatus, usageKey } from '../../lib/db/storage-ledger';
import type { CapturedMessage, CapturedSession } from '../../lib/protocol/schemas';

const origin = { siteId: 'demobank', tabId: 5, frameId: 0 };
const chat = (id: string): CapturedSession => ({ id, url: 'https://demobank.test/', vendor: 'generic', startedAt: 1000 });

function msgs(sessionId: string, from: number, to: number, text = 'hello'): CapturedMessage[] {
  const out: CapturedMessage[] = [];
  for (let seq = from; seq < to; seq++) out.push({ id: `${sessionId}:${seq}`, seq, role: seq % 2 ? 'customer' : 'agent', text, at: 2000 + seq });
  return out;
}

async function withBounds(name: string, bounds: unknown): Promise<ParleyDB> {
  const db = openParleyDB(name);
  await db.settings.put({ key: BOUNDS_KEY, value: bounds });
  return db;
}

const notes = async (db: ParleyDB, sessionId: string) => (await sessionMessages(db, sessionId)).filter((m) => m.id.includes(':parley-bound:'));

describe('ingest at a storage bound', () => {
  it('stores everything below the bound and warns from 80 %', async () => {
    const db = await withBounds('b1', { session: { messages: 10 } });
    const below = await ingestCapturedBatch(db, chat('s1'), msgs('s1', 0, 7), origin);
    expect(below).toMatchObject({ stored: 7, refused: 0, session: 'ok', database: 'ok' });
    expect(below.refusal).toBeUndefined();
    const near = await ingestCapturedBatch(db, chat('s1'), msgs('s1', 7, 8), origin);
    expect(near).toMatchObject({ stored: 1, refused: 0, session: 'near' });
    expect(await db.messages.count()).toBe(8);
  });

  it('fills exactly to the bound, then refuses the rest with one note saying why', async () => {
    const db = await withBounds('b2', { session: { messages: 10 } });
    const result = await ingestCapturedBatch(db, chat('s1'), msgs('s1', 0, 14), origin);
    expect(result).toMatchObject({ stored: 11, refused: 4, refusal: 'session', session: 'full' });
    expect(result.acked).toHaveLength(14);
    const stored = await sessionMessages(db, 's1');
    expect(stored.filter((m) => m.role !== 'system').map((m) => m.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const [note] = await notes(db, 's1');
    expect(note).toMatchObject({ id: boundNoteId('s1', 'session'), role: 'system', seq: 10, at: 2010 });
    expect(note!.text).toMatch(/10 messages/);
    // The note sits where the first refused message would have been: last in the transcript.
    expect(stored.at(-1)?.id).toBe(note!.id);
  });

  it('stores the note exactly once, however often refused batches are retried or continue', async () => {
    const db = await withBounds('b3', { session: { messages: 5 } });
    await ingestCapturedBatch(db, chat('s1'), msgs('s1', 0, 8), origin);
    await ingestCapturedBatch(db, chat('s1'), msgs('s1', 0, 8), origin);
    await ingestCapturedBatch(db, chat('s1'), msgs('s1', 5, 8), origin);
    const later = await ingestCapturedBatch(db, chat('s1'), msgs('s1', 8, 12), origin);
    expect(later).toMatchObject({ stored: 0, refused: 4, refusal: 'session' });
    expect(await notes(db, 's1')).toHaveLength(1);
    expect(await db.messages.count()).toBe(6);
    // Retries count each refused message once: seqs 5..11 are seven messages.
    const status = await storageStatus(db, 's1');
    expect(status.session).toMatchObject({ refused: 7, refusal: 'session', level: 'full', refusedSince: 2005 });
  });

  it('counts characters: one long message can reach the bound on its own', async () => {
    const db = await withBounds('b4', { session: { chars: 1000 } });
    const result = await ingestCapturedBatch(db, chat('s1'), [...msgs('s1', 0, 1, 'x'.repeat(600)), ...msgs('s1', 1, 2, 'y'.repeat(600))], origin);
    expect(result).toMatchObject({ stored: 2, refused: 1, refusal: 'session' });
    expect((await sessionMessages(db, 's1')).map((m) => m.text[0])).toEqual(['x', '〔']);
  });

  it('refuses at the database bound across sessions, notes it once per session, and resumes after a deletion', async () => {
    const db = await withBounds('b5', { database: { messages: 10 } });
    await ingestCapturedBatch(db, chat('old'), msgs('old', 0, 6), origin);
    const second = await ingestCapturedBatch(db, chat('s2'), msgs('s2', 0, 6), origin);
    expect(second).toMatchObject({ stored: 5, refused: 2, refusal: 'database', database: 'full' });
    expect((await notes(db, 's2')).map((m) => m.id)).toEqual([boundNoteId('s2', 'database')]);
    expect(await db.messages.where('sessionId').equals('old').count()).toBe(6);

    // A new chat while the database is full is not started; the refusal is kept for the panel.
    const third = await ingestCapturedBatch(db, chat('s3'), msgs('s3', 0, 3), origin);
    expect(third).toMatchObject({ stored: 0, refused: 3, refusal: 'database' });
    expect(await db.sessions.get('s3')).toBeUndefined();
    expect((await db.settings.get(REFUSED_KEY))?.value).toMatchObject({ count: 3 });

    // Nothing already kept was deleted to make room.
    expect(await db.messages.count()).toBe(11);
    await deleteSessionRecord(db, 'old');
    expect(await db.settings.get(usageKey('old'))).toBeUndefined();
    const resumed = await ingestCapturedBatch(db, chat('s2'), msgs('s2', 6, 8), origin);
    expect(resumed).toMatchObject({ stored: 2, refused: 0, database: 'ok' });
  });

  it('caps how many conversations can be started', async () => {
    const db = await withBounds('b6', { database: { sessions: 2 } });
    await ingestCapturedBatch(db, chat('a'), msgs('a', 0, 1), origin);
    await ingestCapturedBatch(db, chat('b'), [], origin);
    const c = await ingestCapturedBatch(db, chat('c'), msgs('c', 0, 1), origin);
    expect(c).toMatchObject({ stored: 0, refusal: 'database' });
    expect(await db.sessions.count()).toBe(2);
  });

  it('recounts when messages were stored by other means (an import), so the bound still holds', async () => {
    const db = await withBounds('b7', { database: { messages: 10 } });
    await ingestCapturedBatch(db, chat('s1'), msgs('s1', 0, 2), origin);
    await db.sessions.add({ id: 'imported', url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: 1, outcome: 'open' });
    await db.messages.bulkAdd(msgs('imported', 0, 8).map((m) => ({ ...m, sessionId: 'imported' })));
    const result = await ingestCapturedBatch(db, chat('s1'), msgs('s1', 2, 4), origin);
    expect(result).toMatchObject({ stored: 1, refused: 2, refusal: 'database' });
    expect((await db.settings.get(usageKey('imported')))?.value).toMatchObject({ messages: 8, chars: 40 });
  });

  it('reads a damaged tally as unknown and recounts instead of trusting it', async () => {
    const db = await withBounds('b8', { session: { messages: 4 } });
    await ingestCapturedBatch(db, chat('s1'), msgs('s1', 0, 3), origin);
    await db.settings.put({ key: usageKey('s1'), value: { messages: 'none' } });
    const result = await ingestCapturedBatch(db, chat('s1'), msgs('s1', 3, 6), origin);
    expect(result).toMatchObject({ stored: 2, refused: 2, refusal: 'session' });
  });

  it('keeps the default bounds generous for a real negotiation', async () => {
    const db = openParleyDB('b9');
    const result = await ingestCapturedBatch(db, chat('s1'), msgs('s1', 0, 500, '您好，关于您的分期申请，'.repeat(20)), origin);
    expect(result).toMatchObject({ stored: 500, refused: 0, session: 'ok', database: 'ok' });
    const status = await storageStatus(db, 's1');
    expect(status.session?.usage).toEqual({ messages: 500, chars: 500 * 240 });
    expect(status.database.level).toBe('ok');
  });
});
