// Runs the browser tests with Node's test runner. Service-worker network events are switched on so the "no network
// request" test also sees requests made by the extension's background.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

// The store build is checked by a test of its own (manifest.test.mjs); everything else runs on the test build.
for (const [dir, command] of [['.output/chrome-mv3', 'npm run build'], ['.output/chrome-mv3-test', 'npm run build:test']]) {
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`No build at ${dir}: run \`${command}\` first.`);
    process.exit(1);
  }
}
// The scenarios shared with Firefox (e2e/cross/) run here in Chromium too; Firefox's own paths only in Firefox.
const files = [
  ...readdirSync('e2e/tests').filter((f) => f.endsWith('.test.mjs')).map((f) => `e2e/tests/${f}`),
  ...readdirSync('e2e/cross').filter((f) => f.endsWith('.test.mjs') && !f.startsWith('firefox-')).map((f) => `e2e/cross/${f}`),
];
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1', PARLEY_BROWSER: 'chromium' },
});
process.exit(result.status ?? 1);
