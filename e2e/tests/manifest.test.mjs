// The store build's manifest asks for bank and vendor hosts only: no demo or fixture host (.test), no all-URLs
// pattern. The test build, which every other browser test loads, is the same code with the test hosts added.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundleSizes } from '../bench/bundle-sizes.mjs';

const manifestOf = (dir) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
const hostsIn = (manifest) => [
  ...(manifest.host_permissions ?? []),
  ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.matches ?? []),
];

describe('store manifest', () => {
  const store = manifestOf('chrome-mv3');
  const test = manifestOf('chrome-mv3-test');

  it('names no test host and no all-URLs pattern', () => {
    const hosts = hostsIn(store);
    assert.ok(hosts.length > 100, `expected the registry's hosts, got ${hosts.length}`);
    assert.deepEqual(hosts.filter((h) => /\.test(\/|:|$)/.test(h)), []);
    assert.deepEqual(hosts.filter((h) => h === '<all_urls>' || h.startsWith('*://*/') || h === 'https://*/*'), []);
  });

  it('differs from the test build only by the test hosts', () => {
    const extra = hostsIn(test).filter((h) => !hostsIn(store).includes(h));
    assert.ok(extra.length > 0, 'the test build should add the demo bank');
    assert.deepEqual(extra.filter((h) => !/\.test\/\*$/.test(h)), []);
    assert.deepEqual(store.permissions, test.permissions);
  });

  // The content script runs on every bank page: a budget, not a speed, so it is checked here and printed by the bench.
  it('keeps the content script within 35 KB gzip, with no schema library in it', () => {
    const { gzip } = bundleSizes('.output/chrome-mv3')['content script (js)'];
    console.log(`# content script ${(gzip / 1024).toFixed(1)} KB gzip (budget 35 KB)`);
    assert.ok(gzip <= 35 * 1024, `content script is ${(gzip / 1024).toFixed(1)} KB gzip`);
    const code = readFileSync('.output/chrome-mv3/content-scripts/content.js', 'utf8');
    assert.doesNotMatch(code, /\$ZodType|ZodError/, 'zod reached the content script (lib/protocol/content-requests.ts exists to keep it out)');
  });
});
