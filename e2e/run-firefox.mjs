// `npm run test:firefox`: lints the Firefox store build, then plays the shared browser scenarios (e2e/cross/) and
// Firefox's own (firefox-*.test.mjs) in Firefox ESR with the Firefox test build installed in the profile.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintFirefoxBuild } from './firefox-lint.mjs';

const out = process.env.PARLEY_OUT_DIR || '.output';
for (const [dir, command] of [['firefox-mv2', 'npm run build:firefox'], ['firefox-mv2-test', 'npm run build:test:firefox']]) {
  if (!existsSync(join(out, dir, 'manifest.json'))) {
    console.error(`No build at ${join(out, dir)}: run \`${command}\` first.`);
    process.exit(1);
  }
}

const lint = lintFirefoxBuild(join(out, 'firefox-mv2'));
console.log(`web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings (${lint.explained} explained in e2e/firefox-lint.mjs)`);
for (const m of lint.unexplained) console.error(`  unexplained ${m.type} ${m.code} in ${m.file}: ${m.message}`);
if (lint.unexplained.length) process.exit(1);

const files = readdirSync('e2e/cross').filter((f) => f.endsWith('.test.mjs')).map((f) => `e2e/cross/${f}`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, PARLEY_BROWSER: 'firefox' },
});
process.exit(result.status ?? 1);
