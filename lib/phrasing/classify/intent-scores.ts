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
 * Sums the weights of the cues that match text, given which of them may (the gate's mask). The cues are visited in
 * one pass in PRIMARY_ORDER, skipping those the mask rules out; each intent's weights are added in the lexicon's order,
 * so a sum does not depend on which cues the gate skipped.
 */
function scoreWith(text: string, mask: Uint8Array): Record<IntentId, number> {
  const zh = HAS_CJK.test(text);
  const en = HAS_LATIN.test(text);
  const scores = {} as Record<IntentId, number>;
  for (const intent of PRIMARY_ORDER) scores[intent] = 0;
  for (let k = 0; k < SCRIPTED.length; k++) {
    if (mask[k] !== 1) continue;
    const [re, weight, script, intent] = SCRIPTED[k] as ScriptedCue;
    if ((script === 'zh' && !zh) || (script === 'en' && !en)) continue;
    if (re.test(text)) scores[intent] += weight;
  }
  return scores;
}

export function intentScores(normalized: string): Record<IntentId, number> {
  return scoreWith(normalized, GATE.maskFor(normalized));
}

/** intentScores(normalized.slice(start, end)), without scanning that part again after the whole was scanned. */
export function intentScoresWithin(normalized: string, start: number, end: number): Record<IntentId, number> {
  return scoreWith(normalized.slice(start, end), GATE.maskWithin(normalized, start, end));
}

/** The words of a normalize()d message that the intent's positive lexicon cues matched, strongest cue first. */
export function intentCueMatches(normalized: string, intent: IntentId): string[] {
  return [...INTENT_CUES[intent]]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([re]) => (GATE.may(re, normalized) ? re.exec(normalized)?.[0] : undefined))
    .filter((m): m is string => typeof m === 'string' && m.trim() !== '');
}
