/**
 * Builds the generalisation corpus from the sentence frames (templates-*.ts):
 * `npx tsx tests/phrasing/corpus/generalisation/build.ts`.
 *
 * Protocol (see README.md): a frame's lines always share a split, so dev and test hold frames the trainer never saw.
 * The first run assigned every frame to train / dev / test (70/15/15, stratified by language and first label, seed
 * in splits.ts) and wrote test.jsonl. test.jsonl is never rewritten: later runs assign new frames (to train or dev,
 * never to test), record them in split-manifest.json and rewrite dev.jsonl. The train lines are not written: the
 * trainer and the tests build them in memory (`trainLines()` in splits.ts) from the frames and the manifest.
 */

import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignSplits, expandSplit, MANIFEST_PATH, readManifest, toJsonl } from './splits';

const DIR = dirname(fileURLToPath(import.meta.url));

function main(): void {
  const manifest = assignSplits(existsSync(MANIFEST_PATH) ? readManifest() : {});
  const counts: Record<string, number> = {};
  for (const split of ['train', 'dev', 'test'] as const) {
    const path = join(DIR, `${split}.jsonl`);
    if (split === 'test' && existsSync(path)) continue; // frozen: not even expanded
    const lines = expandSplit(split, manifest);
    counts[split] = lines.length;
    if (split !== 'train') writeFileSync(path, toJsonl(lines)); // train: built in memory by its readers
  }
  writeFileSync(MANIFEST_PATH, JSON.stringify(manifest, Object.keys(manifest).sort(), 0) + '\n');
  console.log('lines per split', counts);
}

main();
