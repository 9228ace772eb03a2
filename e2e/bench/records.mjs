// Export and verify of a 10,000-message session in real Chromium (goal: under 0.5 s each), measured two ways:
//  - library: lib/records bundled as it ships (Vite, minified) and timed with performance.now() inside a page;
//  - panel: the same session stored in the extension's IndexedDB, exported from the Records tab and checked with its
//    verify tool. Two figures each: the panel's own User Timing measure (export: database read → download started;
//    verify: file text → result), and the wall time seen from Playwright (click → download event; file chosen →
//    result shown), which adds the round trips and, for verify, sending 3 MiB into the page.
//  Medians of several runs, since single runs swing with machine load.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchWithExtension, openSidePanel } from '../lib/browser.mjs';
import { seedSyntheticSession } from './seed-extension-db.mjs';
import { syntheticSession } from './synthetic-session.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const T0 = Date.UTC(2026, 10, 23, 6);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bundleRecords() {
  const out = await build({
    root: ROOT,
    logLevel: 'silent',
    configFile: false,
    build: {
      write: false,
      minify: true,
      lib: { entry: `${ROOT}/lib/records/index.ts`, formats: ['iife'], name: 'ParleyRecords', fileName: 'records' },
    },
  });
  const chunk = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk');
  return chunk.code;
}

async function libraryInPage(context, code, count, runs) {
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: code });
  const result = await page.evaluate(
    async ({ count: n, runs: r, t0, make }) => {
      // The generator crosses the Playwright boundary as source text.
      const bundle = new Function(`return (${make})`)()(n, t0);
      const R = globalThis.ParleyRecords;
      const exportMs = [];
      const verifyMs = [];
      let text = '';
      for (let i = 0; i < r; i++) {
        let start = performance.now();
        text = R.serializeExport(await R.buildExport([bundle], { now: t0 + 1 }));
        exportMs.push(performance.now() - start);
        start = performance.now();
        const check = await R.verifyExport(text);
        verifyMs.push(performance.now() - start);
        if (!check.valid || !check.ok) throw new Error('the bench export did not verify');
      }
      return { exportMs, verifyMs, chars: text.length };
    },
    { count, runs, t0: T0, make: syntheticSession.toString() },
  );
  await page.close();
  return result;
}

async function panelInExtension(context, extensionId, runs) {
  const panel = await openSidePanel(context, extensionId, 999999, { width: 420, height: 900 });
  await panel.getByRole('tab', { name: /记录|Records/ }).click();
  let start = performance.now();
  await panel.locator('[data-testid="record-row"][data-session-id="bench-10k"]').click();
  await panel.locator('[data-testid="record-detail"]').waitFor();
  const openMs = performance.now() - start;
  const exportMs = [];
  const verifyMs = [];
  let exported = '';
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-testid="export-json"]').click()]);
    exportMs.push(performance.now() - start);
    exported = await readFile(await download.path(), 'utf8');
  }
  await panel.locator('[data-testid="records-back"]').click();
  for (let i = 0; i < runs; i++) {
    // Each run's file has its own name, which the result repeats: that is how a run knows its own result.
    const name = `bench-${i}.json`;
    start = performance.now();
    await panel.locator('[data-testid="verify-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(exported) });
    await panel.locator('[data-testid="verify-result"][data-ok="true"]', { hasText: name }).waitFor({ timeout: 30000 });
    verifyMs.push(performance.now() - start);
  }
  const measured = await panel.evaluate(() => ({
    exportMs: performance.getEntriesByName('parley:records:export').map((e) => e.duration),
    verifyMs: performance.getEntriesByName('parley:records:verify').map((e) => e.duration),
  }));
  await panel.close();
  return { openMs, exportMs, verifyMs, measured };
}

export async function measureRecordsInBrowser({ count = 10_000, runs = 5 } = {}) {
  const code = await bundleRecords();
  const { context, extensionId } = await launchWithExtension();
  try {
    const library = await libraryInPage(context, code, count, runs);
    await seedSyntheticSession(context, { count, t0: T0 });
    const panel = await panelInExtension(context, extensionId, runs);
    return {
      count,
      fileMiB: library.chars / (1024 * 1024),
      library: { exportMs: median(library.exportMs), verifyMs: median(library.verifyMs) },
      panel: {
        openMs: panel.openMs,
        exportMs: median(panel.measured.exportMs),
        verifyMs: median(panel.measured.verifyMs),
        exportWallMs: median(panel.exportMs),
        verifyWallMs: median(panel.verifyMs),
      },
      goalMs: 500,
    };
  } finally {
    await context.close();
  }
}
