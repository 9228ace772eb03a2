// Export and verify timing for a 10,000-message session. Run: npx tsx tests/bench/records.bench.ts
// Goal: each under 0.5 s. Prints both SHA-256 backends so the choice of default stays justified by numbers.
import { buildExport, serializeExport } from '../../lib/records/export/json';
import type { DigestBackend } from '../../lib/records/integrity/digest';
import { verifyExport } from '../../lib/records/integrity/verify-export';
import { parseImport } from '../../lib/records/import/parse';
import type { SessionBundle } from '../../lib/records/types';
import { syntheticSession } from '../../e2e/bench/synthetic-session.mjs';

const N = 10_000;
const GOAL_MS = 500;
const RUNS = 5; // report the median: single runs swing with machine load
const T0 = Date.UTC(2026, 10, 23, 6);

const session = (): SessionBundle => syntheticSession(N, T0);

async function median<T>(fn: () => Promise<T>): Promise<[T, number]> {
  let result: T | undefined;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return [result as T, times[Math.floor(RUNS / 2)]!];
}

async function main(): Promise<void> {
  const bundle = session();
  const rows: [string, number][] = [];
  let failed = false;
  for (const digest of ['portable', 'webcrypto'] as DigestBackend[]) {
    await buildExport([bundle], { digest }); // warm-up (JIT)
    const [text, exportMs] = await median(async () => serializeExport(await buildExport([bundle], { digest })));
    const [report, verifyMs] = await median(() => verifyExport(text, { digest }));
    if (!report.valid || !report.ok) throw new Error(`verification failed on an untouched export (${digest})`);
    const [parsed, importMs] = await median(() => parseImport(text, { digest }));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    rows.push([`export JSON with hashing (${digest})`, exportMs], [`verifyExport (${digest})`, verifyMs], [`parseImport incl. verify (${digest})`, importMs]);
    if (digest === 'portable') failed = exportMs > GOAL_MS || verifyMs > GOAL_MS;
    if (digest === 'portable') console.log(`file size: ${(text.length / 1024 / 1024).toFixed(2)} MiB (UTF-16 units), ${N} messages`);
  }
  for (const [label, ms] of rows) console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms (median of ${RUNS})`);
  console.log(`goal: export and verify each < ${GOAL_MS} ms with the default backend — ${failed ? 'MISSED' : 'met'}`);
  if (failed) process.exitCode = 1;
}

void main();
