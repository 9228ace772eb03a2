/** Reads a split of the generalisation corpus as scorer entries; every line is judged on the corpus's "today". */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOW, type CorpusEntry } from '../offers';
import type { Line } from './lines';

export const DIR = dirname(fileURLToPath(import.meta.url));
export type Split = 'train' | 'dev' | 'test';

export function splitPath(split: Split): string {
  return join(DIR, `${split}.json`);
}

export function loadSplit(split: Split): CorpusEntry[] {
  const rows = JSON.parse(readFileSync(splitPath(split), 'utf8')) as Array<Line & { id: string }>;
  return rows.map((l) => ({ id: l.id, lang: l.lang, text: l.text, opts: { ...l.opts, now: NOW }, expect: l.expect }));
}
