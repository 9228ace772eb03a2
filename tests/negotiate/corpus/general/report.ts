/**
 * Development report on train or dev (never test): `npx tsx tests/negotiate/corpus/general/report.ts dev`.
 * Prints the per-field score and every line the parser gets wrong, false offers first.
 */

import { parseOffer } from '../../../../lib/negotiate/index';
import { formatScore, scoreCorpus } from '../score';
import { loadSplit, type Split } from './load';

const split = (process.argv[2] ?? 'dev') as Split;
if (split !== 'train' && split !== 'dev') {
  console.error('report.ts reads train or dev only: the test split is not looked at while rules change.');
  process.exit(1);
}
const entries = loadSplit(split);
const score = scoreCorpus(entries, (e) => parseOffer(e.text, e.opts));
const byId = new Map(entries.map((e) => [e.id, e]));
const misses = [...score.misses].sort((a, b) => Number(b.expected.length === 0) - Number(a.expected.length === 0));
for (const m of misses) {
  console.log(`${m.id} ${byId.get(m.id)!.text}\n  expected ${JSON.stringify(m.expected)}\n  got      ${JSON.stringify(m.got)}`);
}
console.log(formatScore(score, `generalisation corpus, ${split}`));
