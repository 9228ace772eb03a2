// Detection and capture costs in real Chromium: how long finding the chat takes on a large page,
// how long a message takes from the page to IndexedDB, and how much main-thread time the extension adds to a page
// streaming a 1,000-message chat (same run, with and without the extension, alternating).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, serviceWorker } from '../lib/browser.mjs';
import { startSiteServer } from '../lib/server.mjs';
import { percentile } from './capture-latency.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const median = (xs) => percentile([...xs].sort((a, b) => a - b), 50);

/**
 * The detector as the content script runs it, bundled for a page (the production bundle exposes nothing), from this
 * source tree or another one (compare-detection.mjs), as `window[name]`.
 */
export async function detectorBundle(root = ROOT, name = 'parleyDetect') {
  const result = await build({
    stdin: {
      contents: `import { detectChat } from './lib/capture/detect'; import { ADAPTERS } from './lib/capture/adapters';
        import { isRendered } from './lib/capture/dom/visibility';
        window.${name} = () => detectChat({ doc: document, url: new URL(location.href), adapters: ADAPTERS, isVisible: isRendered, layout: true });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function measureDetection({ nodes = 20000, runs = 15 } = {}) {
  const site = await startSiteServer();
  const { context } = await launchWithExtension({ withExtension: false });
  try {
    const code = await detectorBundle();
    const page = await context.newPage();
    const out = {};
    for (const [label, chat] of [['chat', 1], ['noChat', 0]]) {
      await page.goto(`https://www.cmbchina.com:${site.port}/bench/?nodes=${nodes}&count=0&chat=${chat}`);
      await page.addScriptTag({ content: code });
      const timing = await page.evaluate((n) => {
        const times = [];
        let state;
        for (let i = 0; i < n; i += 1) {
          const t = performance.now();
          state = window.parleyDetect().state;
          times.push(performance.now() - t);
        }
        return { times, state };
      }, runs);
      const nodeCount = await page.evaluate(() => {
        let n = 0;
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) n += 1;
        return n;
      });
      const sorted = [...timing.times].sort((a, b) => a - b);
      // The first run includes compiling the detector; the steady state is what a re-detection costs.
      out[label] = { state: timing.state, nodes: nodeCount, first: timing.times[0], median: percentile(sorted, 50), p95: percentile(sorted, 95) };
    }
    return out;
  } finally {
    await context.close();
    await site.close();
  }
}

async function mainThreadDuring(context, url, stream) {
  const { page, cdp } = await openStreamPage(context, url);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const longBefore = await page.evaluate(() => window.benchState.longTasks.length);
  // The last debounced scan and delivery finish inside the measured window.
  await playStream(page, stream);
  const afterM = await metric();
  const state = await page.evaluate(() => window.benchState);
  await cdp.detach();
  return {
    page,
    // CPU time of the page's main thread (the content script runs on it too), not wall time: on a small machine the
    // wall time also counts waiting for a core while other processes — the extension's own worker among them — run.
    threadMs: (afterM.ThreadTime - before.ThreadTime) * 1000,
    taskMs: (afterM.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (afterM.ScriptDuration - before.ScriptDuration) * 1000,
    longTasks: state.longTasks.slice(longBefore).filter((t) => t.start >= state.started),
    inserted: state.inserted,
  };
}

/** The extension's JavaScript in a CPU profile: its total, and its longest stretch without letting the page run. */
function extensionSlices(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inExtension = new Map();
  const isExt = (id) => {
    if (inExtension.has(id)) return inExtension.get(id);
    const node = byId.get(id);
    const value = node.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isExt(parent.get(id)));
    inExtension.set(id, value);
    return value;
  };
  let total = 0;
  let longest = 0;
  let current = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (isExt(id)) {
      total += dt;
      current += dt;
      longest = Math.max(longest, current);
    } else current = 0;
  });
  return { totalMs: total, longestMs: longest };
}

/**
 * Main-thread time of a page streaming `count` messages, with and without the extension, alternating runs in one
 * process (medians). The content script shares the page's main thread, so the difference is what Parley costs the
 * page. One more profiled run finds the extension's own JavaScript and its longest uninterrupted stretch.
 */
export async function measurePageOverhead({ count = 1000, intervalMs = 10, nodes = 20000, rounds = 4 } = {}) {
  const site = await startSiteServer();
  const withExt = await launchWithExtension();
  const without = await launchWithExtension({ withExtension: false });
  const url = (label) => `https://www.cmbchina.com:${site.port}/bench/?nodes=${nodes}&count=${count}&interval=${intervalMs}&run=${label}`;
  try {
    const runs = { with: [], without: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const [label, browser] of round % 2 ? [['without', without], ['with', withExt]] : [['with', withExt], ['without', without]]) {
        const run = await mainThreadDuring(browser.context, url(`${label}${round}`), { count, intervalMs });
        await run.page.close();
        runs[label].push(run);
      }
    }
    // Latency is measured in a run of its own: watching the database polls it constantly, and that CPU would
    // otherwise be charged to the page in the runs compared above.
    const latencies = [];
    {
      const seen = watchStored(withExt.context, count, 'latency').catch(() => null);
      const result = await mainThreadDuring(withExt.context, url('latency'), { count, intervalMs });
      const times = await Promise.race([seen, new Promise((r) => setTimeout(() => r(null), 30000))]);
      if (times) for (const [i, at] of Object.entries(times)) if (i !== '0' && result.inserted[i]) latencies.push(at - result.inserted[i]);
      await result.page.close();
    }
    const profiled = await profiledRun(withExt.context, url('profiled'), { count, intervalMs });
    const forced = await forcedLayoutRun(withExt.context, url('traced'), { count, intervalMs });
    const summary = (list) => ({
      threadMs: median(list.map((r) => r.threadMs)),
      taskMs: median(list.map((r) => r.taskMs)),
      scriptMs: median(list.map((r) => r.scriptMs)),
      longTasks: median(list.map((r) => r.longTasks.length)),
      longestTaskMs: Math.max(0, ...list.flatMap((r) => r.longTasks.map((t) => t.duration))),
    });
    const w = summary(runs.with);
    const wo = summary(runs.without);
    const sorted = latencies.sort((a, b) => a - b);
    return {
      count,
      nodes,
      rounds,
      with: w,
      without: wo,
      ratio: w.threadMs / wo.threadMs,
      wallRatio: w.taskMs / wo.taskMs,
      // Each round's two runs sit side by side in time, so their ratio cancels slow drifts of the machine; the spread
      // of these ratios says how far one run can be trusted.
      roundRatios: runs.with.map((r, i) => r.threadMs / runs.without[i].threadMs).sort((a, b) => a - b),
      extension: profiled,
      forcedLayout: forced,
      latency: { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) },
    };
  } finally {
    await withExt.context.close();
    await without.context.close();
    await site.close();
  }
}

/** Resolves with the time each bench message's row became readable in the extension's IndexedDB. */
function watchStored(context, count, run) {
  return serviceWorker(context).then((worker) => worker.evaluate(
    ({ expected, run: tag }) =>
      new Promise((resolveSeen) => {
        const times = {};
        const open = indexedDB.open('parley');
        open.onsuccess = () => {
          const db = open.result;
          const poll = () => {
            const tx = db.transaction(['sessions', 'messages'], 'readonly');
            const sessions = tx.objectStore('sessions').getAll();
            const messages = tx.objectStore('messages').getAll();
            tx.oncomplete = () => {
              const now = Date.now();
              const ids = new Set(sessions.result.filter((s) => s.url.includes(`run=${tag}`)).map((s) => s.id));
              for (const m of messages.result) {
                const match = ids.has(m.sessionId) && /消息 (\d+)$/.exec(m.text);
                if (match && times[match[1]] === undefined) times[match[1]] = now;
              }
              if (Object.keys(times).length >= expected) {
                db.close();
                resolveSeen(times);
              } else setTimeout(poll, 4);
            };
          };
          poll();
        };
      }),
    { expected: count, run },
  ));
}

/** Opens the bench page and waits until its stream can start (and the content script has found the chat). */
async function openStreamPage(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchState && typeof window.benchStart === 'function');
  await page.waitForTimeout(1500);
  return { page, cdp: await context.newCDPSession(page) };
}

/** Starts the stream and waits for its end, and for the last debounced scan and delivery after it. */
async function playStream(page, { count, intervalMs }) {
  await page.evaluate(() => window.benchStart());
  await page.waitForFunction(() => window.benchState.done, null, { timeout: count * intervalMs * 10 + 30000 });
  await page.waitForTimeout(500);
}

/**
 * Style and layout work that Parley's own code forces on the page (reading a box or a computed style while the page
 * has pending changes), from a trace of one run: the part of its cost that a CPU profile of its JavaScript does not
 * show. The page's own layout passes are counted beside it for scale.
 */
async function forcedLayoutRun(context, url, stream) {
  const { page, cdp } = await openStreamPage(context, url);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolveComplete) => cdp.once('Tracing.tracingComplete', resolveComplete));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink', transferMode: 'ReportEvents' });
  await playStream(page, stream);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  // The page's main thread is the renderer main thread with the most events (other tabs' renderers are idle).
  const threadOf = (e) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf));
  const perThread = new Map();
  for (const e of events) if (mains.has(threadOf(e))) perThread.set(threadOf(e), (perThread.get(threadOf(e)) ?? 0) + 1);
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const timed = events.filter((e) => threadOf(e) === main && e.ph === 'X' && e.dur);
  const extensionCalls = timed
    .filter((e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  const insideExtension = (e) => {
    // binary search for the last call starting at or before the event
    let lo = 0;
    let hi = extensionCalls.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (extensionCalls[mid][0] <= e.ts) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && e.ts + e.dur <= extensionCalls[found][1];
  };
  const updates = timed.filter((e) => e.name === 'Document::UpdateStyleAndLayout');
  const forced = updates.filter(insideExtension);
  return {
    parleyCount: forced.length,
    parleyMs: forced.reduce((sum, e) => sum + e.dur / 1000, 0),
    pageLayouts: timed.filter((e) => e.name === 'Layout').length,
    pageLayoutMs: timed.filter((e) => e.name === 'Layout').reduce((sum, e) => sum + e.dur / 1000, 0),
  };
}

async function profiledRun(context, url, stream) {
  const { page, cdp } = await openStreamPage(context, url);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await playStream(page, stream);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await page.close();
  const slices = extensionSlices(profile);
  return { ...slices, perMessageMs: slices.totalMs / stream.count };
}
