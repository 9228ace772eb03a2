/** One labelled agent line of the generalisation corpus, as in dev.jsonl and test.jsonl (train lines: splits.ts). */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IntentId, TextRedFlagId } from '../../../../lib/phrasing/types';

export interface CorpusLine {
  id: string;
  lang: 'zh' | 'en';
  /** hans = Simplified Chinese, hant = Traditional Chinese, latin = English. */
  script: 'hans' | 'hant' | 'latin';
  text: string;
  /** Every intent that applies (a set; answer-first order is the classifier's job). */
  intents: IntentId[];
  /** Every red flag that applies. */
  redFlags: TextRedFlagId[];
  /** scam, or the kind of hard negative: warn, neg, attr, policy, plain. */
  kind?: string;
  /** Hash of the sentence frame(s) the line came from; joined by + for a multi-sentence turn. */
  frame: string;
}

export function readCorpus(path: string): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLine);
}

/** Deterministic PRNG for the corpus builder and the trainer. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence frame's id: its language, tags and text hashed (the split manifest and every line's `frame` use it). */
export const frameId = (lang: string, frame: readonly [string, string]): string =>
  createHash('sha256').update(`${lang}\u0000${frame[0]}\u0000${frame[1]}`).digest('hex').slice(0, 12);
