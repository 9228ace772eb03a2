// Plays generated skins in Chromium with the built extension: serves each skin under a registry bank's hostname,
// types the customer's lines into the page's composer, waits for the chat to settle, reads what the extension
// stored and scores it against the grammar's transcript.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launchWithExtension, serviceWorker, EXTENSION_DIR } from '../lib/browser.mjs';
import { selfSignedCertificate } from '../lib/server.mjs';
import { writeSkin } from './generator.mjs';
import { scoreSkin } from './score.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Serves dir/<id>/<file> at /__skins/<id>/<file> on every hostname the browser maps to loopback. */
export function startSkinServer(dir) {
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x');
    if (!url.pathname.startsWith('/__skins/')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let file = normalize(join(dir, decodeURIComponent(url.pathname.slice('/__skins/'.length))));
    if (!file.startsWith(dir + '/')) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = extname(file) === '.json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ port: typeof address === 'object' && address ? address.port : 0, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Sessions not in `known`, with their messages, read inside the extension's origin. */
async function readNew(context, known) {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    (knownIds) =>
      new Promise((resolveRead, rejectRead) => {
        const open = indexedDB.open('parley');
        open.onerror = () => rejectRead(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!Array.from(db.objectStoreNames).includes('sessions')) {
            db.close();
            resolveRead({ sessions: [], messages: [] });
            return;
          }
          const skip = new Set(knownIds);
          const out = { sessions: [], messages: [] };
          const tx = db.transaction(['sessions', 'messages'], 'readonly');
          const all = tx.objectStore('sessions').getAll();
          all.onsuccess = () => {
            out.sessions = all.result.filter((s) => !skip.has(s.id));
            const index = tx.objectStore('messages').index('sessionId');
            for (const s of out.sessions) {
              const got = index.getAll(s.id);
              got.onsuccess = () => out.messages.push(...got.result);
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolveRead(out);
          };
          tx.onerror = () => rejectRead(tx.error);
        };
      }),
    [...known],
  );
}

/** The frame (top or nested) whose chat script is running. */
async function chatFrame(page, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const ok = await frame.evaluate(() => Boolean(window.skinChat)).catch(() => false);
      if (ok) return frame;
    }
    await sleep(50);
  }
  throw new Error('the skin page never started its chat');
}

/** Types the customer's lines as they become due, until the page has played its whole conversation. */
async function playConversation(frame, { thinkMs, firstThinkMs = thinkMs, timeoutMs = 30000 }) {
  const deadline = Date.now() + timeoutMs;
  let lines = 0;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error('the skin conversation did not finish');
    const handle = await frame.waitForFunction(
      () => {
        const c = window.skinChat;
        return c.error || c.done || c.waiting ? { done: c.done, waiting: c.waiting, error: c.error, sendWith: c.sendWith } : null;
      },
      null,
      { polling: 20, timeout: left },
    );
    const state = await handle.jsonValue();
    if (state.error) throw new Error(`skin script: ${state.error}`);
    if (state.done) return;
    await sleep(lines++ === 0 ? firstThinkMs : thinkMs);
    const composer = (await frame.evaluateHandle(() => window.skinChat.composer())).asElement();
    await composer.fill(state.waiting);
    if (state.sendWith === 'button') {
      const button = (await frame.evaluateHandle(() => window.skinChat.sendButton())).asElement();
      // A closed shadow root hides the button from hit-testing by composed path; the click is still a real one.
      await button.click({ force: true });
    } else {
      await composer.press('Enter');
    }
    await frame.waitForFunction((text) => window.skinChat.waiting !== text, state.waiting, { polling: 20, timeout: 5000 });
  }
}

/** New sessions and their messages, once the stored count has stopped changing. */
async function settled(context, known, expectedCount, { quietMs = 500, slowQuietMs = 2000, timeoutMs = 10000 } = {}) {
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await readNew(context, known);
    if (got.messages.length !== last) {
      last = got.messages.length;
      stableSince = Date.now();
    }
    const quiet = Date.now() - stableSince > (got.messages.length >= expectedCount ? quietMs : slowQuietMs);
    if (quiet || Date.now() > deadline) return got;
    await sleep(120);
  }
}

const comparable = (m) => ({ role: m.role, text: m.text, ...(m.author !== undefined ? { author: m.author } : {}), ...(m.shownTime !== undefined ? { shownTime: m.shownTime } : {}) });

/**
 * Plays skins one after another in one browser (each in its own tab) and scores each.
 * @param {ReturnType<typeof import('./generator.mjs').generateSkin>[]} skins
 * @param {{ determinism?: number, thinkMs?: number, firstThinkMs?: number, restartEvery?: number, screenshotDir?: string, extensionDir?: string, log?: (line: string) => void, onResult?: (r: any) => void }} [options]
 *   screenshotDir: where to save a picture of each played page (DEV seeds only: see README.md)
 *   determinism: how many of the skins (the first ones) are played a second time and compared
 */
export async function playSkins(skins, options = {}) {
  const { determinism = 0, thinkMs = 80, firstThinkMs = thinkMs, restartEvery = 40, screenshotDir, extensionDir = process.env.SKINS_EXTENSION_DIR || EXTENSION_DIR, log = () => {}, onResult = () => {} } = options;
  const dir = mkdtempSync(join(tmpdir(), 'parley-skins-'));
  for (const skin of skins) writeSkin(dir, skin);
  const server = await startSkinServer(dir);
  const hosts = [...new Set(skins.map((s) => s.host))];
  // A fresh browser (and extension database) every `restartEvery` skins: one long-lived browser was seen to record
  // less and less over a few hundred chats, and a skin's score must not depend on how many were played before it.
  const launch = () => launchWithExtension({ extraHosts: hosts, extensionDir });
  let browser = await launch();
  const known = new Set();
  const results = [];

  async function playOnce(skin) {
    for (const s of (await readNew(browser.context, known)).sessions) known.add(s.id);
    const page = await browser.context.newPage();
    let error = null;
    const t0 = Date.now();
    const timing = {};
    try {
      await page.goto(`https://${skin.host}:${server.port}${skin.path}`);
      const frame = await chatFrame(page);
      timing.load = Date.now() - t0;
      await playConversation(frame, { thinkMs, firstThinkMs });
      timing.play = Date.now() - t0;
    } catch (e) {
      error = String(e instanceof Error ? e.message : e);
    }
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${skin.id}.png`) }).catch(() => undefined);
    const got = await settled(browser.context, known, skin.expected.messages.length);
    timing.settled = Date.now() - t0;
    await page.close().catch(() => undefined);
    for (const s of got.sessions) known.add(s.id);
    const stored = got.messages.sort((a, b) => (a.sessionId === b.sessionId ? a.seq - b.seq : a.at - b.at)).map(comparable);
    return { stored, sessions: got.sessions, error, timing };
  }

  try {
    for (const [i, skin] of skins.entries()) {
      if (i > 0 && i % restartEvery === 0) {
        await browser.context.close().catch(() => undefined);
        browser = await launch();
        known.clear();
      }
      const started = Date.now();
      const first = await playOnce(skin);
      const scored = scoreSkin(skin.expected, first.stored, first.sessions);
      const result = { id: skin.id, seed: skin.seed, mode: skin.mode, factors: skin.factors, error: first.error, ms: 0, ...scored, transcript: first.stored, timing: first.timing };
      if (first.error) result.pass = false;
      if (i < determinism) {
        const again = await playOnce(skin);
        result.deterministic = JSON.stringify(again.stored) === JSON.stringify(first.stored);
      }
      result.ms = Date.now() - started;
      results.push(result);
      onResult(result);
      log(`${skin.id.padEnd(14)} ${result.pass ? 'pass' : 'FAIL'}  F1 ${result.f1.toFixed(3)}  roles ${result.roleAccuracy.toFixed(3)}  stored ${result.stored}/${result.expected}  chrome ${result.chromeLines.length}  ${result.ms} ms (${JSON.stringify(first.timing)})${first.error ? `  error: ${first.error}` : ''}`);
    }
  } finally {
    await browser.context.close().catch(() => undefined);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
