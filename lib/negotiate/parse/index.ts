/**
 * parseOffer: reads the repayment offers in one agent message (Chinese, English or both).
 *
 *   parseOffer(text, { currency?, balance?, now? }) → Offer[]
 *
 * Returns [] rather than guessing when the message holds no offer: balance statements, the customer's own proposal
 * quoted back, policy ceilings, refusals, expired or existing plans, questions, greetings. Never throws.
 *
 * Pipeline (each step in its own file): normalise and segment (text) → dates, rates, terms, money, waivers,
 * cue words (dates, partial-waivers, rates, periods, money, waivers, cues), each claiming its numbers in that order so a
 * date's day is not read as an amount → drop clauses that do not speak for the bank now (scope) → group what
 * is left into offers (assemble) → turn each group into an Offer with spans (build).
 */

import { assemble } from './assemble';
import { makeCtx } from './context';
import { findCues } from './cues';
import { findDeadlines } from './dates';
import { findMoney } from './money';
import { findPartialWaivers } from './partial-waivers';
import { findPeriods } from './periods';
import { findRates } from './rates';
import { alternativeMarks, droppedClauses } from './scope';
import type { Mention, ParseOptions } from './types';
import { findWaivers } from './waivers';
import type { Offer } from '../types';

export type { ParseOptions } from './types';

/**
 * Longest message read. Chat messages are a few hundred characters; beyond this the text is not an agent's message
 * (a pasted statement, a page dump), and the cap keeps the worst case bounded.
 */
export const MAX_PARSE_LENGTH = 20_000;

export function parseOffer(text: string, opts: ParseOptions = {}): Offer[] {
  try {
    return parseOfferOrThrow(text, opts);
  } catch {
    return [];
  }
}

/**
 * parseOffer without the safety net. Tests run the corpus and the fuzzers through this, so a bug that throws shows up
 * as a failure instead of quietly becoming "no offer".
 */
export function parseOfferOrThrow(text: string, opts: ParseOptions = {}): Offer[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const src = text.length > MAX_PARSE_LENGTH ? text.slice(0, MAX_PARSE_LENGTH) : text;
  return parse(src, sanitize(opts));
}

function sanitize(opts: ParseOptions | undefined): ParseOptions {
  const out: ParseOptions = {};
  if (!opts || typeof opts !== 'object') return out;
  if (opts.currency === 'CNY' || opts.currency === 'USD' || opts.currency === 'GBP' || opts.currency === 'EUR' || opts.currency === 'HKD') {
    out.currency = opts.currency;
  }
  if (typeof opts.balance === 'number' && Number.isFinite(opts.balance) && opts.balance > 0) out.balance = Math.round(opts.balance);
  if (opts.now instanceof Date && !Number.isNaN(opts.now.getTime())) out.now = opts.now;
  return out;
}

export type { Mention } from './types';

/**
 * Everything the extractors read in a message, in text order, each flagged `dropped` when its clause does not speak
 * for the bank now (a refusal, a quote, a policy ceiling…). For tests and for showing the user what was read.
 */
export function extractMentions(text: string, opts: ParseOptions = {}): Array<Mention & { dropped: boolean }> {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const { all, dropped } = read(text.slice(0, MAX_PARSE_LENGTH), sanitize(opts));
    return all.map((m) => ({ ...m, dropped: m.clause < 0 || dropped[m.clause] === true }));
  } catch {
    return [];
  }
}

function read(src: string, opts: ParseOptions) {
  const ctx = makeCtx(src, opts);
  // Order matters: each extractor claims its numbers, so a date's day is not also an amount or a term.
  const deadlines = findDeadlines(ctx);
  // Before rates: in 罚息减免50% the share belongs to the waiver, not to a settlement or a fee.
  const partial = findPartialWaivers(ctx);
  const rates = findRates(ctx, partial);
  const periods = findPeriods(ctx);
  const money = findMoney(ctx);
  const cues = findCues(ctx);
  const stops = cues.filter((c) => c.t === 'cue' && c.cue === 'stop-interest');
  const skip = [...stops, ...partial].sort((a, b) => a.start - b.start);
  const waivers = findWaivers(ctx, skip);
  const all: Mention[] = [...deadlines, ...partial, ...rates, ...periods, ...money, ...cues, ...waivers].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  return { ctx, all, dropped: droppedClauses(ctx) };
}

function parse(src: string, opts: ParseOptions): Offer[] {
  const { ctx, all, dropped } = read(src, opts);
  const mentions = all.filter((m) => m.clause >= 0 && !dropped[m.clause]);
  if (mentions.length === 0) return [];
  return assemble(ctx, mentions, alternativeMarks(ctx));
}
