// A 50,000-message session in the real side panel: seeded into the extension's IndexedDB (as an old install or an
// import would hold it; capture itself stops at the storage bound), opened as the live session of a tab, then
// scrolled through inside the panel. Reports the time until the first rows show, the slowest frame while scrolling
// (gap between animation frames, so it includes the browser's own work) and the DOM size. Not a unit test: figures
// swing with machine load.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, launchWithExtension, openSidePanel } from '../lib/browser.mjs';
import { seedSyntheticSession } from './seed-extension-db.mjs';

const T0 = Date.UTC(2026, 10, 23, 6);
// The store build: the panel needs no test host, and `wxt build --mode test` bundles React's development build,
// which would time React's checks rather than the panel. The test build stands in if there is no store build.
const STORE_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const TAB = 999_998;

/** Runs inside the panel: scrolls in steps, one per animation frame, and records every frame's gap. */
function scrollThrough({ wheelPx, wheelFrames, jumps }) {
  return new Promise((resolve) => {
    const root = document.scrollingElement;
    const frames = [];
    let maxNodes = 0;
    let maxRows = 0;
    const steps = [];
    root.scrollTop = 0;
    for (let i = 0; i < wheelFrames; i++) steps.push(() => root.scrollBy(0, wheelPx));
    for (let i = 0; i <= jumps; i++) steps.push(() => (root.scrollTop = ((root.scrollHeight - innerHeight) * i) / jumps));
    for (let i = 0; i < wheelFrames; i++) steps.push(() => root.scrollBy(0, -wheelPx));
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      maxNodes = Math.max(maxNodes, document.getElementsByTagName('*').length);
      maxRows = Math.max(maxRows, document.querySelectorAll('.transcript > li.msg').length);
      const step = steps.shift();
      if (!step) {
        frames.shift();
        const sorted = [...frames].sort((a, b) => a - b);
        resolve({ frames: frames.length, slowestMs: sorted.at(-1), p95Ms: sorted[Math.floor(sorted.length * 0.95)], medianMs: sorted[Math.floor(sorted.length / 2)], maxNodes, maxRows, heightPx: root.scrollHeight });
        return;
      }
      step();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function measureTranscriptScroll({ count = 50_000 } = {}) {
  const extensionDir = existsSync(`${STORE_BUILD}/manifest.json`) ? STORE_BUILD : EXTENSION_DIR;
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  try {
    await seedSyntheticSession(context, { count, t0: T0, id: `bench-${count}`, fields: { tabId: TAB, frameId: 0 } });
    const started = performance.now();
    const panel = await openSidePanel(context, extensionId, TAB, { width: 400, height: 860 });
    await panel.locator('.transcript > li.msg').first().waitFor({ timeout: 120_000 });
    const openMs = performance.now() - started;
    // The live session follows its newest message: the last one must be on screen.
    const lastShown = await panel.locator('.transcript > li.msg').last().textContent();
    await panel.waitForTimeout(500);
    const atRest = await panel.evaluate(() => ({ nodes: document.getElementsByTagName('*').length, rows: document.querySelectorAll('.transcript > li.msg').length }));
    const scroll = await panel.evaluate(scrollThrough, { wheelPx: 120, wheelFrames: 300, jumps: 100 });
    await panel.close();
    return { count, build: extensionDir === STORE_BUILD ? 'store' : 'test', openMs, atRest, scroll, endsWithNewest: lastShown?.includes(`第${count - 2}条`) || lastShown?.includes(`第${count - 1}条`) || false };
  } finally {
    await context.close();
  }
}
