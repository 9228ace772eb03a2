/**
 * Features of a normalize()d agent message for the linear model (./model.ts). Each feature is a readable string
 * (which doubles as the explanation) hashed into one of BUCKETS buckets:
 *  - Chinese: character 1–4-grams of each clause, with digits folded to 0 and Latin words to "a" so amounts, periods
 *    and embedded English ("verify 一下") do not split the vocabulary;
 *  - English: word unigrams and bigrams, and character 2–5-grams of each word inside < > (typos and inflections);
 *  - scope: in a negated, warning or reported clause (./scope.ts) the words and Chinese 2–3-grams are also emitted
 *    with a "~" prefix, so "never … code" and "请勿 … 验证码" learn weights of their own;
 *  - rules: the lexicon's intent scores (R:/r:), the red-flag cues per clause (f:, ~f: when scoped) and the rule
 *    flags (F:), so the explainable rules are features the model weighs.
 * The panel scores with hashes computed in place (no strings are built per message); strings are only made for an
 * explanation. Both walk the same features, so they always agree (tests/phrasing/features.test.ts).
 */

import { intentScores } from './intent-scores';
import type { ClauseInfo, RuleFlag } from './red-flags';

export const BUCKETS = 1 << 18;
const MASK = BUCKETS - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, folded into BUCKETS. */
export function bucketOf(feature: string): number {
  return (fnv(FNV_OFFSET, feature, 0, feature.length) >>> 0) & MASK;
}

function fnv(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Rule features enter at full strength; n-grams share a unit of length between them (1/√count). */
export const isRuleFeature = (feature: string): boolean => /^(~?f|[A-Z]|r):/.test(feature);

export function featureValues(features: readonly string[]): Float64Array {
  let grams = 0;
  for (const f of features) if (!isRuleFeature(f)) grams++;
  const x = grams > 0 ? 1 / Math.sqrt(grams) : 0;
  return Float64Array.from(features, (f) => (isRuleFeature(f) ? 1 : x));
}

interface Prefix {
  text: string;
  /** FNV state after the prefix, so a feature's hash continues from it without building the string. */
  hash: number;
}
const prefix = (text: string): Prefix => ({ text, hash: fnv(FNV_OFFSET, text, 0, text.length) });
const P = {
  scope: prefix('S:'),
  c: prefix('c:'),
  nc: prefix('~c:'),
  w: prefix('w:'),
  nw: prefix('~w:'),
  b: prefix('b:'),
  g: prefix('g:'),
  f: prefix('f:'),
  nf: prefix('~f:'),
  R: prefix('R:'),
  r: prefix('r:'),
  F: prefix('F:'),
};

/** Receives each feature as prefix + s.slice(start, end); `rule` marks a full-strength feature. */
type Emit = (prefix: Prefix, s: string, start: number, end: number, rule: boolean) => void;

const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;

function cjkProjection(clause: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < clause.length; i++) {
    const c = clause.charCodeAt(i);
    const ch = clause[i] as string;
    let next = '';
    if (isCjk(c)) next = ch;
    else if (c >= 48 && c <= 57) next = last === '0' ? '' : '0';
    else if (c >= 97 && c <= 122) next = last === 'a' ? '' : 'a';
    else if (ch === '%' || ch === '¥' || ch === '$' || ch === '£' || ch === '、') next = ch;
    else last = '';
    if (next) {
      out += next;
      last = next;
    }
  }
  return out;
}

const LATIN_WORD = /[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*/g;

function walk(normalized: string, parts: readonly ClauseInfo[], rules: readonly RuleFlag[], emit: Emit): void {
  for (const p of parts) {
    const scoped = p.scope !== 'plain';
    if (scoped) emit(P.scope, p.scope, 0, p.scope.length, true);
    const cjk = cjkProjection(p.text);
    let hasCjk = false;
    for (let i = 0; i < cjk.length && !hasCjk; i++) hasCjk = isCjk(cjk.charCodeAt(i));
    if (hasCjk) {
      const s = `^${cjk}$`;
      for (let n = 1; n <= 4; n++) {
        for (let i = 0; i + n <= s.length; i++) {
          if (n === 1 && (i === 0 || i === s.length - 1)) continue;
          emit(P.c, s, i, i + n, false);
          if (scoped && (n === 2 || n === 3)) emit(P.nc, s, i, i + n, false);
        }
      }
    }
    const words = (p.text.match(LATIN_WORD) ?? []).map((w) => (w.charCodeAt(0) <= 57 ? '0' : w));
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      emit(P.w, w, 0, w.length, false);
      if (scoped) emit(P.nw, w, 0, w.length, false);
      if (i > 0) {
        const b = `${words[i - 1] as string} ${w}`;
        emit(P.b, b, 0, b.length, false);
      }
      if (w.length >= 2 && w !== '0') {
        const s = `<${w}>`;
        for (let n = 2; n <= 5; n++) for (let k = 0; k + n <= s.length; k++) emit(P.g, s, k, k + n, false);
      }
    }
    for (const cue of p.cues) emit(scoped ? P.nf : P.f, cue, 0, cue.length, true);
  }
  const scores = intentScores(normalized);
  for (const intent in scores) {
    const score = scores[intent as keyof typeof scores];
    if (score >= 1) emit(P.R, intent, 0, intent.length, true);
    else if (score > 0) emit(P.r, intent, 0, intent.length, true);
  }
  for (const r of rules) emit(P.F, r.flag, 0, r.flag.length, true);
}

/** The features as readable strings (for training and explanations). */
export function messageFeatures(normalized: string, parts: readonly ClauseInfo[], rules: readonly RuleFlag[]): string[] {
  const out: string[] = [];
  walk(normalized, parts, rules, (p, s, start, end) => out.push(p.text + s.slice(start, end)));
  return out;
}

export interface HashedFeatures {
  buckets: Int32Array;
  values: Float64Array;
}

/** The same features as bucket ids and values, without building strings. */
export function hashedFeatures(normalized: string, parts: readonly ClauseInfo[], rules: readonly RuleFlag[]): HashedFeatures {
  const buckets: number[] = [];
  const ruleAt: number[] = [];
  walk(normalized, parts, rules, (p, s, start, end, isRule) => {
    if (isRule) ruleAt.push(buckets.length);
    buckets.push((fnv(p.hash, s, start, end) >>> 0) & MASK);
  });
  const grams = buckets.length - ruleAt.length;
  const values = new Float64Array(buckets.length).fill(grams > 0 ? 1 / Math.sqrt(grams) : 0);
  for (const i of ruleAt) values[i] = 1;
  return { buckets: Int32Array.from(buckets), values };
}
