import type { ParleyDB } from './database';
import { latestSessionForTab, sessionMessages } from './ingest';
import type { Message, Session } from './types';

export { latestSessionForTab, sessionMessages };

export interface SessionSummary {
  session: Session;
  messageCount: number;
}

/** Newest first: what the user most likely wants to look back at is the last conversation. */
export async function sessionSummaries(db: ParleyDB): Promise<SessionSummary[]> {
  const sessions = await db.sessions.toArray();
  sessions.sort((a, b) => (b.updatedAt ?? b.startedAt) - (a.updatedAt ?? a.startedAt));
  return Promise.all(
    sessions.map(async (session) => ({
      session,
      messageCount: await db.messages.where('sessionId').equals(session.id).count(),
    })),
  );
}

export type { Message, Session };
