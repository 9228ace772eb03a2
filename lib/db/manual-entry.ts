/**
 * A contact Parley did not capture — a phone call, a branch visit, a letter, the bank's app — saved as a record of
 * the same shape as a captured chat, so lists, exports, reminders and deletion treat every contact alike.
 */
import { createManualRecord, manualMessage } from '../records/manual';
import type { AgentRef, Channel, Message, SessionRecord } from '../records/types';
import type { ParleyDB } from './database';

export interface ManualEntry {
  channel: Exclude<Channel, 'web-chat'>;
  /** When the contact happened, epoch ms. */
  at: number;
  bankName?: string;
  agentName?: string;
  agentId?: string;
  /** What the bank said, in the user's words: stored as one bank-side line so extraction and exports see it. */
  said?: string;
  notes?: string;
  id?: string;
}

const clean = (s: string | undefined) => {
  const v = s?.trim();
  return v ? v : undefined;
};

export function manualRecord(entry: ManualEntry): { session: SessionRecord; messages: Message[] } {
  const bankName = clean(entry.bankName);
  const session = createManualRecord({ channel: entry.channel, startedAt: entry.at, ...(bankName ? { bankName } : {}), ...(entry.id ? { id: entry.id } : {}) });
  const agentName = clean(entry.agentName);
  const agentId = clean(entry.agentId);
  const notes = clean(entry.notes);
  const said = clean(entry.said);
  session.outcome = 'open';
  session.updatedAt = entry.at;
  if (agentName) session.agentName = agentName;
  if (agentId) session.agentId = agentId;
  if (agentName || agentId) {
    const agent: AgentRef = {};
    if (agentName) agent.name = agentName;
    if (agentId) agent.id = agentId;
    session.agents = [agent];
  }
  if (notes) session.notes = notes;
  const messages = said ? [manualMessage(session.id, 0, 'agent', said, entry.at, agentName)] : [];
  return { session, messages };
}

/** Returns the new record's id. */
export async function saveManualEntry(db: ParleyDB, entry: ManualEntry): Promise<string> {
  const { session, messages } = manualRecord(entry);
  await db.transaction('rw', db.sessions, db.messages, async () => {
    await db.sessions.add(session);
    if (messages.length > 0) await db.messages.bulkAdd(messages);
  });
  return session.id;
}
