/**
 * What the extractors find in a message before any of it is judged to be an offer. Offsets are UTF-16 indices into
 * the original text (the normalised copy has the same length).
 */

import type { NumToken } from './numbers';
import type { Clause, Segments } from './text';
import type { Currency, Waiver } from '../types';

export interface ParseOptions {
  /** Currency of bare amounts ("pay 6,000") when the message names none. */
  currency?: Currency;
  /** The customer's balance in minor units: turns "we can take 1,500 off" into a settlement amount. */
  balance?: number;
  /** Reference time for relative deadlines (本月25日, "within 14 days"); without it they are not resolved. */
  now?: Date;
}

export type RateBasis = 'monthly' | 'total' | 'annual' | 'daily';

export type MoneyRole =
  | 'amount' // the principal the plan applies to
  | 'down' // paid first, before the plan
  | 'monthly' // each payment
  | 'settle' // the reduced total
  | 'pay' // "pay X": a settlement if the sentence settles, otherwise nothing
  | 'same' // "that's X", "也就是X": restates a settlement ratio as money
  | 'reduction' // "减免3000元", "take 1,500 off": balance minus this is the settlement
  | 'other';

export type CueKind =
  | 'stop-interest' // 停息, 停止计息, interest frozen
  | 'amortized' // 等额本息, amortized
  | 'one-time' // 一次性结清, lump sum, pay in full — a settlement only with a ratio, amount or waiver
  | 'principal-only' // 只还本金: everything but the principal is dropped
  | 'upfront' // fee collected at once
  | 'per-period' // fee collected each period
  | 'plan' // 分期, 方案, plan, program — lets a lone rate or payment stand as an offer
  | 'defer'; // 延期, defer — a deferral without a stated length (never an offer on its own)

interface Base {
  start: number;
  end: number;
  clause: number;
}

export type Mention =
  | (Base & { t: 'periods'; value: number; unit: 'period' | 'month' | 'year' | 'payment'; ref?: boolean })
  | (Base & { t: 'defer'; value: number })
  | (Base & { t: 'count'; value: number })
  | (Base & { t: 'rate'; value: number; basis: RateBasis })
  | (Base & { t: 'ratio'; value: number; ofPrincipal?: boolean })
  | (Base & { t: 'money'; value: number; currency?: Currency; curStart?: number; curEnd?: number; role: MoneyRole; each?: boolean; approx?: boolean })
  | (Base & { t: 'waiver'; waiver: Waiver })
  | (Base & { t: 'waiver-part'; waiver: Waiver; share: number })
  | (Base & { t: 'down-ratio'; value: number })
  | (Base & { t: 'deadline'; date: string; year: boolean })
  | (Base & { t: 'cue'; cue: CueKind });

export type MentionType = Mention['t'];

/** Shared state of one parse: the texts, numbers, clause layout and which numbers an extractor already claimed. */
export interface Ctx {
  src: string;
  text: string;
  tokens: NumToken[];
  /** Per token: claimed by an extractor (a date's day is not also a period count). */
  used: Uint8Array;
  seg: Segments;
  clauses: Clause[];
  hasCJK: boolean;
  opts: ParseOptions;
  /** Local calendar day of opts.now, if valid. */
  today?: { y: number; m: number; d: number };
  clauseAt(pos: number): number;
}

export type M<T extends Mention['t']> = Extract<Mention, { t: T }>;

export type SeedKind = 'term' | 'settle' | 'defer' | 'fallback';

export interface Seed {
  kind: SeedKind;
  start: number;
  /** Clauses where the seed is named (its own mention, or a later "12期的…" referring back). */
  clauses: number[];
  periods?: M<'periods'>;
  defer?: M<'defer'>;
  /** A settlement started only by 一次性 / "in full": kept only if a waiver in its sentence gives it content. */
  weak: boolean;
  parts: Mention[];
  /** Attached through rule 1 or 2 (same sentence) rather than message-wide. */
  local: Mention[];
  /** A plan that starts once the deferral just before it ends: that deferral's months. */
  afterDeferral?: number;
  /** A deferral followed by its plan: where the plan starts. The plan's own terms (rates, payments, kind words)
   *  from there on are not the deferral's. */
  leadsPlanAt?: number;
}
