// Detection before and after a change, in one page and alternating, so both see the same machine load; and whether
// both find the same chat (state, transcript and composer). `node e2e/bench/compare-detection.mjs <other source tree>
// [nodes] [rounds]`, e.g. a tree made with `git archive HEAD lib | tar -x -C /tmp/base`.
import { resolve } from 'node:path';
import { launchWithExtension } from '../lib/browser.mjs';
import { startSiteServer } from '../lib/server.mjs';
import { detectorBundle } from './detection.mjs';

const [other, nodesArg, roundsArg] = process.argv.slice(2);
if (!other) throw new Error('usage: compare-detection.mjs <other source tree> [nodes] [rounds]');
const nodes = Number(nodesArg ?? 25000);
const rounds = Number(roundsArg ?? 9);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const site = await startSiteServer();
const { context } = await launchWithExtension({ withExtension: false });
try {
  const codes = [await detectorBundle(resolve(other), 'detectBefore'), await detectorBundle(undefined, 'detectAfter')];
  const page = await context.newPage();
  for (const [label, chat] of [['chat', 1], ['noChat', 0]]) {
    await page.goto(`https://www.cmbchina.com:${site.port}/bench/?nodes=${nodes}&count=0&chat=${chat}`);
    for (const code of codes) await page.addScriptTag({ content: code });
    const out = await page.evaluate((r) => {
      const describe = (d) => `${d.state}${d.chat ? ` ${d.chat.transcript.tagName}.${d.chat.transcript.className} composer=${d.chat.composer?.tagName} send=${d.chat.sendButton?.className}` : ''}`;
      const same = describe(window.detectBefore()) === describe(window.detectAfter());
      const times = { before: [], after: [] };
      for (let i = 0; i < r; i += 1) {
        for (const [k, f] of i % 2 ? [['after', window.detectAfter], ['before', window.detectBefore]] : [['before', window.detectBefore], ['after', window.detectAfter]]) {
          for (let j = 0; j < 5; j += 1) {
            const t = performance.now();
            f();
            times[k].push(performance.now() - t);
          }
        }
      }
      return { same, found: describe(window.detectAfter()), times };
    }, rounds);
    console.log(`${label}: before ${median(out.times.before).toFixed(2)} ms   after ${median(out.times.after).toFixed(2)} ms   (medians of ${out.times.after.length})   same decision: ${out.same}   ${out.found}`);
  }
} finally {
  await context.close();
  await site.close();
}
