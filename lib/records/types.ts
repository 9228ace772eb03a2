/**
 * The negotiation-record model: a stored Session (lib/db/types.ts) plus what a person needs to keep a usable record of
 * every contact with the bank — who they spoke to, which numbers the bank gave, what was offered and agreed, what
 * happens next, and which papers are ready.
 *
 * Fields the DB layer must add to the `sessions` table (all optional, so existing rows stay valid without a data
 * rewrite; a migration only needs to bump the schema version):
 *
 * | field           | type                                   | notes                                                    |
 * |-----------------|----------------------------------------|----------------------------------------------------------|
 * | bankName        | string                                 | as the user knows the bank, e.g. "招商银行"               |
 * | channel         | Channel                                | absent means 'web-chat' (see {@link channelOf})          |
 * | agents          | AgentRef[]                             | everyone the user spoke to, name and/or staff id (工号)   |
 * | references      | Reference[]                            | ticket / case / agreement numbers the bank gave          |
 * | datesMentioned  | DateMention[]                          | calendar dates said in the conversation                  |
 * | offers          | Offer[]                                | every offer made (lib/negotiate/types.ts)                |
 * | agreedTerms     | AgreedTerms                            | the offer accepted, and whether the bank confirmed it    |
 * | outcome         | Outcome                                | absent means 'open'                                      |
 * | notes           | string                                 | the user's own notes                                     |
 * | evidence        | EvidenceItem[]                         | the papers checklist (see ./evidence.ts)                 |
 * | application     | SavedLetter                            | the written application sent for this negotiation        |
 *
 * Suggested index to add: `outcome` (to list open negotiations). Booleans are not valid IndexedDB keys, so nothing
 * here indexes `confirmed` or `prepared`.
 *
 * New table `followUps`: rows of {@link FollowUp}, suggested schema `'id, sessionId, dueAt'` (`done` cannot be an
 * index for the same reason; filter it in memory).
 */
import type { Message, Session } from '../db/types';
import type { LetterKind } from '../letters/types';
import type { Offer } from '../negotiate/types';

export type { Message, Role, Session } from '../db/types';
export type { Currency, Offer } from '../negotiate/types';

/** How the contact happened. Manual entries (phone calls, branch visits, letters, the bank's app) use the same record. */
export type Channel = 'web-chat' | 'phone' | 'visit' | 'letter' | 'app';
export const CHANNELS: readonly Channel[] = ['web-chat', 'phone', 'visit', 'letter', 'app'];

/** A person on the bank's side. At least one of name and id is present. */
export interface AgentRef {
  name?: string;
  /** Staff number (工号) as the bank gave it. */
  id?: string;
  /** The message the name or id was read from, when extracted from a transcript. */
  sourceMessageId?: string;
}

export type ReferenceKind = 'ticket' | 'case' | 'agreement' | 'other';
export const REFERENCE_KINDS: readonly ReferenceKind[] = ['ticket', 'case', 'agreement', 'other'];

export interface Reference {
  kind: ReferenceKind;
  value: string;
  /** True once the user has checked the number (read it back, or saw it in writing); extraction always proposes false. */
  confirmed: boolean;
  sourceMessageId?: string;
}

/** A calendar date said in the conversation, resolved to YYYY-MM-DD. */
export interface DateMention {
  date: string;
  /** The words it was read from, verbatim. */
  text: string;
  /** True when resolved against the message's time ("明天", "within 3 working days"). */
  relative: boolean;
  sourceMessageId?: string;
}

export type AgreedTerms = Offer & {
  /** True when the bank confirmed the terms (in writing, or an explicit "confirmed" in the chat). */
  confirmed: boolean;
  /** YYYY-MM-DD the person received the bank's written confirmation, as they ticked it. */
  confirmedOn?: string;
};

/** A written application (lib/letters) as the person last edited it, kept with the record it was sent for. */
export interface SavedLetter {
  kind: LetterKind;
  text: string;
  /** YYYY-MM-DD it was saved. */
  savedOn: string;
}

/** 'no-agreement': the chat ended without terms and without a refusal or a promised call (lib/ui/no-agreement.ts). */
export type Outcome = 'open' | 'agreed' | 'refused' | 'pending-callback' | 'no-agreement' | 'abandoned';
export const OUTCOMES: readonly Outcome[] = ['open', 'agreed', 'refused', 'pending-callback', 'no-agreement', 'abandoned'];

export interface EvidenceItem {
  /** A checklist id from ./evidence.ts, or any id for an item the user added. */
  id: string;
  label: string;
  prepared: boolean;
}

export interface RecordFields {
  bankName?: string;
  channel?: Channel;
  agents?: AgentRef[];
  references?: Reference[];
  datesMentioned?: DateMention[];
  offers?: Offer[];
  agreedTerms?: AgreedTerms;
  outcome?: Outcome;
  notes?: string;
  evidence?: EvidenceItem[];
  application?: SavedLetter;
}

/** A stored session with its record fields. Every record field is optional so a plain Session is a valid record. */
export interface SessionRecord extends Session, RecordFields {}

export type FollowUpSource = 'user' | 'transcript' | 'plan';
export const FOLLOW_UP_SOURCES: readonly FollowUpSource[] = ['user', 'transcript', 'plan'];

export interface FollowUp {
  id: string;
  sessionId: string;
  /**
   * Epoch ms. When only a day is known (a callback "within 3 working days", a payment "by the 25th"), the end of that
   * day (23:59:59.999) in the user's time zone, so the item is not shown as overdue while the day is still running.
   */
  dueAt: number;
  title: string;
  source: FollowUpSource;
  done: boolean;
  /** The message the promise was read from (source 'transcript'). */
  sourceMessageId?: string;
}

/** One session with everything exported with it. */
export interface SessionBundle {
  session: SessionRecord;
  messages: Message[];
  followUps?: FollowUp[];
  /** A repayment schedule computed elsewhere (lib/negotiate), shown in the printable record when present. */
  schedule?: ScheduleRow[];
}

/** One row of a repayment schedule, money in minor units of the agreed currency. */
export interface ScheduleRow {
  period: number;
  total: number;
  principal: number;
  fee: number;
  interest: number;
  /** YYYY-MM-DD, when the schedule has dates. */
  dueDate?: string;
}

/** A file ready to save or download. */
export interface OutputFile {
  filename: string;
  mime: string;
  content: string;
}

/** Absent channel means a captured web chat: rows stored before the field existed are all web chats. */
export function channelOf(record: Pick<RecordFields, 'channel'>): Channel {
  return record.channel ?? 'web-chat';
}

export function outcomeOf(record: Pick<RecordFields, 'outcome'>): Outcome {
  return record.outcome ?? 'open';
}
