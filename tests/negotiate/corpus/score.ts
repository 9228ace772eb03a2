/**
 * Per-field precision and recall of the offer parser over a corpus. Expected and parsed offers are aligned by
 * position; a field counts as a true positive only when both have it with the same value, so a wrong value is both a
 * false positive and a false negative. `waives` is scored per waiver. Offers the parser invents (or misses) count
 * every one of their fields as false positives (or negatives).
 */

import type { Offer } from '../../../lib/negotiate/types';
import type { CorpusEntry, Expected } from './offers';

export const SCORED_FIELDS = [
  'kind',
  'periods',
  'monthlyFeeRate',
  'totalFeeRate',
  'annualRate',
  'dailyRate',
  'amount',
  'settlementAmount',
  'settlementRatio',
  'settlementBase',
  'downPayment',
  'monthlyPayment',
  'waives',
  'deadline',
  'currency',
  'feeCollection',
  'settlementInstallments',
  'downPaymentRatio',
  'waivesPart',
  'afterDeferral',
  'approximate',
] as const;

/** Fields holding a list, scored item by item (a partial waiver as "late-fee:0.5"). */
const LIST_FIELDS = new Set<string>(['waives', 'waivesPart', 'approximate']);
function items(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === 'object' && x !== null ? `${(x as { waiver: string }).waiver}:${Math.round((x as { share: number }).share * 1e6) / 1e6}` : String(x)));
}

export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  fields: Record<ScoredField, Tally>;
  overall: Tally & { precision: number; recall: number; f1: number };
  messages: number;
  exact: number;
  negatives: number;
  /** Negative messages the parser found an offer in. */
  falseOffers: number;
  /** Entries whose parsed offers differ from the expectation, for the report. */
  misses: Array<{ id: string; expected: Expected[]; got: Expected[] }>;
}

export function stripSpans(o: Offer): Expected {
  const { spans: _spans, ...rest } = o;
  return rest;
}

function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;
}

export function deepEqualOffers(a: Expected[], b: Expected[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    // Scored fields only: leadsPlan is a display link between two offers, not a term the agent stated.
    const keys = new Set([...Object.keys(x), ...Object.keys(y)].filter((k) => (SCORED_FIELDS as readonly string[]).includes(k))) as Set<keyof Expected>;
    for (const k of keys) {
      const u = x[k];
      const v = y[k];
      if (Array.isArray(u) || Array.isArray(v)) {
        const iu = items(u);
        const iv = items(v);
        if (!Array.isArray(u) || !Array.isArray(v) || iu.length !== iv.length || iu.some((w, j) => w !== iv[j])) return false;
      } else if (!sameValue(u, v)) return false;
    }
    return true;
  });
}

export function scoreCorpus(entries: readonly CorpusEntry[], parse: (e: CorpusEntry) => Offer[]): Score {
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredField, Tally>;
  let exact = 0;
  let negatives = 0;
  let falseOffers = 0;
  const misses: Score['misses'] = [];
  for (const e of entries) {
    const got = parse(e).map(stripSpans);
    if (deepEqualOffers(got, e.expect)) exact++;
    else misses.push({ id: e.id, expected: e.expect, got });
    if (e.expect.length === 0) {
      negatives++;
      if (got.length > 0) falseOffers++;
    }
    const n = Math.max(got.length, e.expect.length);
    for (let i = 0; i < n; i++) {
      const g = got[i] ?? {};
      const x = e.expect[i] ?? {};
      for (const f of SCORED_FIELDS) {
        const t = fields[f];
        const gv = (g as Record<string, unknown>)[f];
        const xv = (x as Record<string, unknown>)[f];
        if (LIST_FIELDS.has(f)) {
          const gs = new Set(items(gv));
          const xs = new Set(items(xv));
          for (const w of gs) if (xs.has(w)) t.tp++;
          else t.fp++;
          for (const w of xs) if (!gs.has(w)) t.fn++;
          continue;
        }
        if (gv !== undefined && xv !== undefined && sameValue(gv, xv)) t.tp++;
        else {
          if (gv !== undefined) t.fp++;
          if (xv !== undefined) t.fn++;
        }
      }
    }
  }
  const sum = SCORED_FIELDS.reduce((acc, f) => ({ tp: acc.tp + fields[f].tp, fp: acc.fp + fields[f].fp, fn: acc.fn + fields[f].fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    fields,
    overall: { ...sum, precision: ratio(sum.tp, sum.tp + sum.fp), recall: ratio(sum.tp, sum.tp + sum.fn), f1: ratio(2 * sum.tp, 2 * sum.tp + sum.fp + sum.fn) },
    messages: entries.length,
    exact,
    negatives,
    falseOffers,
    misses,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function formatScore(s: Score, title = 'offer parser'): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [`${title}: ${s.messages} messages, ${s.exact} exactly right; ${s.negatives} negatives, ${s.falseOffers} with a false offer`];
  lines.push(`${'field'.padEnd(24)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(9)}`);
  for (const f of SCORED_FIELDS) {
    const t = s.fields[f];
    if (t.tp + t.fp + t.fn === 0) continue;
    lines.push(`${f.padEnd(24)}${String(t.tp).padStart(5)}${String(t.fp).padStart(5)}${String(t.fn).padStart(5)}    ${pct(ratio(t.tp, t.tp + t.fp))}  ${pct(ratio(t.tp, t.tp + t.fn))}  ${pct(ratio(2 * t.tp, 2 * t.tp + t.fp + t.fn))}`);
  }
  const o = s.overall;
  lines.push(`${'overall (micro)'.padEnd(24)}${String(o.tp).padStart(5)}${String(o.fp).padStart(5)}${String(o.fn).padStart(5)}    ${pct(o.precision)}  ${pct(o.recall)}  ${pct(o.f1)}`);
  return lines.join('\n');
}
