/**
 * The shipped linear model: one-vs-rest logistic regression over hashed features (./features.ts), trained by
 * tests/phrasing/classifier/train.ts and stored in ./model/weights.ts as compact base64 (sorted bucket ids as uint32, then
 * one int8 weight per label per bucket with a per-label scale). Only buckets that carry weight are stored.
 */

import { bucketOf, featureValues, type HashedFeatures } from './features';

export interface ModelData {
  version: 1;
  /** Output labels: intent ids, then red-flag ids. */
  labels: string[];
  bias: number[];
  /** int8 → float scale per label. */
  scale: number[];
  /** Probability a label needs, per label (tuned on the dev split). */
  thresholds: number[];
  /** base64 of little-endian uint32 bucket ids, ascending. */
  index: string;
  /** base64 of int8 weights, labels.length per bucket, in index order. */
  weights: string;
  /** How the weights were made (corpus sizes, seed, date), for people reading the file. */
  meta: Record<string, string | number>;
}

/**
 * One clause's (or the message-level features') weight sums per label, kept apart so sentences can reuse them. A plain
 * array, not a Float64Array: a typed array of doubles this size gets a buffer outside the JS heap, and allocating and
 * collecting those for every clause was a tenth of classify()'s time (the sums are of int8 weights: exact either way).
 */
export interface PartialSums {
  /**
   * [l]: Σ weight of the n-gram features (they enter scaled by 1/√(n-grams of the whole text read));
   * [L + l]: Σ weight of the rule features (full strength).
   */
  weights: number[];
  /** Bit l: an n-gram feature has a positive weight for label l. */
  gramSupport: number;
  /** Bit l: a rule feature has. */
  ruleSupport: number;
  grams: number;
}

export interface LoadedModel {
  labels: readonly string[];
  thresholds: readonly number[];
  /**
   * Weight sums of the features `walk` hands over one by one (bucket id, and whether it is a rule feature), or as
   * sums already made of some of them (`addSums`: the same total as adding those features one by one).
   */
  sumsOf(walk: (add: (bucket: number, rule: boolean) => void, addSums: (sums: PartialSums) => void) => void): PartialSums;
  /** Logits of a text made of these pieces: the same as logits() over their features joined. */
  combine(pieces: readonly PartialSums[]): { z: number[]; supported: Uint8Array };
  /** Logit per label for a message's hashed features, and whether any feature speaks for the label (1) or only the bias. */
  logits(features: HashedFeatures): { z: Float64Array; supported: Uint8Array };
  /** Features with the largest positive contribution to one label, strongest first. */
  topFeatures(features: readonly string[], label: number, k: number): string[];
}

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function loadModel(data: ModelData): LoadedModel {
  const L = data.labels.length;
  if (data.version !== 1 || data.bias.length !== L || data.scale.length !== L || data.thresholds.length !== L) {
    throw new Error('classifier weights: malformed model data');
  }
  const idxBytes = decodeBase64(data.index);
  const ids: number[] = [];
  for (let i = 0; i + 3 < idxBytes.length; i += 4) {
    ids.push(((idxBytes[i] ?? 0) | ((idxBytes[i + 1] ?? 0) << 8) | ((idxBytes[i + 2] ?? 0) << 16) | ((idxBytes[i + 3] ?? 0) << 24)) >>> 0);
  }
  const w = new Int8Array(decodeBase64(data.weights).buffer);
  if (w.length !== ids.length * L) throw new Error('classifier weights: index and weights disagree');
  if (L > 31) throw new Error('classifier weights: more labels than a support bitmask holds');
  // Per row, the labels its weights speak for (bit l: weight > 0): a lookup ORs one integer instead of testing L weights.
  const positive = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    let bits = 0;
    for (let l = 0; l < L; l++) if ((w[i * L + l] as number) > 0) bits |= 1 << l;
    positive[i] = bits;
  }
  // Bucket → weight row, as an open-addressing table of typed arrays: every message looks up a few hundred buckets,
  // and a Map's boxed lookups were the largest share of classify()'s time.
  const size = 1 << Math.ceil(Math.log2(Math.max(2, ids.length * 2)));
  const keys = new Int32Array(size).fill(-1);
  const rows = new Int32Array(size);
  const slot = (b: number) => {
    let h = Math.imul(b, 0x9e3779b1) >>> 0;
    for (;;) {
      h &= size - 1;
      const k = keys[h] as number;
      if (k === b || k === -1) return h;
      h++;
    }
  };
  ids.forEach((b, i) => {
    const h = slot(b);
    keys[h] = b;
    rows[h] = i * L;
  });
  const rowOf = (b: number): number | undefined => {
    const h = slot(b);
    return keys[h] === b ? (rows[h] as number) : undefined;
  };
  function logits({ buckets, values }: HashedFeatures): { z: Float64Array; supported: Uint8Array } {
    const z = Float64Array.from(data.bias);
    const acc = new Float64Array(L);
    const supported = new Uint8Array(L);
    for (let i = 0; i < buckets.length; i++) {
      const r = rowOf(buckets[i] as number);
      if (r === undefined) continue;
      const xi = values[i] as number;
      if (xi <= 0) continue;
      for (let l = 0; l < L; l++) {
        const wl = w[r + l] as number;
        acc[l] = (acc[l] as number) + wl * xi;
        if (wl > 0) supported[l] = 1;
      }
    }
    for (let l = 0; l < L; l++) z[l] = (z[l] ?? 0) + (acc[l] ?? 0) * (data.scale[l] ?? 0);
    return { z, supported };
  }

  const emptySums = (): PartialSums => ({ weights: new Array<number>(2 * L).fill(0), gramSupport: 0, ruleSupport: 0, grams: 0 });

  function add(out: PartialSums, bucket: number, rule: boolean): void {
    if (!rule) out.grams++;
    const r = rowOf(bucket);
    if (r === undefined) return;
    const { weights } = out;
    const at = rule ? L : 0;
    for (let l = 0; l < L; l++) weights[at + l] = (weights[at + l] as number) + (w[r + l] as number);
    const bits = positive[r / L] as number;
    if (rule) out.ruleSupport |= bits;
    else out.gramSupport |= bits;
  }

  function addSums(out: PartialSums, sums: PartialSums): void {
    const { weights } = out;
    for (let l = 0; l < 2 * L; l++) weights[l] = (weights[l] as number) + (sums.weights[l] as number);
    out.gramSupport |= sums.gramSupport;
    out.ruleSupport |= sums.ruleSupport;
    out.grams += sums.grams;
  }

  function sumsOf(walk: (add: (bucket: number, rule: boolean) => void, addSums: (sums: PartialSums) => void) => void): PartialSums {
    const out = emptySums();
    walk(
      (bucket, rule) => add(out, bucket, rule),
      (sums) => addSums(out, sums),
    );
    return out;
  }

  function combine(pieces: readonly PartialSums[]): { z: number[]; supported: Uint8Array } {
    let grams = 0;
    for (const p of pieces) grams += p.grams;
    const x = grams > 0 ? 1 / Math.sqrt(grams) : 0;
    const z = data.bias.slice();
    const supported = new Uint8Array(L);
    for (let l = 0; l < L; l++) {
      let gram = 0;
      let rule = 0;
      for (const p of pieces) {
        gram += p.weights[l] as number;
        rule += p.weights[L + l] as number;
        if (((p.ruleSupport | (x > 0 ? p.gramSupport : 0)) >>> l) & 1) supported[l] = 1;
      }
      z[l] = (z[l] as number) + (gram * x + rule) * (data.scale[l] ?? 0);
    }
    return { z, supported };
  }

  function topFeatures(features: readonly string[], label: number, k: number): string[] {
    const best = new Map<string, number>();
    const x = featureValues(features);
    features.forEach((f, i) => {
      const r = rowOf(bucketOf(f));
      const v = (r === undefined ? 0 : w[r + label] ?? 0) * (x[i] ?? 0);
      if (v > 0) best.set(f, (best.get(f) ?? 0) + v);
    });
    return [...best].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f]) => f);
  }

  return { labels: data.labels, thresholds: data.thresholds, logits, sumsOf, combine, topFeatures };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
