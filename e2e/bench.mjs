// `npm run bench`: prints the figures the issues set targets for. Targets live here, never in unit tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { bundleSizes } from './bench/bundle-sizes.mjs';
import { measureCaptureLatency } from './bench/capture-latency.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

console.log('Bundle sizes (production build, chrome-mv3)');
for (const [name, size] of Object.entries(bundleSizes())) {
  console.log(`  ${name.padEnd(22)} ${kb(size.raw).padStart(10)} raw  ${kb(size.gzip).padStart(10)} gzip`);
}

const latency = await measureCaptureLatency({ count: 200 });
console.log(`\nCapture latency, page insertion → row in IndexedDB (${latency.count} messages, real Chromium)`);
console.log(`  p50 ${latency.p50} ms   p95 ${latency.p95} ms   max ${latency.max} ms   (±${latency.pollMs} ms polling)`);

const libBenches = readdirSync('tests/bench').filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of libBenches) {
  console.log(`\n${file}`);
  const run = spawnSync('npx', ['tsx', `tests/bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
