/**
 * Scores the classifier on a probe: labelled lines written by someone who never read the corpus, the nearest thing
 * here to a new bank's agent. `npx tsx tests/phrasing/classifier/probe.ts <file.jsonl> [--errors] [--weights path]`.
 * The probe's open half (tests/phrasing/corpus/probe/open.jsonl) may be read to find what kind of wording is missed;
 * its sealed half is only ever scored in aggregate, like the test split.
 */

import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createClassifier } from '../../../lib/phrasing/classify/classify';
import type { ModelData } from '../../../lib/phrasing/classify/model';
import { MODEL_DATA } from '../../../lib/phrasing/classify/model/weights';
import { readCorpus } from '../corpus/generalisation/corpus-line';
import { evaluate, formatReport } from '../corpus/generalisation/metrics';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: probe.ts <file.jsonl> [--errors] [--weights path/to/weights.ts]');
  const at = args.indexOf('--weights');
  const data: ModelData = at >= 0 && args[at + 1]
    ? ((await import(pathToFileURL(resolve(args[at + 1] as string)).href)) as { MODEL_DATA: ModelData }).MODEL_DATA
    : MODEL_DATA;
  const classify = createClassifier(data);
  const lines = readCorpus(file);
  const report = evaluate(lines, classify);
  if (!args.includes('--errors')) report.falseFlagLines = report.falseFlagLines.map(() => '(sealed)');
  console.log(formatReport(`probe ${file}`, report));
  if (!args.includes('--errors')) return;
  for (const line of lines) {
    const c = classify(line.text);
    const got = [...c.intents, ...c.redFlags].sort().join(',');
    const want = [...line.intents, ...line.redFlags].sort().join(',');
    if (got !== want) console.log(`✗ [${want}] → [${got}] ${line.text}`);
  }
}

void main();
