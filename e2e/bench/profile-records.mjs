// Where the Records tab's export of a 10,000-message record spends its time: the panel's own measure for each click
// and a CPU profile of them, by self and inclusive time per function. `node e2e/bench/profile-records.mjs [clicks]`.
import { launchWithExtension, openSidePanel } from '../lib/browser.mjs';
import { seedSyntheticSession } from './seed-extension-db.mjs';

const clicks = Number(process.argv[2] ?? 4);
const T0 = Date.UTC(2026, 10, 23, 6);
const { context, extensionId } = await launchWithExtension();
try {
  await seedSyntheticSession(context, { count: 10_000, t0: T0 });
  const panel = await openSidePanel(context, extensionId, 999999, { width: 420, height: 900 });
  await panel.getByRole('tab', { name: /记录|Records/ }).click();
  await panel.locator('[data-testid="record-row"][data-session-id="bench-10k"]').click();
  await panel.locator('[data-testid="record-detail"]').waitFor();
  await Promise.all([panel.waitForEvent('download'), panel.locator('[data-testid="export-json"]').click()]);
  const cdp = await context.newCDPSession(panel);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < clicks; i += 1) await Promise.all([panel.waitForEvent('download'), panel.locator('[data-testid="export-json"]').click()]);
  const { profile } = await cdp.send('Profiler.stop');
  const measures = await panel.evaluate(() => performance.getEntriesByName('parley:records:export').map((e) => Math.round(e.duration)));
  console.log(`export measures (first unprofiled): ${measures.join(', ')} ms`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000 / clicks;
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const c = byId.get(cur).callFrame;
      const k = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber}:${c.columnNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  });
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `  ${t.toFixed(1).padStart(7)} ms/click  ${n}`).join('\n');
  console.log(`self:\n${top(self, 25)}\ninclusive:\n${top(incl, 45)}`);
  await cdp.detach();
} finally {
  await context.close();
}
