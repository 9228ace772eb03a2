/** Accuracy bookkeeping for the labelled corpora: primary-intent exact match and per-intent precision / recall. */

import { classifyAgentMessage } from '../../../lib/phrasing/classify/classify';
import { INTENTS, TEXT_RED_FLAGS, type IntentId, type TextRedFlagId } from '../../../lib/phrasing/types';
import type { LabelledUtterance } from './agent-utterances';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  total: number;
  primaryCorrect: number;
  perIntent: Record<IntentId, Counts>;
  perFlag: Record<TextRedFlagId, Counts>;
  /** Utterances whose primary intent was wrong, for the failure message. */
  misses: string[];
  /** Red flags raised on a genuine safety warning. */
  warningFlags: string[];
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scoreCorpus(corpus: readonly LabelledUtterance[]): CorpusScore {
  const perIntent = Object.fromEntries(INTENTS.map((i) => [i, empty()])) as Record<IntentId, Counts>;
  const perFlag = Object.fromEntries(TEXT_RED_FLAGS.map((f) => [f, empty()])) as Record<TextRedFlagId, Counts>;
  let primaryCorrect = 0;
  const misses: string[] = [];
  const warningFlags: string[] = [];
  for (const u of corpus) {
    const c = classifyAgentMessage(u.text);
    const want = u.intents[0] ?? null;
    const got = c.intents[0] ?? null;
    if (want === got) primaryCorrect++;
    else misses.push(`${u.text}  → want ${want ?? '∅'}, got ${got ?? '∅'}`);
    for (const i of INTENTS) {
      const w = u.intents.includes(i);
      const g = c.intents.includes(i);
      if (w && g) perIntent[i].tp++;
      else if (g) perIntent[i].fp++;
      else if (w) perIntent[i].fn++;
    }
    const wantFlags = u.redFlags ?? [];
    for (const f of TEXT_RED_FLAGS) {
      const w = wantFlags.includes(f);
      const g = c.redFlags.includes(f);
      if (w && g) perFlag[f].tp++;
      else if (g) perFlag[f].fp++;
      else if (w) perFlag[f].fn++;
    }
    if (u.kind === 'warning' && c.redFlags.length > 0) warningFlags.push(`${u.text} → ${c.redFlags.join(',')}`);
  }
  return { total: corpus.length, primaryCorrect, perIntent, perFlag, misses, warningFlags };
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

export function formatTable(title: string, s: CorpusScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const rows = [`${title}: primary intent exact match ${s.primaryCorrect}/${s.total} = ${pct(s.primaryCorrect / s.total).trim()}`];
  rows.push(`${'intent / red flag'.padEnd(22)}${'support'.padStart(8)}${'precision'.padStart(11)}${'recall'.padStart(9)}`);
  const line = (name: string, c: Counts) =>
    `${name.padEnd(22)}${String(c.tp + c.fn).padStart(8)}${pct(precision(c)).padStart(11)}${pct(recall(c)).padStart(9)}`;
  for (const [i, c] of Object.entries(s.perIntent)) rows.push(line(i, c));
  for (const [f, c] of Object.entries(s.perFlag)) rows.push(line(`⚑ ${f}`, c));
  return rows.join('\n');
}
