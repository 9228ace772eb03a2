/**
 * Per-message parse time over the offer corpus: `npx tsx tests/bench/negotiate-parse.bench.ts`.
 * The side panel parses every agent message as it arrives, so a parse must stay well under 1 ms.
 */

import { performance } from 'node:perf_hooks';
import { parseOffer } from '../../lib/negotiate/parse/index';
import { corpus } from '../negotiate/corpus/offers';

const ROUNDS = 40;
const WARMUP_ROUNDS = 5;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

for (let r = 0; r < WARMUP_ROUNDS; r++) for (const e of corpus) parseOffer(e.text, e.opts);

const all: number[] = [];
const byLang = new Map<string, number[]>();
let offers = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const e of corpus) {
    const t0 = performance.now();
    const out = parseOffer(e.text, e.opts);
    const dt = performance.now() - t0;
    if (r === 0) offers += out.length;
    all.push(dt);
    const list = byLang.get(e.lang) ?? [];
    list.push(dt);
    byLang.set(e.lang, list);
  }
}

const us = (ms: number) => `${(ms * 1000).toFixed(1).padStart(8)} µs`;
const chars = corpus.reduce((n, e) => n + e.text.length, 0);
console.log(
  `parseOffer — ${corpus.length} corpus messages (${offers} offers, mean ${(chars / corpus.length).toFixed(0)} chars) × ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds (Node ${process.version})`,
);
console.log(`${'set'.padEnd(10)}${'mean'.padStart(11)}${'p50'.padStart(12)}${'p95'.padStart(12)}${'p99'.padStart(12)}${'max'.padStart(12)}`);
for (const [name, samples] of [['all', all] as const, ...[...byLang.entries()]]) {
  const s = stats(samples);
  console.log(`${name.padEnd(10)}${us(s.mean)} ${us(s.p50)} ${us(s.p95)} ${us(s.p99)} ${us(s.max)}`);
}

// A long message (a pasted statement) shows how time grows with length.
const long = corpus.map((e) => e.text).join('\n').slice(0, 20_000);
const t0 = performance.now();
for (let i = 0; i < 20; i++) parseOffer(long);
console.log(`20,000-character message: ${((performance.now() - t0) / 20).toFixed(2)} ms per parse`);

const s = stats(all);
console.log(`p95 per message: ${(s.p95 * 1000).toFixed(1)} µs (goal: well under 1000 µs)`);
