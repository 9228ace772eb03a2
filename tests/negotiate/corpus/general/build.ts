/**
 * Builds the generalisation corpus of the offer parser from the frames in lines.ts:
 * `npx tsx tests/negotiate/corpus/general/build.ts`.
 *
 * Run once (see README.md): every line is drawn from a seeded generator, a quarter of the Chinese lines are turned
 * into Traditional characters (Taiwan or Hong Kong forms), duplicates are dropped, and the lines are shuffled and split
 * 70/15/15 into train / dev / test with a second fixed seed. test.json is frozen by a hash test and is not rewritten:
 * the script refuses to run when it exists.
 */

import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { mulberry32, NEGATIVE, POSITIVE_EN, POSITIVE_ZH, type Frame, type Line } from './lines';

const GEN_SEED = 20261204;
const SPLIT_SEED = 7741;
const PER_POSITIVE_FRAME = 22;
const PER_NEGATIVE_FRAME = 25;
const DIR = dirname(fileURLToPath(import.meta.url));

if (existsSync(join(DIR, 'test.json'))) {
  console.error('test.json exists: the split is frozen. Delete nothing; add new lines to train by hand instead.');
  process.exit(1);
}

const rng = mulberry32(GEN_SEED);
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const seen = new Set<string>();
const lines: Array<Line & { script?: 'Hant' }> = [];

function draw(frames: Frame[], per: number) {
  for (const frame of frames) {
    let kept = 0;
    for (let tries = 0; kept < per && tries < per * 8; tries++) {
      const out = frame(rng);
      for (const line0 of Array.isArray(out) ? out : [out]) {
        let line: Line & { script?: 'Hant' } = line0;
        if (line.lang === 'zh' && rng() < 0.25) line = { ...line, text: (rng() < 0.5 ? toTw : toHk)(line.text), script: 'Hant' };
        if (seen.has(line.text)) continue;
        seen.add(line.text);
        lines.push(line);
        kept++;
      }
    }
  }
}
draw(POSITIVE_ZH, PER_POSITIVE_FRAME);
draw(POSITIVE_EN, PER_POSITIVE_FRAME);
draw(NEGATIVE, PER_NEGATIVE_FRAME);

const split = mulberry32(SPLIT_SEED);
const keyed = lines.map((l) => ({ l, k: split() })).sort((a, b) => a.k - b.k).map((x) => x.l);
const n = keyed.length;
const nTrain = Math.round(n * 0.7);
const nDev = Math.round(n * 0.15);
const parts = { train: keyed.slice(0, nTrain), dev: keyed.slice(nTrain, nTrain + nDev), test: keyed.slice(nTrain + nDev) };
for (const [name, part] of Object.entries(parts)) {
  const withIds = part.map((l, i) => ({ id: `${name}-${String(i + 1).padStart(4, '0')}`, ...l }));
  writeFileSync(join(DIR, `${name}.json`), JSON.stringify(withIds, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + '\n');
}
const pos = lines.filter((l) => l.expect.length > 0).length;
console.log(`${n} lines: ${pos} with offers, ${n - pos} without; train ${parts.train.length}, dev ${parts.dev.length}, test ${parts.test.length}`);
