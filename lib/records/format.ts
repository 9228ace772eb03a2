/**
 * The `parley.export` v1 file as TypeScript types, and the conversions between stored records (epoch ms) and their
 * exported form (UTC ISO strings). The field-by-field description is in ./EXPORT-FORMAT.md.
 */
import type { ExportedDebt } from '../debts/format';
import { fromUtcIso, toUtcIso } from './time';
import type { FollowUp, Message, SessionRecord } from './types';

export const EXPORT_FORMAT = 'parley.export';
export const EXPORT_VERSION = 1;
export const BACKUP_FORMAT = 'parley.backup';
export const BACKUP_VERSION = 1;
export const CHAIN_SCHEME = 'parley.chain/1';

/** `tabId` is left out on purpose: it names a tab in the browser that captured the chat and means nothing elsewhere. */
export type ExportedSession = Omit<SessionRecord, 'startedAt' | 'updatedAt' | 'tabId'> & {
  startedAt: string;
  updatedAt?: string;
};

export type ExportedMessage = Omit<Message, 'at'> & {
  at: string;
  /** Lower-case hex SHA-256 chain value h_i (see ./TAMPER-EVIDENCE.md). */
  hash?: string;
};

export type ExportedFollowUp = Omit<FollowUp, 'dueAt'> & { dueAt: string };

export interface ExportedSessionEntry {
  session: ExportedSession;
  /** In chain order (ascending seq). */
  messages: ExportedMessage[];
  followUps: ExportedFollowUp[];
  /** h_-1 = SHA-256(canonical session header). */
  headerHash?: string;
  /** The last chain value (h_-1 when there are no messages): the number to note or share. */
  digest?: string;
  /** SHA-256 of the canonical annotations (record fields and follow-ups), which the chain does not cover. */
  annotationsDigest?: string;
}

export interface ManifestEntry {
  id: string;
  startedAt: string;
  messageCount: number;
  digest: string;
}

export interface ExportManifest {
  sessionCount: number;
  messageCount: number;
  sessions: ManifestEntry[];
  /** SHA-256 over the manifest entries: one number for a whole archive. */
  archiveDigest: string;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  app: { name: string; version: string };
  integrity: { hash: 'SHA-256'; scheme: typeof CHAIN_SCHEME };
  sessions: ExportedSessionEntry[];
  manifest: ExportManifest;
  /**
   * The person's debts these records are about (lib/debts), with their figures and plans: the person's own entries,
   * not covered by the hash chain. Absent when there are none.
   */
  debts?: ExportedDebt[];
}

/** Session keys in the order they are written; also the only keys exported. */
export const SESSION_KEYS = [
  'id',
  'url',
  'siteId',
  'vendor',
  'startedAt',
  'updatedAt',
  'title',
  'agentName',
  'agentId',
  'bankName',
  'channel',
  'agents',
  'references',
  'datesMentioned',
  'offers',
  'agreedTerms',
  'outcome',
  'notes',
  'evidence',
  'application',
] as const;

/** The session fields the hash chain covers; everything else is an annotation the user may edit later. */
export const HEADER_KEYS = ['id', 'url', 'siteId', 'vendor', 'startedAt'] as const;

const MESSAGE_KEYS = ['id', 'sessionId', 'seq', 'role', 'text', 'at', 'shownTime', 'author'] as const;
const FOLLOW_UP_KEYS = ['id', 'sessionId', 'dueAt', 'title', 'source', 'done', 'sourceMessageId'] as const;

function pick<T extends object>(source: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (source as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function toExportedSession(s: SessionRecord): ExportedSession {
  const out = pick(s, SESSION_KEYS);
  out.startedAt = toUtcIso(s.startedAt);
  if (s.updatedAt !== undefined) out.updatedAt = toUtcIso(s.updatedAt);
  return out as ExportedSession;
}

export function toExportedMessage(m: Message, hash?: string): ExportedMessage {
  const out = pick(m, MESSAGE_KEYS);
  out.at = toUtcIso(m.at);
  if (hash !== undefined) out.hash = hash;
  return out as ExportedMessage;
}

export function toExportedFollowUp(f: FollowUp): ExportedFollowUp {
  const out = pick(f, FOLLOW_UP_KEYS);
  out.dueAt = toUtcIso(f.dueAt);
  return out as ExportedFollowUp;
}

// The inverse conversions run on schema-validated input, where every ISO string is known to parse.
function instant(iso: string): number {
  const ms = fromUtcIso(iso);
  if (ms === undefined) throw new RangeError(`not a UTC ISO timestamp: ${iso}`);
  return ms;
}

export function fromExportedSession(e: ExportedSession): SessionRecord {
  const out = pick(e, SESSION_KEYS);
  out.startedAt = instant(e.startedAt);
  if (e.updatedAt !== undefined) out.updatedAt = instant(e.updatedAt);
  return out as unknown as SessionRecord;
}

export function fromExportedMessage(e: ExportedMessage): Message {
  const out = pick(e, MESSAGE_KEYS);
  out.at = instant(e.at);
  return out as unknown as Message;
}

export function fromExportedFollowUp(e: ExportedFollowUp): FollowUp {
  const out = pick(e, FOLLOW_UP_KEYS);
  out.dueAt = instant(e.dueAt);
  return out as unknown as FollowUp;
}

/** Messages in chain order: by seq, then time, then id, so equal seqs (a damaged store) still order deterministically. */
export function sortMessages<T extends { seq: number; id: string; at: number | string }>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => a.seq - b.seq || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
