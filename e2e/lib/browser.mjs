// Launches Debian's Chromium with the built extension, every fixture host mapped to loopback and the test
// certificate accepted. Never downloads a browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { servedHosts } from './server.mjs';

// The test build (`npm run build:test`): the store build's code with the demo and fixture hosts in its registry.
// PARLEY_OUT_DIR (read by wxt.config.ts too) points every browser test at a build made in another output folder.
const outDir = process.env.PARLEY_OUT_DIR ? resolve(process.env.PARLEY_OUT_DIR) : resolve(fileURLToPath(new URL('../../.output', import.meta.url)));
export const EXTENSION_DIR = join(outDir, 'chrome-mv3-test');

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return found;
}

export async function launchWithExtension({ headless = true, lang = 'zh-CN', extraHosts = [], extensionDir = EXTENSION_DIR, withExtension = true } = {}) {
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:test\` first.`);
  }
  const hosts = [...new Set([...servedHosts(), ...extraHosts])];
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  const userDataDir = mkdtempSync(join(tmpdir(), 'parley-profile-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=Translate,MediaRouter',
    `--host-resolver-rules=${rules}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    `--lang=${lang}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args,
    ignoreHTTPSErrors: true,
    locale: lang,
    viewport: headless ? { width: 1280, height: 760 } : null,
  });
  // Each run gets a throwaway profile; remove it with the browser so /tmp does not fill up.
  // Chromium may still be writing into it as it exits: retry, and never let a leftover directory fail a test.
  context.on('close', () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // a temporary directory; the OS cleans /tmp
    }
  });
  let extensionId;
  let worker;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, worker, userDataDir };
}

/** The current service worker (it changes after a restart). */
export async function serviceWorker(context) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15000 });
}

/** Reads the extension's own IndexedDB from inside the extension origin (the only place it exists). */
export async function readDatabase(context) {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    () =>
      new Promise((resolveRead, rejectRead) => {
        const open = indexedDB.open('parley');
        open.onerror = () => rejectRead(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          if (!names.includes('sessions')) {
            db.close();
            resolveRead({ sessions: [], messages: [] });
            return;
          }
          const tx = db.transaction(['sessions', 'messages'], 'readonly');
          const sessions = tx.objectStore('sessions').getAll();
          const messages = tx.objectStore('messages').getAll();
          tx.oncomplete = () => {
            db.close();
            resolveRead({ sessions: sessions.result, messages: messages.result });
          };
          tx.onerror = () => rejectRead(tx.error);
        };
      }),
  );
}

export async function tabIdOf(context, urlPattern) {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (pattern) => {
    const tabs = await chrome.tabs.query({ url: pattern });
    return tabs[0]?.id;
  }, urlPattern);
}

export async function openSidePanel(context, extensionId, tabId, { width = 400, height = 860 } = {}) {
  const panel = await context.newPage();
  await panel.setViewportSize({ width, height });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/**
 * Stops the extension's service worker through the DevTools protocol, as Chrome does to an idle worker, and
 * resolves once the browser reports it stopped; says whether it was running before. The next extension message starts it again.
 */
export async function stopServiceWorker(context, anyPage) {
  const cdp = await context.newCDPSession(anyPage);
  const versions = new Map();
  let stopRequested = false;
  let sawStopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) =>
    e.versions.forEach((v) => {
      versions.set(v.versionId, v);
      // The worker may be woken again by the very next message, so a brief 'stopped' is all there is to see.
      if (stopRequested && v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped') sawStopped = true;
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const deadline = Date.now() + 10000;
  const ours = () => [...versions.values()].filter((v) => v.scriptURL.startsWith('chrome-extension://'));
  while (Date.now() < deadline && ours().length === 0) await new Promise((r) => setTimeout(r, 20));
  const wasRunning = ours().some((v) => v.runningStatus !== 'stopped');
  if (!wasRunning) sawStopped = true;
  stopRequested = true;
  for (const v of ours()) if (v.runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
  while (Date.now() < deadline && !sawStopped) await new Promise((r) => setTimeout(r, 20));
  await cdp.detach();
  return { wasRunning, stopped: sawStopped };
}
