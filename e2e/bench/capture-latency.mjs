// Capture latency in a real browser: from a message's insertion into the page to its row being readable in the
// extension's IndexedDB. The service worker polls its own database every few milliseconds, so figures carry up to
// one polling interval of error (stated in the output).
import { launchWithExtension, serviceWorker } from '../lib/browser.mjs';
import { startSiteServer } from '../lib/server.mjs';

const POLL_MS = 4;

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export async function measureCaptureLatency({ count = 200, intervalMs = 25 } = {}) {
  const site = await startSiteServer();
  const { context } = await launchWithExtension();
  try {
    const page = await context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&bench=1`);
    await page.evaluate(() => window.demoChat.idle());
    await page.waitForTimeout(500);
    const worker = await serviceWorker(context);
    const watching = worker.evaluate(
      ({ count: expected, pollMs }) =>
        new Promise((resolveSeen) => {
          const seen = {};
          const open = indexedDB.open('parley');
          open.onsuccess = () => {
            const db = open.result;
            const poll = () => {
              const tx = db.transaction('messages', 'readonly');
              const req = tx.objectStore('messages').getAll();
              req.onsuccess = () => {
                const now = Date.now();
                for (const m of req.result) {
                  const match = /^bench message (\d+)$/.exec(m.text);
                  if (match && seen[match[1]] === undefined) seen[match[1]] = now;
                }
                if (Object.keys(seen).length >= expected) {
                  db.close();
                  resolveSeen(seen);
                } else setTimeout(poll, pollMs);
              };
            };
            poll();
          };
        }),
      { count, pollMs: POLL_MS },
    );
    const inserted = {};
    for (let i = 0; i < count; i += 1) {
      inserted[i] = await page.evaluate((n) => window.demoChat.push(n % 2 ? 'me' : 'agent', `bench message ${n}`), i);
      await page.waitForTimeout(intervalMs);
    }
    const seen = await watching;
    const latencies = Object.keys(inserted).map((i) => seen[i] - inserted[i]).sort((a, b) => a - b);
    return { count, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1), pollMs: POLL_MS };
  } finally {
    await context.close();
    await site.close();
  }
}
