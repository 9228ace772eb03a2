/**
 * Records for contacts Parley did not capture: a phone call, a branch visit, a letter, the bank's app. They use the
 * same Session shape so history, exports and follow-ups treat every contact alike; the person types what was said.
 */
import type { Channel, Message, Role, SessionRecord } from './types';

export const MANUAL_SITE_ID = 'manual';

export interface ManualRecordInput {
  channel: Exclude<Channel, 'web-chat'>;
  /** When the call, visit or letter happened, epoch ms. */
  startedAt: number;
  bankName?: string;
  title?: string;
  /** Defaults to a random UUID. */
  id?: string;
}

export function createManualRecord(input: ManualRecordInput): SessionRecord {
  const record: SessionRecord = {
    id: input.id ?? `manual-${globalThis.crypto.randomUUID()}`,
    url: '',
    siteId: MANUAL_SITE_ID,
    vendor: MANUAL_SITE_ID,
    startedAt: input.startedAt,
    channel: input.channel,
  };
  if (input.bankName !== undefined) record.bankName = input.bankName;
  if (input.title !== undefined) record.title = input.title;
  return record;
}

/**
 * A typed-in line of a manual record. The id is the session id and position, which is what makes a capture retry
 * idempotent too: the same line entered at the same place is the same message.
 */
export function manualMessage(sessionId: string, seq: number, role: Role, text: string, at: number, author?: string): Message {
  const m: Message = { id: `${sessionId}#${seq}`, sessionId, seq, role, text, at };
  if (author !== undefined) m.author = author;
  return m;
}
