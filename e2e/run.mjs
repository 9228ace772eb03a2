// Runs the browser tests with Node's test runner. Service-worker network events are switched on so the "no network
// request" test also sees requests made by the extension's background.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('.output/chrome-mv3/manifest.json')) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync('e2e/tests').filter((f) => f.endsWith('.test.mjs')).map((f) => `e2e/tests/${f}`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1' },
});
process.exit(result.status ?? 1);
