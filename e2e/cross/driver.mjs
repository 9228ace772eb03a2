// One small driver over puppeteer-core for the scenarios that must hold in every browser Parley ships to: Debian's
// Chromium (the MV3 build, a service worker) and Firefox ESR (the MV2 build, a background page, over WebDriver BiDi).
// PARLEY_BROWSER (chromium | firefox) chooses; the scenario files never ask which one they run in, except through
// the few capabilities below that differ on purpose (how the background is restarted, how the add-on is installed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../lib/browser.mjs';
import { servedHosts } from '../lib/server.mjs';

const OUT_DIR = process.env.PARLEY_OUT_DIR ? resolve(process.env.PARLEY_OUT_DIR) : resolve(fileURLToPath(new URL('../../.output', import.meta.url)));
export const BUILDS = { chromium: join(OUT_DIR, 'chrome-mv3-test'), firefox: join(OUT_DIR, 'firefox-mv2-test') };
const BUILD_COMMANDS = { chromium: 'npm run build:test', firefox: 'npm run build:test:firefox' };

// The Firefox add-on's id (wxt.config.ts) and a fixed internal UUID, so extension pages have a known address.
const GECKO_ID = 'parley@parley.app';
const FIREFOX_UUID = '6b1f4c2e-8a7d-4e55-9c3b-2f0d1e7a9b44';

export const browserName = () => {
  const name = process.env.PARLEY_BROWSER || 'chromium';
  if (!(name in BUILDS)) throw new Error(`PARLEY_BROWSER must be one of ${Object.keys(BUILDS).join(', ')}, not ${name}`);
  return name;
};

export function firefoxPath() {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((p) => existsSync(p));
  if (!found) throw new Error('Firefox not found: install it with `apt-get install -y firefox-esr` (or set FIREFOX_PATH).');
  return found;
}

/**
 * Firefox: the build is zipped into the profile's extensions folder, as an installed add-on (not a temporary one), so
 * it survives a browser restart and sees runtime.onStartup like a person's copy does. Unsigned add-ons load because
 * ESR honours xpinstall.signatures.required=false.
 */
function prepareFirefoxProfile(profile, buildDir) {
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  const xpi = join(profile, 'extensions', `${GECKO_ID}.xpi`);
  rmSync(xpi, { force: true });
  execFileSync('npx', ['web-ext', 'build', '--source-dir', buildDir, '--artifacts-dir', profile, '--filename', 'parley.zip', '--overwrite-dest'], { stdio: 'ignore' });
  execFileSync('mv', [join(profile, 'parley.zip'), xpi]);
}

async function launchFirefox({ profile, lang }) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Firefox has no --host-resolver-rules: every name resolves to the local test server instead.
      'network.dns.forceResolve': '127.0.0.1',
      'network.dns.disableIPv6': true,
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'intl.accept_languages': lang,
      'intl.locale.requested': lang,
    },
  });
}

async function launchChromium({ profile, lang, buildDir }) {
  const rules = servedHosts().map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: chromiumPath(),
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      `--host-resolver-rules=${rules}, EXCLUDE localhost`, '--ignore-certificate-errors', `--lang=${lang}`,
      `--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`,
    ],
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something truthy; the error names what never happened. */
export async function until(check, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
    await sleep(150);
  }
}

/** Everything a scenario needs from a page, the same in both browsers. */
function wrapPage(page) {
  return {
    raw: page,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (selector, timeout = 15000) => page.waitForSelector(selector, { timeout }),
    text: (selector) => page.$eval(selector, (el) => el.innerText),
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => el.innerText)),
    count: (selector) => page.$$eval(selector, (els) => els.length),
    click: (selector) => page.$eval(selector, (el) => el.click()),
    async type(selector, text) {
      await page.focus(selector);
      await page.$eval(selector, (el) => {
        el.value = '';
      });
      await page.type(selector, text);
    },
    press: (key) => page.keyboard.press(key),
    screenshot: (path) => page.screenshot({ path }),
    close: () => page.close().catch(() => undefined),
  };
}

/**
 * Starts the chosen browser with the test build installed. `restart()` closes it and starts it again on the same
 * profile (the add-on, its database and its alarms stay, as for a person who quits and reopens the browser).
 */
export async function launchBrowser({ lang = 'zh-CN' } = {}) {
  const name = browserName();
  const buildDir = BUILDS[name];
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`No build at ${buildDir}: run \`${BUILD_COMMANDS[name]}\` first.`);
  const profile = mkdtempSync(join(tmpdir(), `parley-${name}-`));
  if (name === 'firefox') prepareFirefoxProfile(profile, buildDir);
  const start = () => (name === 'firefox' ? launchFirefox({ profile, lang }) : launchChromium({ profile, lang, buildDir }));
  let browser = await start();

  async function extensionOrigin() {
    if (name === 'firefox') return `moz-extension://${FIREFOX_UUID}`;
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15000 });
    const { protocol, host } = new URL(target.url());
    return `${protocol}//${host}`;
  }
  let origin = await extensionOrigin();

  async function open(url) {
    const page = await browser.newPage();
    if (url.startsWith(origin)) {
      // Firefox reports no load event for an extension page opened this way: wait for the page's own content.
      void page.goto(url).catch(() => undefined);
      await until(() => page.evaluate(() => document.readyState === 'complete' && document.body?.childElementCount > 0), `${url} to load`);
    } else {
      await page.goto(url);
    }
    return wrapPage(page);
  }

  // An extension page kept for reading the database and the extension APIs: the same code path in both browsers.
  let probe;
  async function inExtension(fn, arg) {
    if (!probe) {
      probe = await open(`${origin}/record.html`);
      // Opening a database that does not exist yet would create an empty one under Parley's name: wait for Parley's.
      await until(() => probe.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'parley')), "Parley's database");
    }
    return probe.evaluate(fn, arg);
  }

  const driver = {
    name,
    get origin() {
      return origin;
    },
    open,
    openPanel: (tabId, { width = 420, height = 900 } = {}) =>
      open(`${origin}/sidepanel.html?tabId=${tabId}`).then(async (p) => {
        await p.raw.setViewport({ width, height });
        return p;
      }),
    inExtension,
    async tabIdOf(urlPattern) {
      return inExtension(async (pattern) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return (await api.tabs.query({ url: pattern }))[0]?.id;
      }, urlPattern);
    },
    /** Every table (the extension origin is the only place they exist), and Parley's alarms. */
    readDatabase() {
      return inExtension(async () => {
        const db = await new Promise((res, rej) => {
          const req = indexedDB.open('parley');
          req.onsuccess = () => res(req.result);
          req.onerror = () => rej(req.error);
        });
        const names = ['sessions', 'messages', 'followUps', 'settings'].filter((n) => db.objectStoreNames.contains(n));
        const out = { sessions: [], messages: [], followUps: [], settings: [] };
        if (names.length) {
          const tx = db.transaction(names, 'readonly');
          await Promise.all(names.map((n) => new Promise((res) => {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => res((out[n] = req.result));
          })));
        }
        db.close();
        const api = globalThis.browser ?? globalThis.chrome;
        out.alarms = (await api.alarms.getAll()).filter((a) => a.name.startsWith('parley.followUp:')).map((a) => a.name);
        return out;
      });
    },
    /**
     * Chromium stops the idle service worker (as it does after 30 s); Firefox's background page lives as long as the
     * add-on, so it restarts only when the add-on is reloaded (an update, or off and on again): do that.
     */
    async restartBackground() {
      if (name === 'chromium') {
        const page = await browser.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
        await page.close();
        return;
      }
      const reloading = probe ?? (await open(`${origin}/record.html`));
      probe = undefined;
      await reloading.evaluate(() => {
        setTimeout(() => browser.runtime.reload(), 50);
      });
      await sleep(1500);
      await until(async () => {
        const page = await open(`${origin}/record.html`);
        probe = page;
        return page.evaluate(() => typeof browser.runtime.id === 'string');
      }, 'the add-on to come back after its reload');
    },
    async restart({ whileClosed } = {}) {
      probe = undefined;
      await browser.close();
      await whileClosed?.();
      browser = await start();
      origin = await extensionOrigin();
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
  return driver;
}
