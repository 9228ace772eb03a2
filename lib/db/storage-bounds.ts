/**
 * How much one conversation and the whole database may hold, and what happens at the bound. Pure functions: the
 * ingest path (lib/db/ingest.ts) applies them inside its transaction, the panel reads the same levels to warn.
 *
 * Decisions:
 * - At a bound, new messages are refused; nothing already stored is ever deleted to make room. The person kept those
 *   records as evidence, and losing an old promise is worse than not recording a flood.
 * - Within one batch, messages are admitted in order until the first that does not fit; everything after it is
 *   refused too, so the stored transcript never skips a message and then goes on as if nothing were missing.
 * - Characters are bounded as well as messages: one message may hold up to 20,000 characters (a pasted agreement),
 *   so a count alone would let a hostile page store gigabytes.
 */

export interface Bound {
  messages: number;
  chars: number;
}

export interface StorageBounds {
  /** A real negotiation is tens to hundreds of messages; 5,000 leaves room for a months-long thread. */
  session: Bound;
  /** Hundreds of conversations, and a ceiling of roughly 100 MB of text on disk. */
  database: Bound & { sessions: number };
  /** Share of a bound from which the person is warned (before anything is refused). */
  warnAt: number;
}

export const DEFAULT_BOUNDS: StorageBounds = {
  session: { messages: 5_000, chars: 2_000_000 },
  database: { messages: 100_000, chars: 40_000_000, sessions: 2_000 },
  warnAt: 0.8,
};

export interface Usage {
  messages: number;
  chars: number;
}

export type Level = 'ok' | 'near' | 'full';
export type Refusal = 'session' | 'database';

export const NO_USAGE: Usage = Object.freeze({ messages: 0, chars: 0 });

/** What a stored message weighs: its text and the short fields shown beside it. */
export function messageChars(m: { text: string; author?: string; shownTime?: string }): number {
  return m.text.length + (m.author?.length ?? 0) + (m.shownTime?.length ?? 0);
}

export function levelOf(usage: Usage, bound: Bound, warnAt: number): Level {
  if (usage.messages >= bound.messages || usage.chars >= bound.chars) return 'full';
  if (usage.messages >= bound.messages * warnAt || usage.chars >= bound.chars * warnAt) return 'near';
  return 'ok';
}

/** The share of the bound used, by whichever of messages and characters is nearer its limit (0..1). */
export function shareOf(usage: Usage, bound: Bound): number {
  return Math.min(1, Math.max(usage.messages / bound.messages, usage.chars / bound.chars));
}

export interface Admission {
  /** How many of the offered messages, from the first, may be stored. */
  admitted: number;
  /** Why the rest were refused; absent when everything was admitted. */
  refusal?: Refusal;
  /** Usage after storing the admitted messages. */
  session: Usage;
  database: Usage;
}

const fits = (usage: Usage, chars: number, bound: Bound) =>
  usage.messages + 1 <= bound.messages && usage.chars + chars <= bound.chars;

/**
 * Admits the longest prefix of `offered` that keeps both the session and the database within their bounds. The
 * session's own bound is checked first: a full conversation stays full whatever the database holds.
 */
export function admit(bounds: StorageBounds, session: Usage, database: Usage, offered: readonly { text: string; author?: string; shownTime?: string }[]): Admission {
  let s = { ...session };
  let d = { messages: database.messages, chars: database.chars };
  for (let i = 0; i < offered.length; i++) {
    const chars = messageChars(offered[i]!);
    if (!fits(s, chars, bounds.session)) return { admitted: i, refusal: 'session', session: s, database: d };
    if (!fits(d, chars, bounds.database)) return { admitted: i, refusal: 'database', session: s, database: d };
    s = { messages: s.messages + 1, chars: s.chars + chars };
    d = { messages: d.messages + 1, chars: d.chars + chars };
  }
  return { admitted: offered.length, session: s, database: d };
}

/** A new conversation is only started while the database has room for it and for at least one message. */
export function mayStartSession(bounds: StorageBounds, database: Usage, sessions: number): boolean {
  return sessions < bounds.database.sessions && levelOf(database, bounds.database, bounds.warnAt) !== 'full';
}

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * Bounds read from settings, for tests and for a person who wants less kept. A configured value can only lower a
 * default, never raise it, so a damaged or foreign settings row can never lift the protection.
 */
export function boundsFrom(configured: unknown, defaults: StorageBounds = DEFAULT_BOUNDS): StorageBounds {
  const c = (configured && typeof configured === 'object' ? configured : {}) as Record<string, unknown>;
  const part = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const lower = (v: unknown, d: number) => (positive(v) ? Math.min(Math.floor(v), d) : d);
  const s = part(c.session);
  const d = part(c.database);
  return {
    session: { messages: lower(s.messages, defaults.session.messages), chars: lower(s.chars, defaults.session.chars) },
    database: {
      messages: lower(d.messages, defaults.database.messages),
      chars: lower(d.chars, defaults.database.chars),
      sessions: lower(d.sessions, defaults.database.sessions),
    },
    warnAt: typeof c.warnAt === 'number' && c.warnAt > 0 && c.warnAt < 1 ? Math.min(c.warnAt, defaults.warnAt) : defaults.warnAt,
  };
}

const n = (v: number) => v.toLocaleString('en-US');

/** Id of the one note a session gets for each kind of refusal: a retried batch finds it stored and adds nothing. */
export const boundNoteId = (sessionId: string, refusal: Refusal) => `${sessionId}:parley-bound:${refusal}`;

/** The system line stored where the first refused message would have been: what was not stored, and why. */
export function boundNoteText(refusal: Refusal, bounds: StorageBounds): string {
  if (refusal === 'session') {
    const b = bounds.session;
    return (
      `〔Parley 未保存此后的消息 · Parley did not store the messages after this point〕 ` +
      `这次对话已达到 Parley 每次对话最多保存 ${n(b.messages)} 条消息或 ${n(b.chars)} 个字符的上限，已保存的记录都保留着；聊天页面上仍能看到之后的消息。` +
      ` This conversation reached Parley's limit of ${n(b.messages)} messages or ${n(b.chars)} characters for one conversation. Everything stored before stays; the chat page still shows what came after.`
    );
  }
  const b = bounds.database;
  return (
    `〔Parley 未保存此后的消息 · Parley did not store the messages after this point〕 ` +
    `Parley 的存储已满（所有记录合计最多 ${n(b.messages)} 条消息或 ${n(b.chars)} 个字符）。导出记录并删除旧的对话后，新消息会重新开始保存。` +
    ` Parley's storage is full (${n(b.messages)} messages or ${n(b.chars)} characters across all records). Export your records and delete old conversations, and new messages are stored again.`
  );
}
