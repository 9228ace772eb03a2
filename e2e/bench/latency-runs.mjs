// Capture latency alone, several runs: `PARLEY_OUT_DIR=<build> node e2e/bench/latency-runs.mjs [runs] [count] [intervalMs]`.
// Run it for two builds in turn to compare them under the same machine load.
import { measureCaptureLatency } from './capture-latency.mjs';

const [runs = 3, count = 60, intervalMs = 300] = process.argv.slice(2).map(Number);
for (let i = 0; i < runs; i += 1) {
  const r = await measureCaptureLatency({ count, intervalMs });
  console.log(`${process.env.PARLEY_OUT_DIR ?? '.output'}  ${count} messages every ${intervalMs} ms: p50 ${r.p50} ms  p95 ${r.p95} ms  max ${r.max} ms`);
}
