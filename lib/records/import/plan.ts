/**
 * What an import would change, decided only from ids, so importing the same file twice adds nothing the second time.
 * Existing rows always win: an import never overwrites a session, message or follow-up already stored.
 */
import type { FollowUp, Message, SessionRecord } from '../types';
import type { ImportData } from './parse';

export interface ExistingKeys {
  sessionIds: ReadonlySet<string>;
  messageIds: ReadonlySet<string>;
  followUpIds?: ReadonlySet<string>;
  /**
   * `${sessionId}\u0000${seq}` of stored messages in sessions the import touches. A new message whose place is already
   * taken by a different stored message is a conflict (the two transcripts disagree), not an addition.
   */
  messageSeqs?: ReadonlySet<string>;
}

export interface ImportPlan {
  sessions: { add: SessionRecord[]; skip: string[] };
  messages: { add: Message[]; skip: string[]; conflicts: { id: string; sessionId: string; seq: number }[] };
  followUps: { add: FollowUp[]; skip: string[] };
}

export const seqKey = (sessionId: string, seq: number) => `${sessionId}\u0000${seq}`;

export function planImport(data: Pick<ImportData, 'sessions' | 'messages' | 'followUps'>, existing: ExistingKeys): ImportPlan {
  const plan: ImportPlan = {
    sessions: { add: [], skip: [] },
    messages: { add: [], skip: [], conflicts: [] },
    followUps: { add: [], skip: [] },
  };
  for (const s of data.sessions) {
    if (existing.sessionIds.has(s.id)) plan.sessions.skip.push(s.id);
    else plan.sessions.add.push(s);
  }
  for (const m of data.messages) {
    if (existing.messageIds.has(m.id)) plan.messages.skip.push(m.id);
    else if (existing.messageSeqs?.has(seqKey(m.sessionId, m.seq))) plan.messages.conflicts.push({ id: m.id, sessionId: m.sessionId, seq: m.seq });
    else plan.messages.add.push(m);
  }
  const followUpIds = existing.followUpIds ?? new Set<string>();
  for (const f of data.followUps) {
    if (followUpIds.has(f.id)) plan.followUps.skip.push(f.id);
    else plan.followUps.add.push(f);
  }
  return plan;
}
