import type { CapturedMessage, CapturedSession } from '../protocol/schemas';
import type { ParleyDB } from './database';
import type { SessionRecord } from '../records/types';
import type { Message, Session } from './types';

export interface CaptureOrigin {
  /** Decided by the background from the sender, never taken from the page's own claim. */
  siteId: string;
  tabId: number;
  frameId: number;
}

export class CaptureRejected extends Error {}

/**
 * Stores a captured batch idempotently: a message id already stored is acknowledged again but never rewritten, so
 * a batch retried after a service-worker restart cannot double a message or reorder the transcript.
 * Returns the ids the content script may forget.
 */
export async function storeCapturedBatch(
  db: ParleyDB,
  session: CapturedSession,
  messages: readonly CapturedMessage[],
  origin: CaptureOrigin,
): Promise<string[]> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const existing = await db.sessions.get(session.id);
    if (existing && existing.siteId !== origin.siteId) {
      throw new CaptureRejected(`session ${session.id} belongs to another site`);
    }
    const newestAt = messages.reduce((max, m) => Math.max(max, m.at), existing?.updatedAt ?? session.startedAt);
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
      await db.sessions.add(created);
    } else {
      const changes: Partial<Session> = { tabId: origin.tabId, frameId: origin.frameId, updatedAt: newestAt };
      if (session.agentName && !existing.agentName) changes.agentName = session.agentName;
      if (session.agentId && !existing.agentId) changes.agentId = session.agentId;
      await db.sessions.update(session.id, changes);
    }

    const ids = messages.map((m) => m.id);
    const stored = await db.messages.bulkGet(ids);
    const fresh: Message[] = [];
    const seen = new Set<string>();
    messages.forEach((m, i) => {
      const already = stored[i];
      // Another session's id is never overwritten: ids are scoped by session, so a clash means a hostile page.
      if (already || seen.has(m.id)) return;
      seen.add(m.id);
      fresh.push({ ...m, sessionId: session.id });
    });
    if (fresh.length > 0) await db.messages.bulkAdd(fresh);
    return ids;
  });
}

export function sessionMessages(db: ParleyDB, sessionId: string): Promise<Message[]> {
  return db.messages.where('[sessionId+seq]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
}

export async function latestSessionForTab(db: ParleyDB, tabId: number): Promise<Session | undefined> {
  const sessions = await db.sessions.where('tabId').equals(tabId).toArray();
  return sessions.sort((a, b) => (b.updatedAt ?? b.startedAt) - (a.updatedAt ?? a.startedAt))[0];
}
