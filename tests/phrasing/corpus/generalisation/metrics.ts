/** Per-label precision / recall / support and the bars' aggregate figures for the generalisation corpus. */

import { INTENTS, TEXT_RED_FLAGS, type Classification } from '../../../../lib/phrasing/types';
import type { CorpusLine } from './corpus-line';

export interface LabelCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Report {
  lines: number;
  perLabel: Record<string, LabelCounts>;
  intentMicroF1: number;
  minIntentRecall: number;
  flagRecall: number;
  /** Legitimate lines (no gold red flag) on which any red flag was raised. */
  falseFlagLines: string[];
  legitLines: number;
  falseFlagRate: number;
}

const p = (c: LabelCounts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const r = (c: LabelCounts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

export function evaluate(lines: readonly CorpusLine[], classify: (text: string) => Classification): Report {
  const labels = [...INTENTS, ...TEXT_RED_FLAGS] as string[];
  const perLabel = Object.fromEntries(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<string, LabelCounts>;
  const falseFlagLines: string[] = [];
  let legit = 0;
  for (const line of lines) {
    const c = classify(line.text);
    const got = new Set<string>([...c.intents, ...c.redFlags]);
    const want = new Set<string>([...line.intents, ...line.redFlags]);
    for (const l of labels) {
      const k = perLabel[l] as LabelCounts;
      if (want.has(l) && got.has(l)) k.tp++;
      else if (got.has(l)) k.fp++;
      else if (want.has(l)) k.fn++;
    }
    if (line.redFlags.length === 0) {
      legit++;
      if (c.redFlags.length > 0) falseFlagLines.push(`${line.text}  → ${c.redFlags.join(',')}`);
    }
  }
  const sum = (ls: readonly string[], key: keyof LabelCounts) => ls.reduce((a, l) => a + (perLabel[l]?.[key] ?? 0), 0);
  const itp = sum(INTENTS, 'tp');
  const ifp = sum(INTENTS, 'fp');
  const ifn = sum(INTENTS, 'fn');
  const ftp = sum(TEXT_RED_FLAGS, 'tp');
  const ffn = sum(TEXT_RED_FLAGS, 'fn');
  return {
    lines: lines.length,
    perLabel,
    intentMicroF1: (2 * itp) / (2 * itp + ifp + ifn || 1),
    minIntentRecall: Math.min(...INTENTS.map((i) => r(perLabel[i] as LabelCounts))),
    flagRecall: ftp / (ftp + ffn || 1),
    falseFlagLines,
    legitLines: legit,
    falseFlagRate: falseFlagLines.length / (legit || 1),
  };
}

export function formatReport(title: string, rep: Report): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = [
    `${title}: ${rep.lines} lines — intent micro-F1 ${pct(rep.intentMicroF1)}, lowest intent recall ${pct(rep.minIntentRecall)}, ` +
      `red-flag recall ${pct(rep.flagRecall)}, false red flags ${rep.falseFlagLines.length}/${rep.legitLines} legitimate lines (${pct(rep.falseFlagRate)})`,
    `${'label'.padEnd(24)}${'precision'.padStart(10)}${'recall'.padStart(9)}${'support'.padStart(9)}`,
  ];
  for (const [l, c] of Object.entries(rep.perLabel)) {
    const name = (TEXT_RED_FLAGS as readonly string[]).includes(l) ? `⚑ ${l}` : l;
    rows.push(`${name.padEnd(24)}${pct(p(c)).padStart(10)}${pct(r(c)).padStart(9)}${String(c.tp + c.fn).padStart(9)}`);
  }
  return rows.join('\n');
}
