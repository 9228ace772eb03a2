/**
 * Applies an import to the three record tables in one read-write transaction: either every planned row is added or,
 * on any error, none is. The DB layer owns the real schema; this needs only an index on `messages.sessionId`.
 */
import type { FollowUp, Message, SessionRecord } from '../types';
import { importError, type ImportError } from './errors';
import { checkLinks, parseImport, type ImportData, type ImportWarning, type ParseOptions } from './parse';
import { planImport, seqKey, type ImportPlan } from './plan';

/** The few Dexie table methods used, so both `Table<T, string>` and `EntityTable<T, 'id'>` fit. */
export interface ImportTable<T> {
  bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>;
  bulkAdd(items: readonly T[]): PromiseLike<unknown>;
}

/** A Dexie database with the three record tables (the DB layer's ParleyDB satisfies it). */
export interface RecordTables {
  sessions: ImportTable<SessionRecord>;
  messages: ImportTable<Message> & {
    where(index: 'sessionId'): { anyOf(keys: string[]): { toArray(): PromiseLike<Message[]> } };
  };
  followUps: ImportTable<FollowUp>;
  transaction<R>(mode: 'rw', tables: string[], scope: () => PromiseLike<R>): PromiseLike<R>;
}

export type ApplyResult =
  | { ok: true; plan: ImportPlan; warnings: ImportWarning[] }
  | { ok: false; error: ImportError };

/** Accepts the text of a file, or the `data` of a successful parseImport. Never throws. */
export async function applyImport(db: RecordTables, input: string | ImportData, opts: ParseOptions = {}): Promise<ApplyResult> {
  let data: ImportData;
  if (typeof input === 'string') {
    const parsed = await parseImport(input, opts);
    if (!parsed.ok) return parsed;
    data = parsed.data;
  } else {
    data = input;
    const bad = checkLinks(
      data.sessions.map((s, i) => ({ id: s.id, path: `sessions[${i}]` })),
      data.messages.map((m, i) => ({ id: m.id, sessionId: m.sessionId, seq: m.seq, path: `messages[${i}]` })),
      data.followUps.map((f, i) => ({ id: f.id, sessionId: f.sessionId, path: `followUps[${i}]` })),
    );
    if (bad) return { ok: false, error: bad };
  }
  try {
    const plan = await db.transaction('rw', ['sessions', 'messages', 'followUps'], async () => {
      const sessionIds = data.sessions.map((s) => s.id);
      const [sessions, messages, followUps] = await Promise.all([
        db.sessions.bulkGet(sessionIds),
        db.messages.bulkGet(data.messages.map((m) => m.id)),
        db.followUps.bulkGet(data.followUps.map((f) => f.id)),
      ]);
      const present = <T extends { id: string }>(rows: (T | undefined)[]) => new Set(rows.flatMap((r) => (r ? [r.id] : [])));
      const existingSessions = present(sessions);
      const stored = existingSessions.size > 0 ? await db.messages.where('sessionId').anyOf([...existingSessions]).toArray() : [];
      const p = planImport(data, {
        sessionIds: existingSessions,
        messageIds: present(messages),
        followUpIds: present(followUps),
        messageSeqs: new Set(stored.map((m) => seqKey(m.sessionId, m.seq))),
      });
      await db.sessions.bulkAdd(p.sessions.add);
      await db.messages.bulkAdd(p.messages.add);
      await db.followUps.bulkAdd(p.followUps.add);
      return p;
    });
    return { ok: true, plan, warnings: data.warnings };
  } catch (err) {
    const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ok: false, error: importError('storage', '', `写入数据库失败，未做任何更改（${why}）。`, `writing to the database failed; nothing was changed (${why}).`) };
  }
}
