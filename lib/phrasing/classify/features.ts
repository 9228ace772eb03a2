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

/**
 * Receives each feature as prefix + s.slice(start, end); `rule` marks a full-strength feature and `hash` is the FNV
 * state of prefix + slice, worked out by the walk so a caller that only wants buckets builds no string.
 */
type Emit = (prefix: Prefix, s: string, start: number, end: number, rule: boolean, hash: number) => void;

/** Emits prefix + s.slice(start, end), hashing it from the prefix's state. */
const emitWhole = (emit: Emit, prefix: Prefix, s: string, start: number, end: number, rule: boolean) =>
  emit(prefix, s, start, end, rule, fnv(prefix.hash, s, start, end));

/**
 * The FNV states of the n-grams being grown, one per start position, for plain and scoped n-grams. An n-gram's state
 * is the (n−1)-gram's extended by one character, so every length costs one step per position instead of n; the
 * buffers are reused (grown when a longer clause comes) because the walk runs for every clause of every message.
 */
let gramStates = new Int32Array(256);
let scopedGramStates = new Int32Array(256);
function gramBuffers(length: number): void {
  if (gramStates.length >= length) return;
  gramStates = new Int32Array(length * 2);
  scopedGramStates = new Int32Array(length * 2);
}

/**
 * Character n-grams of s, lengths from..to, shortest first and left to right, under `prefix` (and `scopedPrefix` for
 * lengths 2–3 when given); `skipEdges` leaves out the 1-grams of s's first and last characters (the ^ $ markers).
 */
function emitCharGrams(emit: Emit, s: string, from: number, to: number, prefix: Prefix, scopedPrefix: Prefix | null, skipEdges: boolean): void {
  gramBuffers(s.length);
  for (let i = 0; i < s.length; i++) {
    gramStates[i] = prefix.hash;
    if (scopedPrefix) scopedGramStates[i] = scopedPrefix.hash;
  }
  for (let n = 1; n <= to; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      const c = s.charCodeAt(i + n - 1);
      const h = Math.imul((gramStates[i] as number) ^ c, FNV_PRIME);
      gramStates[i] = h;
      if (scopedPrefix) scopedGramStates[i] = Math.imul((scopedGramStates[i] as number) ^ c, FNV_PRIME);
      if (n < from || (skipEdges && n === 1 && (i === 0 || i === s.length - 1))) continue;
      emit(prefix, s, i, i + n, false, h);
      if (scopedPrefix && (n === 2 || n === 3)) emit(scopedPrefix, s, i, i + n, false, scopedGramStates[i] as number);
    }
  }
}

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
  for (const p of parts) walkClause(p, emit);
  walkMessage(normalized, rules, emit);
}

/**
 * Cues that are only half of a rule (a fee beside a record gone, an agent working the phone beside a person keeping
 * still or a prompt to allow, a link the agent sent beside an install): common on their own ("手续费", "我这边帮您操作"),
 * they tell the model nothing alone.
 */
const RULE_ONLY_CUES: ReadonlySet<string> = new Set(['fee', 'agent-drives', 'hands-off', 'sent-by-agent', 'popup-allow', 'shown-code', 'live-video', 'banking-opened', 'linked-devices', 'keep-open']);

/** A Latin word's character n-grams (2–5 characters of the word with its edges marked, as `<word>`). */
function emitWordGrams(emit: Emit, w: string): void {
  if (w.length >= 2 && w !== '0') emitCharGrams(emit, `<${w}>`, 2, 5, P.g, null, false);
}

/**
 * A clause's own features: its scope, n-grams, words and cues (the same whatever message or sentence holds it).
 * `wordGrams`, when given, takes each word whose character n-grams would be emitted instead (the classifier sums a
 * word's n-grams once and reuses them wherever the word appears).
 */
function walkClause(p: ClauseInfo, emit: Emit, wordGrams?: (word: string) => void): void {
  const scoped = p.scope !== 'plain';
  if (scoped) emitWhole(emit, P.scope, p.scope, 0, p.scope.length, true);
  const cjk = cjkProjection(p.text);
  let hasCjk = false;
  for (let i = 0; i < cjk.length && !hasCjk; i++) hasCjk = isCjk(cjk.charCodeAt(i));
  if (hasCjk) emitCharGrams(emit, `^${cjk}$`, 1, 4, P.c, scoped ? P.nc : null, true);
  const words = (p.text.match(LATIN_WORD) ?? []).map((w) => (w.charCodeAt(0) <= 57 ? '0' : w));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    emitWhole(emit, P.w, w, 0, w.length, false);
    if (scoped) emitWhole(emit, P.nw, w, 0, w.length, false);
    if (i > 0) {
      const b = `${words[i - 1] as string} ${w}`;
      emitWhole(emit, P.b, b, 0, b.length, false);
    }
    if (wordGrams) wordGrams(w);
    else emitWordGrams(emit, w);
  }
  for (const cue of p.cues) if (!RULE_ONLY_CUES.has(cue)) emitWhole(emit, scoped ? P.nf : P.f, cue, 0, cue.length, true);
}

/** Features of the text as a whole: the lexicon's intent scores and the rule flags. */
function walkMessage(normalized: string, rules: readonly RuleFlag[], emit: Emit, scores = intentScores(normalized)): void {
  for (const intent in scores) {
    const score = scores[intent as keyof typeof scores];
    if (score >= 1) emitWhole(emit, P.R, intent, 0, intent.length, true);
    else if (score > 0) emitWhole(emit, P.r, intent, 0, intent.length, true);
  }
  for (const r of rules) emitWhole(emit, P.F, r.flag, 0, r.flag.length, true);
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

/** One clause's hashed features, with which of them are rule features (full strength). */
export interface ClauseHashes {
  buckets: number[];
  rule: boolean[];
}

/** Receives one hashed feature: its bucket, and whether it is a rule feature (full strength). */
export type VisitHash = (bucket: number, rule: boolean) => void;

const hashVisitor = (visit: VisitHash): Emit => (_pre, _s, _start, _end, isRule, hash) => visit((hash >>> 0) & MASK, isRule);

/**
 * A clause's hashed features one by one, not collected: the classifier adds each to its weight sums at once. With
 * `wordGrams`, each word's character n-grams go to it as the word instead of one by one (see visitWordGramHashes).
 */
export function visitClauseHashes(p: ClauseInfo, visit: VisitHash, wordGrams?: (word: string) => void): void {
  walkClause(p, hashVisitor(visit), wordGrams);
}

/** The hashed character n-grams of one Latin word, as visitClauseHashes would visit them for it (all n-gram features). */
export function visitWordGramHashes(word: string, visit: VisitHash): void {
  emitWordGrams(hashVisitor(visit), word);
}

/** The message-level features (lexicon scores and rule flags) of a text, hashed like a clause's, one by one. */
export function visitMessageHashes(normalized: string, rules: readonly RuleFlag[], visit: VisitHash, scores?: ReturnType<typeof intentScores>): void {
  walkMessage(normalized, rules, (_pre, _s, _start, _end, isRule, hash) => visit((hash >>> 0) & MASK, isRule), scores);
}

export function clauseHashes(p: ClauseInfo): ClauseHashes {
  const out: ClauseHashes = { buckets: [], rule: [] };
  visitClauseHashes(p, (bucket, rule) => {
    out.buckets.push(bucket);
    out.rule.push(rule);
  });
  return out;
}

/**
 * The same features as bucket ids and values, without building strings. `clauseCache` holds the clauses' hashes
 * when the caller already has them (the classifier reads a long turn whole and sentence by sentence, and a clause's
 * features do not depend on which of the two holds it).
 */
export function hashedFeatures(
  normalized: string,
  parts: readonly ClauseInfo[],
  rules: readonly RuleFlag[],
  clauseCache?: ReadonlyMap<ClauseInfo, ClauseHashes>,
): HashedFeatures {
  const hashes = parts.map((p) => clauseCache?.get(p) ?? clauseHashes(p));
  let n = 0;
  for (const h of hashes) n += h.buckets.length;
  const tail: number[] = [];
  const tailRule: boolean[] = [];
  walkMessage(normalized, rules, (_p, _s, _start, _end, isRule, hash) => {
    tail.push((hash >>> 0) & MASK);
    tailRule.push(isRule);
  });
  // Typed arrays sized once: classify() runs this for every message and sentence, and growing arrays fed the GC.
  const buckets = new Int32Array(n + tail.length);
  const isRule = new Uint8Array(n + tail.length);
  let k = 0;
  for (const h of hashes) {
    for (let i = 0; i < h.buckets.length; i++, k++) {
      buckets[k] = h.buckets[i] as number;
      isRule[k] = h.rule[i] ? 1 : 0;
    }
  }
  for (let i = 0; i < tail.length; i++, k++) {
    buckets[k] = tail[i] as number;
    isRule[k] = tailRule[i] ? 1 : 0;
  }
  let rulesN = 0;
  for (let i = 0; i < k; i++) rulesN += isRule[i] as number;
  const grams = k - rulesN;
  const gram = grams > 0 ? 1 / Math.sqrt(grams) : 0;
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = isRule[i] ? 1 : gram;
  return { buckets, values };
}
