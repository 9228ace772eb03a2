/**
 * classifyAgentMessage: what a bank agent's message is doing, and whether it carries a scam sign. Rule- and
 * lexicon-based on purpose: it runs on every captured message in the side panel, must explain itself, and must not
 * ship a model. Typical cost is a few microseconds per message.
 */

import { INTENT_CUES, PRIMARY_ORDER } from './intent-lexicon';
import { normalize } from './normalize';
import { detectRedFlags } from './red-flags';
import type { Classification, IntentId } from '../types';

/** Cue weight an intent needs before it counts. */
export const INTENT_THRESHOLD = 1;

/** Longer messages are cut: an agent's chat message is short, and a pasted page must not stall the panel. */
const MAX_CHARS = 1000;

const HAS_CJK = /[\u3400-\u9fff]/;
const HAS_LATIN = /[a-z]{2}/;

type Script = 'zh' | 'en' | 'any';

type ScriptedCue = readonly [RegExp, number, Script];

function scriptOf(re: RegExp): Script {
  const zh = HAS_CJK.test(re.source);
  const en = HAS_LATIN.test(re.source.replace(/\\[a-z]/g, ''));
  return zh && !en ? 'zh' : en && !zh ? 'en' : 'any';
}

/** Cues written only in Chinese cannot match an English message and vice versa; skipping them halves the work. */
const SCRIPTED = {} as Record<IntentId, readonly ScriptedCue[]>;
for (const intent of PRIMARY_ORDER) SCRIPTED[intent] = INTENT_CUES[intent].map(([re, w]): ScriptedCue => [re, w, scriptOf(re)]);

export function intentScores(normalized: string): Record<IntentId, number> {
  const zh = HAS_CJK.test(normalized);
  const en = HAS_LATIN.test(normalized);
  const scores = {} as Record<IntentId, number>;
  for (const intent of PRIMARY_ORDER) {
    let score = 0;
    for (const [re, weight, script] of SCRIPTED[intent]) {
      if ((script === 'zh' && !zh) || (script === 'en' && !en)) continue;
      if (re.test(normalized)) score += weight;
    }
    scores[intent] = score;
  }
  return scores;
}

export function classifyAgentMessage(text: string): Classification {
  if (typeof text !== 'string' || text.trim() === '') return { intents: [], redFlags: [], confidence: {} };
  const normalized = normalize(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const scores = intentScores(normalized);
  const intents: IntentId[] = [];
  const confidence: Classification['confidence'] = {};
  for (const intent of PRIMARY_ORDER) {
    const s = scores[intent];
    if (s >= INTENT_THRESHOLD) {
      intents.push(intent);
      // 1 − e^(−score): one decisive cue ≈ 0.7–0.8, two or more ≈ 0.9+.
      confidence[intent] = Math.round((1 - Math.exp(-s)) * 1000) / 1000;
    }
  }
  return { intents, redFlags: detectRedFlags(normalized), confidence };
}
