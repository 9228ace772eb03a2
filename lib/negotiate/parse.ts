/**
 * parseOffer: reads the repayment offers in one agent message (Chinese, English or both).
 *
 *   parseOffer(text, { currency?, balance?, now? }) → Offer[]
 *
 * Returns [] rather than guessing when the message holds no offer: balance statements, the customer's own proposal
 * quoted back, policy ceilings, refusals, expired or existing plans, questions, greetings. Never throws.
 *
 * Pipeline (each step in its own file): normalise and segment (parse-text) → dates, rates, terms, money, waivers,
 * cue words (parse-dates, -rates, -periods, -money, -waivers, -cues), each claiming its numbers in that order so a
 * date's day is not read as an amount → drop clauses that do not speak for the bank now (parse-scope) → group what
 * is left into offers (parse-assemble).
 */

import { assemble } from './parse-assemble';
import { makeCtx } from './parse-context';
import { findCues } from './parse-cues';
import { findDeadlines } from './parse-dates';
import { findMoney } from './parse-money';
import { findPeriods } from './parse-periods';
import { findRates } from './parse-rates';
import { alternativeMarks, droppedClauses } from './parse-scope';
import type { Mention, ParseOptions } from './parse-types';
import { findWaivers } from './parse-waivers';
import type { Offer } from './types';

export type { ParseOptions } from './parse-types';

/**
 * Longest message read. Chat messages are a few hundred characters; beyond this the text is not an agent's message
 * (a pasted statement, a page dump), and the cap keeps the worst case bounded.
 */
export const MAX_PARSE_LENGTH = 20_000;

export function parseOffer(text: string, opts: ParseOptions = {}): Offer[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const src = text.length > MAX_PARSE_LENGTH ? text.slice(0, MAX_PARSE_LENGTH) : text;
    return parse(src, sanitize(opts));
  } catch {
    return [];
  }
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

function parse(src: string, opts: ParseOptions): Offer[] {
  const ctx = makeCtx(src, opts);
  const deadlines = findDeadlines(ctx);
  const rates = findRates(ctx);
  const periods = findPeriods(ctx);
  const money = findMoney(ctx);
  const cues = findCues(ctx);
  const stops = cues.filter((c) => c.t === 'cue' && c.cue === 'stop-interest');
  const waivers = findWaivers(ctx, stops);
  const dropped = droppedClauses(ctx);
  const mentions: Mention[] = [...deadlines, ...rates, ...periods, ...money, ...cues, ...waivers]
    .filter((m) => m.clause >= 0 && !dropped[m.clause])
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (mentions.length === 0) return [];
  return assemble(ctx, mentions, alternativeMarks(ctx));
}
