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

  // The entrypoint declares no hosts (it would carry the registry's data onto every bank page); the build writes them.
  it('runs the content script on exactly the hosts it may read, in both builds', () => {
    for (const manifest of [store, test]) {
      assert.equal(manifest.content_scripts?.length, 1);
      assert.deepEqual([...manifest.content_scripts[0].matches].sort(), [...manifest.host_permissions].sort());
    }
  });

  // The content script runs on every bank page: a budget, not a speed, so it is checked here and printed by the bench.
  // 35 KB read strictly, as 35,000 bytes.
  it('keeps the content script within 35 KB gzip, with no schema library in it', () => {
    const { gzip } = bundleSizes('.output/chrome-mv3')['content script (js)'];
    console.log(`# content script ${gzip} bytes gzip (budget 35,000)`);
    assert.ok(gzip <= 35_000, `content script is ${gzip} bytes gzip`);
    const code = readFileSync('.output/chrome-mv3/content-scripts/content.js', 'utf8');
    assert.doesNotMatch(code, /\$ZodType|ZodError/, 'zod reached the content script (lib/protocol/content-requests.ts exists to keep it out)');
  });
});
