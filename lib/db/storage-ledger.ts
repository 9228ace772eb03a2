/**
 * Running tallies of what each conversation holds, kept in `settings` under a per-session key and written in the
 * same transaction as the messages they count. Summing characters over every stored message on each batch would cost
 * a full scan; the tallies make a batch's check a handful of reads. They are checked against the message index on
 * every use (a count, which is cheap), and recounted when anything else changed the messages (an imported backup, an
 * older install), so a stale tally can never let the database grow past its bound for long.
 */
import type { ParleyDB } from './database';
import { boundsFrom, levelOf, messageChars, NO_USAGE, shareOf, type Level, type Refusal, type StorageBounds, type Usage } from './storage-bounds';

const USAGE_PREFIX = 'storage.usage:';
/** Lower bounds set by the person (or a test); see boundsFrom. Only the extension's own pages can write settings. */
export const BOUNDS_KEY = 'storage.bounds';
/** Messages refused with no conversation to put a note in (a new chat while the database was full). */
export const REFUSED_KEY = 'storage.refused';

export const usageKey = (sessionId: string) => `${USAGE_PREFIX}${sessionId}`;
export const isUsageKey = (key: string) => key.startsWith(USAGE_PREFIX);

export interface SessionLedger extends Usage {
  /** Refusals whose note is already stored in the session. */
  noted?: Refusal[];
  /** Messages not stored, counted once each: a message is counted when its seq is above refusedMaxSeq. */
  refused?: number;
  refusedMaxSeq?: number;
  /** Capture time of the first message not stored. */
  refusedSince?: number;
  /** Why the latest messages were not stored. */
  refusal?: Refusal;
}

export interface DatabaseRefusal {
  count: number;
  since: number;
  last: number;
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const isRefusal = (v: unknown): v is Refusal => v === 'session' || v === 'database';

/** A damaged or foreign row reads as "no tally", which makes the caller recount: never as a smaller usage. */
export function readLedger(value: unknown): SessionLedger | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const messages = count(v.messages);
  const chars = count(v.chars);
  if (messages === undefined || chars === undefined) return undefined;
  const ledger: SessionLedger = { messages, chars };
  if (Array.isArray(v.noted)) ledger.noted = v.noted.filter(isRefusal);
  if (count(v.refused) !== undefined) ledger.refused = count(v.refused);
  if (typeof v.refusedMaxSeq === 'number') ledger.refusedMaxSeq = v.refusedMaxSeq;
  if (count(v.refusedSince) !== undefined) ledger.refusedSince = count(v.refusedSince);
  if (isRefusal(v.refusal)) ledger.refusal = v.refusal;
  return ledger;
}

export function readDatabaseRefusal(value: unknown): DatabaseRefusal | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const c = count(v.count);
  const since = count(v.since);
  const last = count(v.last);
  return c !== undefined && since !== undefined && last !== undefined ? { count: c, since, last } : undefined;
}

export async function loadBounds(db: ParleyDB): Promise<StorageBounds> {
  return boundsFrom((await db.settings.get(BOUNDS_KEY))?.value);
}

async function ledgerRows(db: ParleyDB): Promise<Map<string, SessionLedger>> {
  const rows = await db.settings.where('key').startsWith(USAGE_PREFIX).toArray();
  const ledgers = new Map<string, SessionLedger>();
  for (const row of rows) {
    const ledger = readLedger(row.value);
    if (ledger) ledgers.set(row.key.slice(USAGE_PREFIX.length), ledger);
  }
  return ledgers;
}

const sum = (ledgers: Iterable<SessionLedger>): Usage => {
  let messages = 0;
  let chars = 0;
  for (const l of ledgers) {
    messages += l.messages;
    chars += l.chars;
  }
  return { messages, chars };
};

/** Counts every stored message again and rewrites the tallies, keeping what each said about refusals. */
export async function recountLedgers(db: ParleyDB): Promise<Map<string, SessionLedger>> {
  const old = await ledgerRows(db);
  const fresh = new Map<string, SessionLedger>();
  await db.messages.each((m) => {
    const l = fresh.get(m.sessionId) ?? { ...old.get(m.sessionId), messages: 0, chars: 0 };
    l.messages += 1;
    l.chars += messageChars(m);
    fresh.set(m.sessionId, l);
  });
  const stale = [...old.keys()].filter((id) => !fresh.has(id)).map(usageKey);
  await db.settings.bulkDelete(stale);
  await db.settings.bulkPut([...fresh].map(([id, value]) => ({ key: usageKey(id), value })));
  return fresh;
}

export interface Tallies {
  ledgers: Map<string, SessionLedger>;
  database: Usage;
}

/**
 * The tallies, checked against the message index: the total count must match, and so must the count of the session
 * about to receive messages. Run inside the ingest transaction (settings and messages tables).
 */
export async function verifiedTallies(db: ParleyDB, sessionId: string): Promise<Tallies> {
  const [rows, total, own] = await Promise.all([ledgerRows(db), db.messages.count(), db.messages.where('sessionId').equals(sessionId).count()]);
  let ledgers = rows;
  const tallied = sum(ledgers.values());
  if (tallied.messages !== total || (ledgers.get(sessionId)?.messages ?? 0) !== own) ledgers = await recountLedgers(db);
  return { ledgers, database: sum(ledgers.values()) };
}

export interface StorageStatus {
  bounds: StorageBounds;
  database: { usage: Usage; level: Level; share: number; sessions: number; refusedElsewhere?: DatabaseRefusal };
  session?: { usage: Usage; level: Level; share: number; refused: number; refusal?: Refusal; refusedSince?: number };
}

export function levelsFor(bounds: StorageBounds, database: Usage, session: SessionLedger | undefined): { database: Level; session: Level } {
  return {
    database: levelOf(database, bounds.database, bounds.warnAt),
    session: levelOf(session ?? NO_USAGE, bounds.session, bounds.warnAt),
  };
}

/**
 * What the panel shows about storage, read-only (the panel never rewrites tallies). A session stored by other means
 * than capture has no tally yet: its message count stands in, and the database's count is never below the index's.
 */
export async function storageStatus(db: ParleyDB, sessionId?: string): Promise<StorageStatus> {
  const [bounds, ledgers, total, sessions, refusedRow] = await Promise.all([
    loadBounds(db),
    ledgerRows(db),
    db.messages.count(),
    db.sessions.count(),
    db.settings.get(REFUSED_KEY),
  ]);
  const tallied = sum(ledgers.values());
  const usage = { messages: Math.max(total, tallied.messages), chars: tallied.chars };
  const refusedElsewhere = readDatabaseRefusal(refusedRow?.value);
  const status: StorageStatus = {
    bounds,
    database: {
      usage,
      level: levelOf(usage, bounds.database, bounds.warnAt),
      share: shareOf(usage, bounds.database),
      sessions,
      ...(refusedElsewhere ? { refusedElsewhere } : {}),
    },
  };
  if (sessionId !== undefined) {
    const ledger = ledgers.get(sessionId) ?? { messages: await db.messages.where('sessionId').equals(sessionId).count(), chars: 0 };
    status.session = {
      usage: { messages: ledger.messages, chars: ledger.chars },
      level: levelOf(ledger, bounds.session, bounds.warnAt),
      share: shareOf(ledger, bounds.session),
      refused: ledger.refused ?? 0,
      ...(ledger.refusal ? { refusal: ledger.refusal } : {}),
      ...(ledger.refusedSince !== undefined ? { refusedSince: ledger.refusedSince } : {}),
    };
  }
  return status;
}
