/**
 * The intent lexicon's weighted cue scores for a normalize()d message: the explainable half of the classifier, read
 * by the model as features (./features.ts) and quoted in its explanations.
 */

import { INTENT_CUES, PRIMARY_ORDER } from './intent-lexicon';
import { LiteralGate } from './literal-gate';
import type { IntentId } from '../types';

/** Cue weight an intent needs before it counts. */
export const INTENT_THRESHOLD = 1;

const HAS_CJK = /[\u3400-\u9fff]/;
const HAS_LATIN = /[a-z]{2}/;

type Script = 'zh' | 'en' | 'any';

/** A cue, its weight, the script it is written in and its intent, at its place in GATE. */
type ScriptedCue = readonly [RegExp, number, Script, IntentId];

function scriptOf(re: RegExp): Script {
  const zh = HAS_CJK.test(re.source);
  const en = HAS_LATIN.test(re.source.replace(/\\[a-z]/g, ''));
  return zh && !en ? 'zh' : en && !zh ? 'en' : 'any';
}

/** Every cue of every intent, in PRIMARY_ORDER. */
const ALL_CUES: readonly RegExp[] = PRIMARY_ORDER.flatMap((intent) => INTENT_CUES[intent].map(([re]) => re));

/** Most cues match no given text: each text is scanned once for the literals every cue needs (./literal-gate.ts). */
const GATE = new LiteralGate(ALL_CUES);

/** Cues written only in Chinese cannot match an English message and vice versa; skipping them halves the work. */
const SCRIPTED: readonly ScriptedCue[] = PRIMARY_ORDER.flatMap((intent) => INTENT_CUES[intent].map(([re, w]): ScriptedCue => [re, w, scriptOf(re), intent]));

/**
 * Cues whose match depends on nothing outside it: no ^ or $ anchor, no lookahead or negative lookbehind, and a positive
 * lookbehind only of words (it cannot reach across the punctuation or space before a sentence). One that found nothing
 * in a whole message finds nothing in any of its sentences either, whose edges are punctuation or spaces in the whole.
 */
function contextFree(re: RegExp): boolean {
  const source = re.source;
  if (re.flags.includes('m') || /\(\?<!|\(\?[=!]|(?<!\\)\$|(?<![\\[])\^/.test(source)) return false;
  for (let at = source.indexOf('(?<='); at >= 0; at = source.indexOf('(?<=', at + 1)) {
    let depth = 0;
    let end = at;
    for (; end < source.length; end++) {
      if (source[end] === '\\') end++;
      else if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    if (!/^[a-z '?:()|]*$/.test(source.slice(at + 4, end))) return false;
  }
  return true;
}
const CONTEXT_FREE = Uint8Array.from(SCRIPTED, ([re]) => (contextFree(re) ? 1 : 0));

/** The last whole message scored, and which cues matched it (1), for its sentences scored next. */
let wholeText: string | undefined;
const wholeMatched = new Uint8Array(SCRIPTED.length);

/**
 * Sums the weights of the cues that match text, given which of them may (the gate's mask). The cues are visited in
 * one pass in PRIMARY_ORDER, skipping those the mask rules out; each intent's weights are added in the lexicon's order,
 * so a sum does not depend on which cues the gate skipped. `matched`, when given, records which cues matched.
 */
function scoreWith(text: string, mask: Uint8Array, matched?: Uint8Array): Record<IntentId, number> {
  const zh = HAS_CJK.test(text);
  const en = HAS_LATIN.test(text);
  const scores = {} as Record<IntentId, number>;
  for (const intent of PRIMARY_ORDER) scores[intent] = 0;
  matched?.fill(0);
  for (let k = 0; k < SCRIPTED.length; k++) {
    if (mask[k] !== 1) continue;
    const [, weight, script, intent] = SCRIPTED[k] as ScriptedCue;
    if ((script === 'zh' && !zh) || (script === 'en' && !en)) continue;
    if (!GATE.testWith(mask, k, text)) continue;
    scores[intent] += weight;
    if (matched) matched[k] = 1;
  }
  return scores;
}

export function intentScores(normalized: string): Record<IntentId, number> {
  const scores = scoreWith(normalized, GATE.maskFor(normalized), wholeMatched);
  wholeText = normalized;
  return scores;
}

/**
 * intentScores(normalized.slice(start, end)), without scanning that part again after the whole was scanned, and,
 * right after the whole was scored, without running the context-free cues that found nothing in it.
 */
export function intentScoresWithin(normalized: string, start: number, end: number): Record<IntentId, number> {
  const mask = GATE.maskWithin(normalized, start, end);
  if (normalized === wholeText) for (let k = 0; k < mask.length && k < SCRIPTED.length; k++) if (CONTEXT_FREE[k] === 1 && wholeMatched[k] !== 1) mask[k] = 0;
  return scoreWith(normalized.slice(start, end), mask);
}

/** The words of a normalize()d message that the intent's positive lexicon cues matched, strongest cue first. */
export function intentCueMatches(normalized: string, intent: IntentId): string[] {
  return [...INTENT_CUES[intent]]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([re]) => (GATE.may(re, normalized) ? re.exec(normalized)?.[0] : undefined))
    .filter((m): m is string => typeof m === 'string' && m.trim() !== '');
}
