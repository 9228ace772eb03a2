/**
 * classifyAgentMessage: what a bank agent's message is doing (every intent that applies) and whether it carries a
 * scam sign, with the reasons. A linear model over hashed character and word n-grams (./features.ts, ./model.ts)
 * reads the message together with the explainable cue rules (the intent lexicon and the red-flag cue pairs, whose
 * verdicts are features) and the scope of each clause (negated, a warning, someone else's words: ./scope.ts). Each
 * label has its own probability threshold, tuned on the dev split. The weights ship in ./model/weights.ts; training
 * is `npm run train:classifier`.
 *
 * Red flags: a cue-pair rule in a plain clause raises its flag on its own (an override whose reason is quoted); the
 * model can add a flag the rules missed, but only when the message has a plain (not negated, warning or reported)
 * clause: a message made only of warnings cannot accuse the bank, whatever its words.
 */

import { intentCueMatches, intentScores, INTENT_THRESHOLD } from './intent-scores';
import { PRIMARY_ORDER } from './intent-lexicon';
import { hashedFeatures, messageFeatures } from './features';
import { loadModel, sigmoid, type LoadedModel, type ModelData } from './model';
import { MODEL_DATA } from './model/weights';
import { normalize } from './normalize';
import { analyseClauses, ruleFlags } from './red-flags';
import { INTENTS, TEXT_RED_FLAGS, type Classification, type IntentId, type TextRedFlagId } from '../types';

export { INTENT_THRESHOLD, intentScores };

/** Longer messages are cut: an agent's chat message is short, and a pasted page must not stall the panel. */
const MAX_CHARS = 1000;

const EMPTY: Classification = { intents: [], redFlags: [], confidence: {} };

/** How a feature reads in an explanation: the n-gram or word itself, marked when it sat in a scoped clause. */
function readable(feature: string): string {
  const [kind, ...rest] = feature.split(':');
  const body = rest.join(':');
  switch (kind) {
    case 'R':
      return `lexicon cues for ${body}`;
    case 'F':
      return `rule: ${body}`;
    case 'f':
      return `cue: ${body}`;
    case 'g':
      return `…${body.replace(/[<>]/g, '')}…`;
    default:
      return kind?.startsWith('~') ? `"${body}" (in a negated/warning clause)` : `"${body}"`;
  }
}

const SAYS_IDENTITY = /身份|本人|\bverify\b|\bidentity\b|it'?s you|\bsecurity check|\bpass security\b/;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A classifier bound to one set of weights (the trainer binds fresh ones; the panel uses the shipped ones). */
/** How sure the model must be about a label that only one sentence of a longer turn carries. */
const SENTENCE_CONFIDENCE = 0.8;

/** The sentences of a turn of two or more; a single sentence is already the whole message. */
function sentencesOf(normalized: string): string[] {
  const sentences = normalized
    .split(/(?<=[。！？!?；;])|(?<=[.])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);
  return sentences.length > 1 ? sentences : [];
}

export function createClassifier(data: ModelData): (text: string) => Classification {
  let model: LoadedModel | null = null;
  const labelIndex = new Map(data.labels.map((l, i) => [l, i] as const));
  return (text: string): Classification => {
    if (typeof text !== 'string' || text.trim() === '') return { ...EMPTY, confidence: {} };
    model ??= loadModel(data);
    const normalized = normalize(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
    if (normalized === '') return { ...EMPTY, confidence: {} };
    const parts = analyseClauses(normalized);
    const rules = ruleFlags(parts);
    const { z, supported } = model.logits(hashedFeatures(normalized, parts, rules));
    const thresholds = model.thresholds;
    const prob = (l: number) => sigmoid(z[l] ?? -Infinity);
    // A label only the bias speaks for is never reported: the panel must be able to say why.
    const passes = (l: number) => l >= 0 && supported[l] === 1 && prob(l) >= (thresholds[l] ?? 1);
    // A long turn does several things at once (verify, give the balance, ask why): each sentence is also read on its
    // own, so the question at the end is not drowned by the figures before it. Intents only; red flags keep their
    // whole-message cue rules and scope.
    const sentences = sentencesOf(normalized).map((s) => {
      const own = analyseClauses(s);
      return model!.logits(hashedFeatures(s, own, ruleFlags(own)));
    });
    const sentenceProb = (l: number) => {
      let best = -1;
      for (const s of sentences) if (s.supported[l] === 1) best = Math.max(best, sigmoid(s.z[l] ?? -Infinity));
      return best;
    };

    const intents: IntentId[] = [];
    const confidence: Classification['confidence'] = {};
    // Asking for a code, a PIN or the CVV is the scam sign, not a security check, unless the agent says it is checking
    // who you are (the corpora label "为了核实您的身份，请把验证码发给我" as both).
    const secretOnly = rules.some((r) => r.flag === 'asks-secret') && !SAYS_IDENTITY.test(normalized);
    for (const i of PRIMARY_ORDER) {
      if (secretOnly && i === 'identity-check') continue;
      const l = labelIndex.get(i) ?? -1;
      const whole = passes(l);
      // A sentence alone is short and its figures look like an offer's: it must speak for a label clearly.
      const part = l >= 0 && sentenceProb(l) >= Math.max(thresholds[l] ?? 1, SENTENCE_CONFIDENCE);
      if (!whole && !part) continue;
      intents.push(i);
      confidence[i] = round3(Math.max(whole ? prob(l) : 0, part ? sentenceProb(l) : 0));
    }
    const anyPlain = parts.some((p) => p.scope === 'plain');
    const redFlags: TextRedFlagId[] = [];
    const flagConfidence: NonNullable<Classification['redFlagConfidence']> = {};
    for (const f of TEXT_RED_FLAGS) {
      const l = labelIndex.get(f) ?? -1;
      const rule = rules.some((r) => r.flag === f);
      if (!rule && !(anyPlain && passes(l))) continue;
      redFlags.push(f);
      flagConfidence[f] = round3(rule ? Math.max(prob(l), 0.9) : prob(l));
    }
    const out: Classification = { intents, redFlags, confidence };
    if (intents.length === 0 && redFlags.length === 0) return out;
    if (redFlags.length > 0) out.redFlagConfidence = flagConfidence;

    // Worked out when read (most messages are never explained), then kept.
    let why: Classification['explanation'];
    const loaded = model;
    Object.defineProperty(out, 'explanation', {
      enumerable: true,
      get() {
        if (why) return why;
        const features = messageFeatures(normalized, parts, rules);
        const top = (label: string) => loaded.topFeatures(features, labelIndex.get(label) ?? -1, 6).map(readable);
        const explain = (label: string, first: string[]) => [...new Set([...first, ...top(label)])].filter((r) => r !== '"0"').slice(0, 4);
        why = { intents: {}, redFlags: {} };
        for (const i of intents) why.intents[i] = explain(i, intentCueMatches(normalized, i).slice(0, 2).map((m) => `lexicon: "${m}"`));
        for (const f of redFlags) {
          const rule = rules.find((r) => r.flag === f);
          why.redFlags[f] = explain(f, rule ? [rule.reason] : []);
        }
        return why;
      },
    });
    return out;
  };
}

export const classifyAgentMessage = createClassifier(MODEL_DATA);

/** The labels the model is trained on, in the order its weights store them. */
export const MODEL_LABELS: readonly string[] = [...INTENTS, ...TEXT_RED_FLAGS];
