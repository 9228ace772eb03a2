/**
 * Trains the agent-message classifier: `npm run train:classifier` (add `-- --cv` for 5-fold cross-validation on
 * train+dev, `-- --dev` for the dev lines a model trained on train alone gets wrong, `-- --writers` to train on every
 * writer's frames but one and score the one left out; WEIGHTS_OUT=path writes the
 * weights elsewhere, for comparing a variant without touching the shipped ones). Deterministic (seeded shuffle, no parallelism); reads
 * the train split (built in memory from the frames and split-manifest.json: `trainLines()` in
 * corpus/generalisation/splits.ts), tests/phrasing/corpus/generalisation/dev.jsonl, the writers' whole-line files
 * (sixth-writer.jsonl, …) and the older hand-written corpora (as extra training lines), NEVER test.jsonl. Writes
 * lib/phrasing/classify/model/weights.ts. Thresholds per label are tuned on out-of-fold probabilities: intents
 * maximise F1, red flags minimise missed + 4 × false alarms (a false alarm tells a person their real bank is a
 * scammer) by the model alone.
 */

import { writeFileSync } from 'node:fs';
import { createClassifier, intentRuledOut, MODEL_LABELS } from '../../../lib/phrasing/classify/classify';
import { intentScores } from '../../../lib/phrasing/classify/intent-scores';
import { BUCKETS, hashedFeatures, messageFeatures } from '../../../lib/phrasing/classify/features';
import { loadModel, sigmoid, type ModelData } from '../../../lib/phrasing/classify/model';
import { normalize } from '../../../lib/phrasing/classify/normalize';
import { analyseClauses, ruleFlags } from '../../../lib/phrasing/classify/red-flags';
import { TEXT_RED_FLAGS, type IntentId } from '../../../lib/phrasing/types';
import { AGENT_UTTERANCES, type LabelledUtterance } from '../corpus/agent-utterances';
import { FRESH } from '../corpus/fresh';
import { HELD_OUT } from '../corpus/held-out';
import { UNSEEN } from '../corpus/unseen';
import { frameId, mulberry32, readCorpus, type CorpusLine } from '../corpus/generalisation/corpus-line';
import { EN } from '../corpus/generalisation/templates-en';
import { EN_EXTRA } from '../corpus/generalisation/templates-en-extra';
import { EN_MORE } from '../corpus/generalisation/templates-en-more';
import { EN_SUPP } from '../corpus/generalisation/templates-en-supp';
import { EN_SUPP2 } from '../corpus/generalisation/templates-en-supp2';
import { ZH } from '../corpus/generalisation/templates-zh';
import { ZH_EXTRA } from '../corpus/generalisation/templates-zh-extra';
import { ZH_MORE } from '../corpus/generalisation/templates-zh-more';
import { ZH_SUPP } from '../corpus/generalisation/templates-zh-supp';
import { ZH_SUPP2 } from '../corpus/generalisation/templates-zh-supp2';
import { evaluate, formatReport } from '../corpus/generalisation/metrics';
import { trainLines as trainSplit } from '../corpus/generalisation/splits';

/**
 * The shuffle's seed. SEED=… shows how far a figure moves with the order of training alone: with seeds 7–10 the sealed
 * probes' intent micro-F1 ran 79.6–80.9 % and the remote-control threshold 0.175–0.525 (2026-12-05), so a change is
 * judged over several seeds, or across writers and folds (-- --writers, -- --cv), never on one retrain.
 */
const SEED = Number(process.env.SEED ?? 7);
/**
 * Passes over the data. Fewer passes stop the model before it learns each writer's sentence skeletons: leaving one
 * writer out at a time (-- --writers, 2026-12-05), 8 passes scored intent micro-F1 89.8 % and lowest intent recall
 * 78.3 % on the writer left out, against 88.6 % and 67.6 % for 30 (6: 89.3 / 79.3; 12: 89.5 / 70.2), red flags alike.
 * With the eighth and ninth writers (eight writers left out in turn, 2026-12-05), 6 passes did better than 8 on every
 * measure: intent micro-F1 84.5 vs 84.2 %, lowest intent recall 65.5 vs 64.3 %, red-flag recall 88.7 vs 88.4 %, false
 * red flags 2 vs 3 of 6,970 (12: 83.7 / 63.1 / 88.3 / 2; 4: 84.7 / 66.4 / 88.9 but 7 false red flags).
 */
const EPOCHS = Number(process.env.EPOCHS ?? 6);
const LR = Number(process.env.LR ?? 0.4);
const L2 = Number(process.env.L2 ?? 1e-5);
const MAX_BUCKETS = Number(process.env.MAX_BUCKETS ?? 12000);
/**
 * Share of training passes in which a line's intent-lexicon features (R:, r:) are hidden. The lexicon was written
 * from these very frames, so it fires on nearly every training line and the n-grams learn little beside it; on new
 * wording the lexicon misses and the n-grams must carry the label alone. Hiding it part of the time makes them learn.
 */
const LEXICON_DROPOUT = Number(process.env.LEXICON_DROPOUT ?? 0.3);
/**
 * The same for the red-flag cue features (F:, f:): the rules raise a flag on their own wherever they fire, so the
 * model's flag weights matter only where the rules miss; hiding the cues part of the time makes the n-grams learn the
 * flag's words too.
 */
const RULE_DROPOUT = Number(process.env.RULE_DROPOUT ?? 0);
/**
 * Share of a line's features hidden at random in each pass (the kept ones scaled up to match): a paraphrase keeps
 * some of a frame's words and loses others, so no single n-gram should carry a label alone.
 */
const FEATURE_DROPOUT = Number(process.env.FEATURE_DROPOUT ?? 0);
/** Compare values of the classifier's per-sentence confidence on dev / CV (unset: the shipped default). */
const SENTENCE = {
  ...(process.env.SENTENCE_CONFIDENCE ? { sentenceConfidence: Number(process.env.SENTENCE_CONFIDENCE) } : {}),
  /** FLAG_GATE=0: compare with model-only red flags that need none of their cues. */
  ...(process.env.FLAG_GATE === '0' ? { flagGate: false } : {}),
  /** MODEL_ALONE=0: compare with intents the model reports when no lexicon cue speaks for them, at any confidence. */
  ...(process.env.MODEL_ALONE ? { modelAloneConfidence: Number(process.env.MODEL_ALONE) } : {}),
};
/** FLAG_RULES_IN_TUNING=1: compare with flag thresholds tuned on the rules' hits and the model together (the earlier way). */
const FLAG_RULES_IN_TUNING = process.env.FLAG_RULES_IN_TUNING === '1';
/** What one false red flag costs against one missed, when a flag's threshold is tuned (a false alarm tells a person their real bank is a scammer). */
const FLAG_FP_COST = Number(process.env.FLAG_FP_COST ?? 4);
const WEIGHTS_OUT = process.env.WEIGHTS_OUT ?? 'lib/phrasing/classify/model/weights.ts';
const DIR = 'tests/phrasing/corpus/generalisation';
const L = MODEL_LABELS.length;
const FLAG_START = L - TEXT_RED_FLAGS.length;

interface Example {
  buckets: Int32Array;
  values: Float64Array;
  /** 1 where the feature is an intent-lexicon score (R:/r:), which training hides part of the time. */
  lexicon: Uint8Array;
  /** 1 where the feature is a red-flag cue or rule flag (F:, f:, ~f:), hidden in RULE_DROPOUT of the passes. */
  cue: Uint8Array;
  y: Uint8Array;
  anyPlain: boolean;
  /** 1 for an intent the classifier sets aside on this line whatever the model says (classify.ts intentRuledOut). */
  ruledOut: Uint8Array;
  /** Red flags the cue rules raise (they stand on their own: ./classify.ts). */
  ruleHits: Set<string>;
  group: string;
}

function featurize(line: { text: string; intents: readonly string[]; redFlags: readonly string[]; frame: string }): Example {
  const n = normalize(line.text);
  const parts = analyseClauses(n);
  const rules = ruleFlags(parts);
  const { buckets, values } = hashedFeatures(n, parts, rules);
  const names = messageFeatures(n, parts, rules);
  const lexicon = Uint8Array.from(names, (f) => (/^[Rr]:/.test(f) ? 1 : 0));
  const cue = Uint8Array.from(names, (f) => (/^(F|~?f):/.test(f) ? 1 : 0));
  const y = new Uint8Array(L);
  MODEL_LABELS.forEach((l, i) => (y[i] = line.intents.includes(l) || line.redFlags.includes(l) ? 1 : 0));
  const scores = intentScores(n);
  const ruledOut = Uint8Array.from(MODEL_LABELS, (l, i) => (i < FLAG_START && intentRuledOut(l as IntentId, n, scores[l as IntentId]) ? 1 : 0));
  return { buckets, values, lexicon, cue, y, anyPlain: parts.some((p) => p.scope === 'plain'), ruledOut, ruleHits: new Set(rules.map((r) => r.flag)), group: line.frame.split('+')[0] ?? '' };
}

const fromOld = (u: LabelledUtterance, i: number, set: string): CorpusLine => ({
  id: `${set}-${i}`,
  lang: u.lang,
  script: u.lang === 'en' ? 'latin' : 'hans',
  text: u.text,
  intents: u.intents,
  redFlags: u.redFlags ?? [],
  frame: `${set}-${i}`,
});

/**
 * How many models, each trained on the same lines in its own order (seeds SEED, SEED + 1000, …), are averaged into the
 * one shipped (and into each fold's, for the thresholds): one model's figures swing with the order it read the lines in
 * (the frozen test split's intent micro-F1 ran 93.4–95.2 % over seeds 7–9), and averaging takes most of that swing out.
 * Three (2026-12-06, seeds 7–9 each): intent micro-F1 up on nine of twelve probe groups, 84.9 → 85.2 % averaged over
 * them (the sealed probes +0.2 to +0.5, the newest −0.3); 5-fold cross-validation 90.2 → 90.3 % (lowest intent recall
 * 84.9 → 85.8 %, one false red flag in 8,760 lines against none). The weights stay the same size (the strongest
 * MAX_BUCKETS buckets of the average); training takes three times as long.
 */
const ENSEMBLE = Number(process.env.ENSEMBLE ?? 3);

function train(examples: readonly Example[]): { w: Float32Array; bias: Float64Array } {
  if (ENSEMBLE <= 1) return trainOnce(examples, SEED);
  const sum = trainOnce(examples, SEED);
  for (let k = 1; k < ENSEMBLE; k++) {
    const m = trainOnce(examples, SEED + 1000 * k);
    for (let i = 0; i < sum.w.length; i++) sum.w[i] = (sum.w[i] as number) + (m.w[i] as number);
    for (let l = 0; l < L; l++) sum.bias[l] = (sum.bias[l] as number) + (m.bias[l] as number);
  }
  for (let i = 0; i < sum.w.length; i++) sum.w[i] = (sum.w[i] as number) / ENSEMBLE;
  for (let l = 0; l < L; l++) sum.bias[l] = (sum.bias[l] as number) / ENSEMBLE;
  return sum;
}

function trainOnce(examples: readonly Example[], seed: number): { w: Float32Array; bias: Float64Array } {
  const w = new Float32Array(BUCKETS * L);
  const g2 = new Float32Array(BUCKETS * L);
  const bias = new Float64Array(L);
  const bg2 = new Float64Array(L);
  const rnd = mulberry32(seed);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(L);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const ex = examples[idx] as Example;
      const nb = ex.buckets.length;
      const hide = LEXICON_DROPOUT > 0 && rnd() < LEXICON_DROPOUT;
      const hideCues = RULE_DROPOUT > 0 && rnd() < RULE_DROPOUT;
      let xs = hide || hideCues ? ex.values.map((v, j) => ((hide && ex.lexicon[j]) || (hideCues && ex.cue[j]) ? 0 : v)) : ex.values;
      if (FEATURE_DROPOUT > 0) xs = xs.map((v) => (rnd() < FEATURE_DROPOUT ? 0 : v / (1 - FEATURE_DROPOUT)));
      z.set(bias);
      for (let j = 0; j < nb; j++) {
        const b = ex.buckets[j] as number;
        const x = xs[j] as number;
        for (let l = 0; l < L; l++) z[l] = (z[l] as number) + (w[b * L + l] as number) * x;
      }
      for (let l = 0; l < L; l++) {
        const g = sigmoid(z[l] as number) - (ex.y[l] as number);
        bg2[l] = (bg2[l] as number) + g * g;
        bias[l] = (bias[l] as number) - (LR * g) / Math.sqrt((bg2[l] as number) + 1e-8);
        for (let j = 0; j < nb; j++) {
          if (xs[j] === 0) continue;
          const k = (ex.buckets[j] as number) * L + l;
          const gk = g * (xs[j] as number) + L2 * (w[k] as number);
          g2[k] = (g2[k] as number) + gk * gk;
          w[k] = (w[k] as number) - (LR * gk) / Math.sqrt((g2[k] as number) + 1e-8);
        }
      }
    }
  }
  return { w, bias };
}

function pack(w: Float32Array, bias: Float64Array, thresholds: number[], meta: ModelData['meta']): ModelData {
  const strength: Array<[number, number]> = [];
  for (let b = 0; b < BUCKETS; b++) {
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(w[b * L + l] as number));
    if (m > 0) strength.push([b, m]);
  }
  const keep = strength.sort((a, b) => b[1] - a[1]).slice(0, MAX_BUCKETS).map(([b]) => b).sort((a, b) => a - b);
  const scale = MODEL_LABELS.map((_, l) => Math.max(1e-9, ...keep.map((b) => Math.abs(w[b * L + l] as number))) / 127);
  const idx = new Uint8Array(keep.length * 4);
  const q = new Int8Array(keep.length * L);
  keep.forEach((b, i) => {
    idx[4 * i] = b & 255;
    idx[4 * i + 1] = (b >>> 8) & 255;
    idx[4 * i + 2] = (b >>> 16) & 255;
    idx[4 * i + 3] = (b >>> 24) & 255;
    for (let l = 0; l < L; l++) q[i * L + l] = Math.max(-127, Math.min(127, Math.round((w[b * L + l] as number) / (scale[l] as number))));
  });
  return {
    version: 1,
    labels: [...MODEL_LABELS],
    bias: Array.from(bias, (v) => Math.round(v * 1e4) / 1e4),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    thresholds,
    index: Buffer.from(idx).toString('base64'),
    weights: Buffer.from(q.buffer).toString('base64'),
    meta,
  };
}

/** Per-label thresholds on dev, scored with the packed (quantised) weights the panel will use. */
function probabilities(data: ModelData, lines: readonly CorpusLine[]): number[][] {
  const model = loadModel(data);
  return lines.map((line) => {
    const n = normalize(line.text);
    const parts = analyseClauses(n);
    return Array.from(model.logits(hashedFeatures(n, parts, ruleFlags(parts))).z, sigmoid);
  });
}

function tuneThresholds(data: ModelData, dev: readonly CorpusLine[], devEx: readonly Example[]): number[] {
  return thresholdsFrom(probabilities(data, dev), devEx);
}

function thresholdsFrom(probs: readonly number[][], devEx: readonly Example[]): number[] {
  const grid: number[] = [];
  for (let t = 0.05; t < 0.951; t += 0.025) grid.push(Math.round(t * 1000) / 1000);
  return MODEL_LABELS.map((_, l) => {
    let best = 0.5;
    let bestCost = Infinity;
    for (const t of grid) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      probs.forEach((p, i) => {
        const ex = devEx[i] as Example;
        const label = MODEL_LABELS[l] as string;
        // A red flag's threshold is the model's alone: the cue rules were written from these very lines and raise
        // nearly all their flags, so counting the rules' hits left the model only the few lines they miss, and its
        // threshold rose with every rule added (remote control 0.275 → 0.35), just where new wording needs the model.
        // Tuned on the model alone (2026-12-05), the sealed probes' red flags went 83.7 → 85.0 % with the same 3
        // false of 593 genuine lines.
        const got = l < FLAG_START ? (p[l] as number) >= t && ex.ruledOut[l] !== 1 : FLAG_RULES_IN_TUNING ? ex.ruleHits.has(label) || ((p[l] as number) >= t && ex.anyPlain) : (p[l] as number) >= t && ex.anyPlain;
        if (got && ex.y[l]) tp++;
        else if (got) fp++;
        else if (ex.y[l]) fn++;
      });
      const cost = l < FLAG_START ? -(2 * tp) / (2 * tp + fp + fn || 1) : fn + FLAG_FP_COST * fp;
      if (cost < bestCost - 1e-12 || (Math.abs(cost - bestCost) < 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
        bestCost = cost;
        best = t;
      }
    }
    return best;
  });
}

function main(): void {
  const t0 = Date.now();
  // Writers of whole lines (corpus README) train like the train split's lines, each a writer of its own.
  const trainLines = [...trainSplit(), ...LINE_WRITERS.flatMap(([, , file]) => readCorpus(`${DIR}/${file}`))];
  const devLines = readCorpus(`${DIR}/dev.jsonl`);
  const old = [
    ...AGENT_UTTERANCES.map((u, i) => fromOld(u, i, 'agent-utterances')),
    ...HELD_OUT.map((u, i) => fromOld(u, i, 'held-out')),
    ...FRESH.map((u, i) => fromOld(u, i, 'fresh')),
    ...UNSEEN.map((u, i) => fromOld(u, i, 'unseen')),
  ];
  const trainEx = [...trainLines, ...old].map(featurize);
  const devEx = devLines.map(featurize);

  if (process.argv.includes('--dev')) {
    devErrors(devLines, trainEx, devEx);
    return;
  }
  if (process.argv.includes('--writers')) {
    crossWriter([...trainLines, ...devLines], [...trainEx.slice(0, trainLines.length), ...devEx], trainEx.slice(trainLines.length));
    console.log(`cross-writer validation done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return;
  }
  if (process.argv.includes('--cv')) {
    crossValidate([...trainLines, ...devLines], [...trainEx.slice(0, trainLines.length), ...devEx], trainEx.slice(trainLines.length));
    console.log(`cross-validation done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return;
  }

  // Thresholds from out-of-fold probabilities: three folds of train+dev grouped by frame, so each line is scored by a
  // model that never saw its frame — the confidence the panel will meet on new wording, not on familiar frames.
  const lines = [...trainLines, ...devLines];
  const ex = [...trainEx.slice(0, trainLines.length), ...devEx];
  const oldEx = trainEx.slice(trainLines.length);
  const groups = [...new Set(ex.map((e) => e.group))].sort();
  const rnd = mulberry32(SEED + 2);
  const foldOf = new Map(groups.map((g) => [g, Math.floor(rnd() * 3)] as const));
  const oof: number[][] = lines.map(() => []);
  for (let k = 0; k < 3; k++) {
    const held = lines.map((_, i) => foldOf.get((ex[i] as Example).group) === k);
    const m = train([...ex.filter((_, i) => !held[i]), ...oldEx]);
    const heldIdx = lines.flatMap((_, i) => (held[i] ? [i] : []));
    const probs = probabilities(pack(m.w, m.bias, MODEL_LABELS.map(() => 0.5), {}), heldIdx.map((i) => lines[i] as CorpusLine));
    heldIdx.forEach((i, j) => (oof[i] = probs[j] as number[]));
  }
  const thresholds = thresholdsFrom(oof, ex);
  const { w, bias } = train([...ex, ...oldEx]);
  const meta = {
    trainedOn: `${trainLines.length} train + ${devLines.length} dev lines + ${old.length} older corpus lines`,
    thresholdsFrom: 'out-of-fold probabilities, 3 folds of train+dev grouped by frame',
    seed: SEED,
    ensemble: ENSEMBLE,
    epochs: EPOCHS,
  };
  const data = pack(w, bias, thresholds, meta);
  // Out-of-fold figures at those thresholds (the final model has seen every train/dev line, so dev is no check).
  const oofRep = evaluateProbs(lines, ex, oof, thresholds);
  console.log(`out-of-fold on train+dev (3 folds by frame): intent micro-F1 ${(oofRep.f1 * 100).toFixed(1)}%, lowest intent recall ${(oofRep.minRecall * 100).toFixed(1)}%, red-flag recall ${(oofRep.flagRecall * 100).toFixed(1)}%, false red flags ${oofRep.falseFlags}/${oofRep.legit}`);
  const body = `/** Generated by tests/phrasing/classifier/train.ts (npm run train:classifier); do not edit by hand. */
import type { ModelData } from '../model';

export const MODEL_DATA: ModelData = ${JSON.stringify(data)};
`;
  writeFileSync(WEIGHTS_OUT, body);
  console.log(formatReport('dev (in-sample now: a sanity check, not a quality figure)', evaluate(devLines, createClassifier(data))));
  console.log(`thresholds ${MODEL_LABELS.map((l, i) => `${l}=${data.thresholds[i]}`).join(' ')}`);
  console.log(`weights: ${(body.length / 1024).toFixed(0)} KB; trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * Error analysis (`-- --dev`): trained on train (+ older corpora) only, thresholds from 3-fold out-of-fold
 * probabilities on train, then every dev line it gets wrong is printed. Dev only; the shipped weights are untouched.
 */
function devErrors(devLines: readonly CorpusLine[], trainEx: readonly Example[], devEx: readonly Example[]): void {
  const own = trainEx.filter((e) => !e.group.includes('-'));
  const oldEx = trainEx.filter((e) => e.group.includes('-'));
  const groups = [...new Set(own.map((e) => e.group))].sort();
  const rnd = mulberry32(SEED + 3);
  const foldOf = new Map(groups.map((g) => [g, Math.floor(rnd() * 3)] as const));
  const oof: number[][] = own.map(() => []);
  for (let k = 0; k < 3; k++) {
    const held = own.map((e) => foldOf.get(e.group) === k);
    const m = train([...own.filter((_, i) => !held[i]), ...oldEx]);
    const probe = pack(m.w, m.bias, MODEL_LABELS.map(() => 0.5), {});
    const model = loadModel(probe);
    own.forEach((e, i) => {
      if (held[i]) oof[i] = Array.from(model.logits(e).z, sigmoid);
    });
  }
  const thresholds = thresholdsFrom(oof, own);
  const m = train(trainEx);
  const classify = createClassifier(pack(m.w, m.bias, thresholds, {}), SENTENCE);
  const rep = evaluate(devLines, classify);
  console.log(formatReport('dev (model trained on train only)', rep));
  devLines.forEach((line, i) => {
    const c = classify(line.text);
    const got = [...c.intents, ...c.redFlags].sort().join(',');
    const want = [...line.intents, ...line.redFlags].sort().join(',');
    if (got !== want) console.log(`✗ [${want}] → [${got}] ${line.text}`);
    void devEx[i];
  });
}

/** Figures from out-of-fold probabilities at given thresholds, with the classifier's red-flag rule override. */
function evaluateProbs(lines: readonly CorpusLine[], ex: readonly Example[], probs: readonly number[][], t: readonly number[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ftp = 0;
  let ffn = 0;
  let falseFlags = 0;
  let legit = 0;
  const hit = new Array<number>(MODEL_LABELS.length).fill(0);
  const support = new Array<number>(MODEL_LABELS.length).fill(0);
  lines.forEach((line, i) => {
    const e = ex[i] as Example;
    const p = probs[i] as number[];
    let anyFlag = false;
    MODEL_LABELS.forEach((label, l) => {
      const want = e.y[l] === 1;
      const got = l < FLAG_START ? (p[l] as number) >= (t[l] as number) && e.ruledOut[l] !== 1 : e.ruleHits.has(label) || ((p[l] as number) >= (t[l] as number) && e.anyPlain);
      if (l >= FLAG_START && got) anyFlag = true;
      if (want) support[l] = (support[l] ?? 0) + 1;
      if (want && got) hit[l] = (hit[l] ?? 0) + 1;
      if (l < FLAG_START) {
        if (want && got) tp++;
        else if (got) fp++;
        else if (want) fn++;
      } else if (want) {
        if (got) ftp++;
        else ffn++;
      }
    });
    if (line.redFlags.length === 0) {
      legit++;
      if (anyFlag) falseFlags++;
    }
  });
  const minRecall = Math.min(...support.slice(0, FLAG_START).map((n, l) => (n ? (hit[l] ?? 0) / n : 1)));
  return { f1: (2 * tp) / (2 * tp + fp + fn || 1), minRecall, flagRecall: ftp / (ftp + ffn || 1), falseFlags, legit };
}

/**
 * Who wrote each frame. Frames of one writer share habits (sentence skeletons, favourite words), so a fold of frames
 * still shares them with its training folds; leaving a whole writer out is the nearest this corpus comes to a bank
 * agent nobody here has read.
 */
const WRITERS: ReadonlyArray<readonly [string, ReadonlyArray<readonly ['zh' | 'en', ReadonlyArray<readonly [string, string]>]>]> = [
  ['first (split frames and their follow-ups)', [['zh', ZH], ['zh', ZH_MORE], ['en', EN], ['en', EN_MORE]]],
  ['second (extra)', [['zh', ZH_EXTRA], ['en', EN_EXTRA]]],
  ['third (supp)', [['zh', ZH_SUPP], ['en', EN_SUPP]]],
  ['fourth (supp2)', [['zh', ZH_SUPP2], ['en', EN_SUPP2]]],
];
/** Lines written whole, without frames: name, the prefix of their `frame`, and their file in DIR. */
const LINE_WRITERS: ReadonlyArray<readonly [string, string, string]> = [
  ['sixth (lines)', 'w6-', 'sixth-writer.jsonl'],
  ['seventh (lines)', 'w7-', 'seventh-writer.jsonl'],
  ['eighth (lines)', 'w8-', 'eighth-writer.jsonl'],
  ['ninth (lines)', 'w9-', 'ninth-writer.jsonl'],
  ['eleventh (lines)', 'w11-', 'eleventh-writer.jsonl'],
  ['twelfth (lines)', 'w12-', 'twelfth-writer.jsonl'],
  ['thirteenth (lines)', 'w13-', 'thirteenth-writer.jsonl'],
];

/**
 * Cross-writer validation on train+dev: for each writer, a model trained on the others (thresholds tuned on an inner
 * fifth of them) scores that writer's lines. A turn joined from two writers' frames is left out of both sides.
 */
function crossWriter(lines: readonly CorpusLine[], ex: readonly Example[], oldEx: readonly Example[]): void {
  const writerOf = new Map<string, string>();
  for (const [name, sets] of WRITERS) for (const [lang, frames] of sets) for (const f of frames) writerOf.set(frameId(lang, f), name);
  const byPrefix = (f: string) => LINE_WRITERS.find(([, prefix]) => f.startsWith(prefix))?.[0];
  const writersOf = (line: CorpusLine) => new Set(line.frame.split('+').map((f) => writerOf.get(f) ?? byPrefix(f) ?? '?'));
  const rnd = mulberry32(SEED + 4);
  const rows: Array<[string, ReturnType<typeof evaluate>]> = [];
  for (const name of [...WRITERS.map(([n]) => n), ...LINE_WRITERS.map(([n]) => n)]) {
    const held = lines.map((l) => writersOf(l).has(name));
    const heldLines = lines.filter((l, i) => held[i] && writersOf(l).size === 1);
    const trainPart = [...ex.filter((_, i) => !held[i]), ...oldEx];
    const groups = [...new Set(trainPart.map((e) => e.group))];
    const inner = new Set(groups.filter(() => rnd() < 0.2));
    const innerModel = train(trainPart.filter((e) => !inner.has(e.group)));
    const innerIdx = lines.flatMap((_, i) => (!held[i] && inner.has((ex[i] as Example).group) ? [i] : []));
    const thresholds = tuneThresholds(pack(innerModel.w, innerModel.bias, MODEL_LABELS.map(() => 0.5), {}), innerIdx.map((i) => lines[i] as CorpusLine), innerIdx.map((i) => ex[i] as Example));
    const { w, bias } = train(trainPart);
    const rep = evaluate(heldLines, createClassifier(pack(w, bias, thresholds, {}), SENTENCE));
    rows.push([name, rep]);
    console.log(formatReport(`writer left out: ${name}`, rep));
    for (const f of rep.falseFlagLines) console.log(`  false red flag: ${f}`);
  }
  const mean = (f: (r: ReturnType<typeof evaluate>) => number) => (rows.reduce((a, [, r]) => a + f(r), 0) / rows.length * 100).toFixed(1);
  console.log(`cross-writer mean: intent micro-F1 ${mean((r) => r.intentMicroF1)}%, lowest intent recall ${mean((r) => r.minIntentRecall)}%, red-flag recall ${mean((r) => r.flagRecall)}%, false red flags ${rows.reduce((a, [, r]) => a + r.falseFlagLines.length, 0)}/${rows.reduce((a, [, r]) => a + r.legitLines, 0)}`);
}

/** 5 folds over train+dev grouped by sentence frame; the older corpora stay in every training fold. */
function crossValidate(lines: readonly CorpusLine[], ex: readonly Example[], oldEx: readonly Example[]): void {
  const groups = [...new Set(ex.map((e) => e.group))];
  const rnd = mulberry32(SEED + 1);
  const foldOf = new Map(groups.map((g) => [g, Math.floor(rnd() * 5)] as const));
  const rows: Array<ReturnType<typeof evaluate>> = [];
  for (let k = 0; k < 5; k++) {
    const inFold = ex.map((e) => foldOf.get(e.group) === k);
    const trainPart = [...ex.filter((_, i) => !inFold[i]), ...oldEx];
    const testPart = lines.filter((_, i) => inFold[i]);
    // thresholds tuned on an inner fifth of the training folds, never on the held-out fold
    const innerGroups = new Set(groups.filter((g) => foldOf.get(g) !== k && rnd() < 0.2));
    const innerTrain = trainPart.filter((e) => !innerGroups.has(e.group));
    const innerDevLines = lines.filter((_, i) => !inFold[i] && innerGroups.has((ex[i] as Example).group));
    const innerDevEx = ex.filter((e, i) => !inFold[i] && innerGroups.has(e.group));
    const inner = train(innerTrain);
    const thresholds = tuneThresholds(pack(inner.w, inner.bias, MODEL_LABELS.map(() => 0.5), {}), innerDevLines, innerDevEx);
    const { w, bias } = train(trainPart);
    const rep = evaluate(testPart, createClassifier(pack(w, bias, thresholds, {}), SENTENCE));
    rows.push(rep);
    for (const f of rep.falseFlagLines) console.log(`  false red flag (train/dev line): ${f}`);
    console.log(`fold ${k + 1}: ${rep.lines} lines, intent micro-F1 ${(rep.intentMicroF1 * 100).toFixed(1)}%, lowest intent recall ${(rep.minIntentRecall * 100).toFixed(1)}%, red-flag recall ${(rep.flagRecall * 100).toFixed(1)}%, false red flags ${rep.falseFlagLines.length}/${rep.legitLines}`);
  }
  const pooled = evaluate([], () => ({ intents: [], redFlags: [], confidence: {} }));
  for (const r of rows) for (const [l, c] of Object.entries(r.perLabel)) {
    const k = pooled.perLabel[l];
    if (k) {
      k.tp += c.tp;
      k.fp += c.fp;
      k.fn += c.fn;
    }
  }
  const sum = (ls: readonly string[], k: 'tp' | 'fp' | 'fn') => ls.reduce((a, l) => a + (pooled.perLabel[l]?.[k] ?? 0), 0);
  const intents = MODEL_LABELS.slice(0, FLAG_START);
  const flags = MODEL_LABELS.slice(FLAG_START);
  const tp = sum(intents, 'tp');
  Object.assign(pooled, {
    lines: rows.reduce((a, r) => a + r.lines, 0),
    intentMicroF1: (2 * tp) / (2 * tp + sum(intents, 'fp') + sum(intents, 'fn') || 1),
    minIntentRecall: Math.min(...intents.map((l) => { const c = pooled.perLabel[l]; return c && c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 1; })),
    flagRecall: sum(flags, 'tp') / (sum(flags, 'tp') + sum(flags, 'fn') || 1),
    falseFlagLines: rows.flatMap((r) => r.falseFlagLines),
    legitLines: rows.reduce((a, r) => a + r.legitLines, 0),
  });
  pooled.falseFlagRate = pooled.falseFlagLines.length / (pooled.legitLines || 1);
  console.log(formatReport('5 folds pooled', pooled));
  const mean = (f: (r: ReturnType<typeof evaluate>) => number) => rows.reduce((a, r) => a + f(r), 0) / rows.length;
  const sd = (f: (r: ReturnType<typeof evaluate>) => number) => Math.sqrt(rows.reduce((a, r) => a + (f(r) - mean(f)) ** 2, 0) / rows.length);
  const show = (name: string, f: (r: ReturnType<typeof evaluate>) => number) => console.log(`  ${name}: ${(mean(f) * 100).toFixed(1)}% ± ${(sd(f) * 100).toFixed(1)}`);
  console.log('5-fold CV on train+dev (grouped by frame), mean ± sd:');
  show('intent micro-F1', (r) => r.intentMicroF1);
  show('lowest intent recall', (r) => r.minIntentRecall);
  show('red-flag recall', (r) => r.flagRecall);
  show('false red-flag rate', (r) => r.falseFlagRate);
}

main();
