/**
 * Reads and writes of negotiation records for the Records tab. Every write is a small Dexie call or one
 * transaction, so a panel closed mid-edit leaves either the old or the new value, never half of a change.
 */
import type { FollowUp, Message, RecordFields, SessionBundle, SessionRecord } from '../records/types';
import type { ParleyDB } from './database';
import { sessionMessages } from './ingest';

export interface RecordSummary {
  session: SessionRecord;
  messageCount: number;
  openFollowUps: number;
  /** Epoch ms of the earliest follow-up not done yet. */
  nextDueAt?: number;
}

const newestFirst = (a: SessionRecord, b: SessionRecord) => (b.updatedAt ?? b.startedAt) - (a.updatedAt ?? a.startedAt) || (a.id < b.id ? -1 : 1);

/** Newest first, like the chat list of any messenger: the last contact is the one most often looked up. */
export async function recordSummaries(db: ParleyDB): Promise<RecordSummary[]> {
  return db.transaction('r', db.sessions, db.messages, db.followUps, async () => {
    const sessions = (await db.sessions.toArray()).sort(newestFirst);
    const followUps = await db.followUps.toArray();
    const open = new Map<string, FollowUp[]>();
    for (const f of followUps) {
      if (f.done) continue;
      const list = open.get(f.sessionId) ?? [];
      list.push(f);
      open.set(f.sessionId, list);
    }
    return Promise.all(
      sessions.map(async (session) => {
        const pending = open.get(session.id) ?? [];
        const summary: RecordSummary = {
          session,
          messageCount: await db.messages.where('sessionId').equals(session.id).count(),
          openFollowUps: pending.length,
        };
        if (pending.length > 0) summary.nextDueAt = Math.min(...pending.map((f) => f.dueAt));
        return summary;
      }),
    );
  });
}

export function sessionFollowUps(db: ParleyDB, sessionId: string): Promise<FollowUp[]> {
  return db.followUps
    .where('sessionId')
    .equals(sessionId)
    .toArray()
    .then((list) => list.sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1)));
}

/** Whether a transcript already in hand is the one stored: the same message ids in the same order. */
export function sameTranscript(known: readonly Pick<Message, 'id'>[], storedIds: readonly unknown[]): boolean {
  return known.length === storedIds.length && known.every((m, i) => m.id === storedIds[i]);
}

/**
 * One session with its transcript and follow-ups, read in one transaction so an export never mixes two moments.
 * `known` is the transcript the caller already shows: a stored message is never changed, only added or deleted, so
 * when the stored ids are those ids in that order it is the stored transcript, and the 10,000 messages of a long
 * chat need not be read and decoded again (reading their ids costs a fraction of it).
 */
export async function loadBundle(db: ParleyDB, sessionId: string, known?: readonly Message[]): Promise<SessionBundle | undefined> {
  return db.transaction('r', db.sessions, db.messages, db.followUps, async () => {
    const range = db.messages.where('[sessionId+seq]').between([sessionId, -Infinity], [sessionId, Infinity]);
    const [session, followUps, ids] = await Promise.all([db.sessions.get(sessionId), sessionFollowUps(db, sessionId), known ? range.primaryKeys() : undefined]);
    if (!session) return undefined;
    const messages = known && ids && sameTranscript(known, ids) ? [...known] : await sessionMessages(db, sessionId);
    return { session, messages, followUps };
  });
}

export async function loadAllBundles(db: ParleyDB): Promise<SessionBundle[]> {
  return db.transaction('r', db.sessions, db.messages, db.followUps, async () => {
    const [sessions, messages, followUps] = await Promise.all([db.sessions.toArray(), db.messages.toArray(), db.followUps.toArray()]);
    const bySession = new Map<string, SessionBundle>(sessions.map((s) => [s.id, { session: s, messages: [], followUps: [] }]));
    for (const m of messages) bySession.get(m.sessionId)?.messages.push(m);
    for (const f of followUps) bySession.get(f.sessionId)?.followUps!.push(f);
    return [...bySession.values()];
  });
}

/**
 * Writes record fields; a field set to undefined is removed from the row (Dexie deletes keys whose new value is
 * undefined), so clearing a note does not leave an empty string behind in every export.
 */
export async function updateRecord(db: ParleyDB, sessionId: string, patch: Partial<RecordFields>): Promise<boolean> {
  return (await db.sessions.update(sessionId, patch)) === 1;
}

export async function addFollowUp(db: ParleyDB, followUp: FollowUp): Promise<void> {
  await db.followUps.put(followUp);
}

export async function setFollowUpDone(db: ParleyDB, id: string, done: boolean): Promise<void> {
  await db.followUps.update(id, { done });
}

export async function removeFollowUp(db: ParleyDB, id: string): Promise<void> {
  await db.followUps.delete(id);
}

/**
 * Replaces the payment reminders of one agreed plan. Payments already ticked off stay as they are (they are history);
 * every other plan follow-up of the session is rewritten, so changing the agreed terms or the first due date never
 * leaves reminders for a plan that no longer applies.
 */
export async function replacePlanFollowUps(db: ParleyDB, sessionId: string, planned: readonly FollowUp[]): Promise<void> {
  await db.transaction('rw', db.followUps, async () => {
    const existing = await db.followUps.where('sessionId').equals(sessionId).toArray();
    const done = new Set(existing.filter((f) => f.source === 'plan' && f.done).map((f) => f.id));
    const stale = existing.filter((f) => f.source === 'plan' && !f.done).map((f) => f.id);
    await db.followUps.bulkDelete(stale);
    await db.followUps.bulkPut(planned.filter((f) => f.sessionId === sessionId && f.source === 'plan' && !done.has(f.id)));
  });
}
