// Where detection's time goes on the 25,000-node bench page: timings (median of `runs`) and a CPU profile of many
// detections, summarised by self time per function. `node e2e/bench/profile-detection.mjs [nodes] [runs]`.
import { launchWithExtension } from '../lib/browser.mjs';
import { startSiteServer } from '../lib/server.mjs';
import { detectorBundle } from './detection.mjs';

const nodes = Number(process.argv[2] ?? 25000);
const runs = Number(process.argv[3] ?? 15);
const site = await startSiteServer();
const { context } = await launchWithExtension({ withExtension: false });
try {
  const code = await detectorBundle();
  const page = await context.newPage();
  for (const [label, chat] of [['chat', 1], ['noChat', 0]]) {
    await page.goto(`https://www.cmbchina.com:${site.port}/bench/?nodes=${nodes}&count=0&chat=${chat}`);
    await page.addScriptTag({ content: code });
    const times = await page.evaluate((n) => {
      const out = [];
      for (let i = 0; i < n; i += 1) {
        const t = performance.now();
        window.parleyDetect();
        out.push(performance.now() - t);
      }
      return out;
    }, runs);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${label}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} ms  min ${sorted[0].toFixed(2)}  first ${times[0].toFixed(2)}  state ${await page.evaluate(() => window.parleyDetect().state)}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => { for (let i = 0; i < 100; i += 1) window.parleyDetect(); });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
    });
    // Inclusive time per function (each sample counted once per distinct function on its stack).
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur);
        const key = n.callFrame.functionName || '(anon)';
        if (seen.has(key)) continue;
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + dt);
      }
    });
    const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `    ${(t / 100).toFixed(2).padStart(7)} ms/run  ${n}`).join('\n');
    console.log(`  self (per detection):\n${top(self, 25)}`);
    console.log(`  inclusive (per detection):\n${top(incl, 40)}`);
  }
} finally {
  await context.close();
  await site.close();
}
