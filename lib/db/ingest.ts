import type { CapturedMessage, CapturedSession } from '../protocol/schemas';
import type { ParleyDB } from './database';
import type { SessionRecord } from '../records/types';
import { admit, boundNoteId, boundNoteText, mayStartSession, messageChars, type Level, type Refusal } from './storage-bounds';
import { levelsFor, loadBounds, readDatabaseRefusal, REFUSED_KEY, usageKey, verifiedTallies, type DatabaseRefusal, type SessionLedger } from './storage-ledger';
import type { Message, Session } from './types';

export interface CaptureOrigin {
  /** Decided by the background from the sender, never taken from the page's own claim. */
  siteId: string;
  tabId: number;
  frameId: number;
}

export class CaptureRejected extends Error {}

export interface IngestResult {
  /** Ids the content script may forget: stored, already stored, or refused at a bound (and noted as such). */
  acked: string[];
  /** How many of the batch's messages were new and stored now. */
  stored: number;
  /** How many new messages were not stored because a bound was reached. */
  refused: number;
  refusal?: Refusal;
  session: Level;
  database: Level;
}

/**
 * Stores a captured batch idempotently: a message id already stored is acknowledged again but never rewritten, so
 * a batch retried after a service-worker restart cannot double a message or reorder the transcript.
 *
 * Storage is bounded (lib/db/storage-bounds.ts): at a bound, new messages are acknowledged but not stored, and the
 * session gets one system note saying what was not stored and why, so nothing goes missing without a trace. A
 * conversation that cannot even be started (the database is full) is counted under REFUSED_KEY for the panel.
 */
export async function ingestCapturedBatch(
  db: ParleyDB,
  session: CapturedSession,
  messages: readonly CapturedMessage[],
  origin: CaptureOrigin,
): Promise<IngestResult> {
  return db.transaction('rw', db.sessions, db.messages, db.settings, async () => {
    const ids = messages.map((m) => m.id);
    // The reads go out together: one after another, each waits a round trip to the database before the next starts,
    // and a message of a conversation waits for all of them before it is stored.
    const [existing, bounds, tallies, stored] = await Promise.all([db.sessions.get(session.id), loadBounds(db), verifiedTallies(db, session.id), db.messages.bulkGet(ids)]);
    if (existing && existing.siteId !== origin.siteId) {
      throw new CaptureRejected(`session ${session.id} belongs to another site`);
    }
    const ledger: SessionLedger = tallies.ledgers.get(session.id) ?? { messages: 0, chars: 0 };

    const fresh: Message[] = [];
    const seen = new Set<string>();
    messages.forEach((m, i) => {
      // Another session's id is never overwritten: ids are scoped by session, so a clash means a hostile page.
      if (stored[i] || seen.has(m.id)) return;
      seen.add(m.id);
      fresh.push({ ...m, sessionId: session.id });
    });

    if (!existing && !mayStartSession(bounds, tallies.database, await db.sessions.count())) {
      // No conversation to note the refusal in, and creating one would itself grow a full database.
      if (fresh.length > 0) {
        const at = fresh[0]!.at;
        const before = readDatabaseRefusal((await db.settings.get(REFUSED_KEY))?.value);
        const value: DatabaseRefusal = before
          ? { count: before.count + fresh.length, since: before.since, last: Math.max(before.last, at) }
          : { count: fresh.length, since: at, last: at };
        await db.settings.put({ key: REFUSED_KEY, value });
      }
      return { acked: ids, stored: 0, refused: fresh.length, refusal: 'database', session: 'ok', database: 'full' };
    }

    const decision = admit(bounds, ledger, tallies.database, fresh);
    const kept = fresh.slice(0, decision.admitted);
    const dropped = fresh.slice(decision.admitted);
    const next: SessionLedger = { ...ledger, ...decision.session };
    if (decision.refusal && dropped.length > 0) {
      const first = dropped[0]!;
      // A retried batch carries the same seqs: only messages above the highest refused seq are counted again.
      const counted = dropped.filter((m) => ledger.refusedMaxSeq === undefined || m.seq > ledger.refusedMaxSeq);
      next.refused = (ledger.refused ?? 0) + counted.length;
      next.refusedMaxSeq = Math.max(ledger.refusedMaxSeq ?? -Infinity, ...dropped.map((m) => m.seq));
      next.refusedSince = ledger.refusedSince ?? first.at;
      next.refusal = decision.refusal;
      if (!(ledger.noted ?? []).includes(decision.refusal)) {
        const note: Message = {
          id: boundNoteId(session.id, decision.refusal),
          sessionId: session.id,
          seq: first.seq,
          role: 'system',
          text: boundNoteText(decision.refusal, bounds),
          at: first.at,
        };
        if (!(await db.messages.get(note.id))) {
          kept.push(note);
          next.messages += 1;
          next.chars += messageChars(note);
        }
        next.noted = [...(ledger.noted ?? []), decision.refusal];
      }
    }

    const newestAt = kept.reduce((max, m) => Math.max(max, m.at), existing?.updatedAt ?? session.startedAt);
    const writes: Array<Promise<unknown>> = [];
    if (!existing) {
      const created: SessionRecord = {
        id: session.id,
        url: session.url,
        siteId: origin.siteId,
        vendor: session.vendor,
        startedAt: session.startedAt,
        tabId: origin.tabId,
        frameId: origin.frameId,
        updatedAt: newestAt,
        outcome: 'open',
        ...(session.agentName ? { agentName: session.agentName } : {}),
        ...(session.agentId ? { agentId: session.agentId } : {}),
        ...(session.title ? { title: session.title } : {}),
      };
      writes.push(db.sessions.add(created));
    } else {
      const changes: Partial<Session> = { tabId: origin.tabId, frameId: origin.frameId, updatedAt: newestAt };
      if (session.agentName && !existing.agentName) changes.agentName = session.agentName;
      if (session.agentId && !existing.agentId) changes.agentId = session.agentId;
      writes.push(db.sessions.update(session.id, changes));
    }
    if (kept.length > 0) writes.push(db.messages.bulkAdd(kept));
    writes.push(db.settings.put({ key: usageKey(session.id), value: next }));
    // Issued together for the same reason as the reads; any one failing still aborts the whole transaction.
    await Promise.all(writes);

    const database = { messages: tallies.database.messages - ledger.messages + next.messages, chars: tallies.database.chars - ledger.chars + next.chars };
    const levels = levelsFor(bounds, database, next);
    return {
      acked: ids,
      stored: kept.length,
      refused: dropped.length,
      ...(decision.refusal && dropped.length > 0 ? { refusal: decision.refusal } : {}),
      session: levels.session,
      database: levels.database,
    };
  });
}

/** The ids the content script may forget (see ingestCapturedBatch). */
export async function storeCapturedBatch(
  db: ParleyDB,
  session: CapturedSession,
  messages: readonly CapturedMessage[],
  origin: CaptureOrigin,
): Promise<string[]> {
  return (await ingestCapturedBatch(db, session, messages, origin)).acked;
}

export function sessionMessages(db: ParleyDB, sessionId: string): Promise<Message[]> {
  return db.messages.where('[sessionId+seq]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
}

export async function latestSessionForTab(db: ParleyDB, tabId: number): Promise<Session | undefined> {
  const sessions = await db.sessions.where('tabId').equals(tabId).toArray();
  return sessions.sort((a, b) => (b.updatedAt ?? b.startedAt) - (a.updatedAt ?? a.startedAt))[0];
}
