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

/** A cue, the script it is written in, and its place in GATE. */
type ScriptedCue = readonly [RegExp, number, Script, number];

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
const SCRIPTED = {} as Record<IntentId, readonly ScriptedCue[]>;
// SCRIPTED is built in ALL_CUES's order, so a running count is each cue's place in GATE.
let place = 0;
for (const intent of PRIMARY_ORDER) SCRIPTED[intent] = INTENT_CUES[intent].map(([re, w]): ScriptedCue => [re, w, scriptOf(re), place++]);

export function intentScores(normalized: string): Record<IntentId, number> {
  const zh = HAS_CJK.test(normalized);
  const en = HAS_LATIN.test(normalized);
  const scores = {} as Record<IntentId, number>;
  for (const intent of PRIMARY_ORDER) {
    let score = 0;
    for (const [re, weight, script, k] of SCRIPTED[intent]) {
      if ((script === 'zh' && !zh) || (script === 'en' && !en)) continue;
      if (GATE.mayAt(k, normalized) && re.test(normalized)) score += weight;
    }
    scores[intent] = score;
  }
  return scores;
}

/** The words of a normalize()d message that the intent's positive lexicon cues matched, strongest cue first. */
export function intentCueMatches(normalized: string, intent: IntentId): string[] {
  return [...INTENT_CUES[intent]]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([re]) => (GATE.may(re, normalized) ? re.exec(normalized)?.[0] : undefined))
    .filter((m): m is string => typeof m === 'string' && m.trim() !== '');
}
