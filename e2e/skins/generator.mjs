// generateSkin(seed): a chat page drawn from the grammar (factors.mjs), its script, and the transcript a person
// reads off it — written by the same grammar, never by running Parley. writeSkin puts a skin's documents on disk.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawFactors, parseHoldout, rangeOf, DEFAULT_HOLDOUT } from './factors.mjs';
import { conversation } from './lines.mjs';
import { pageRuntime } from './page-runtime.mjs';
import { prng } from './prng.mjs';
import { esc, renderChat } from './render.mjs';

const BANKS_FILE = fileURLToPath(new URL('../../lib/sites/banks.ts', import.meta.url));

/**
 * The registry's banks, read from lib/sites/banks.ts as text (e2e runs under plain Node, without a TS loader).
 * @returns {{ id: string, region: string, name: { zh: string, en: string }, domain: string }[]}
 */
export function registryBanks(file = BANKS_FILE) {
  const text = readFileSync(file, 'utf8');
  const re = /\{\s*id:\s*'([^']+)',\s*kind:\s*'[^']+',\s*region:\s*'([A-Z]+)',\s*name:\s*\{\s*zh:\s*'([^']+)',\s*en:\s*'([^']+)'\s*\},\s*domains:\s*\[\s*'([^']+)'/g;
  const banks = [];
  for (const m of text.matchAll(re)) banks.push({ id: m[1], region: m[2], name: { zh: m[3], en: m[4] }, domain: m[5] });
  if (banks.length < 10) throw new Error(`registryBanks: read only ${banks.length} banks from ${file}; has its format changed?`);
  return banks;
}

let banksCache;
const banks = () => (banksCache ??= registryBanks());

/** Serialises the runtime with its config; `<` is escaped so no text can close the script element. */
function scriptFor(config) {
  return `(${pageRuntime.toString()})(${JSON.stringify(config).replace(/</g, '\\u003c')});`;
}

const PAGE_CSS = 'body{margin:0;font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#222}.site-nav{display:flex;gap:16px;padding:12px 24px;border-bottom:1px solid #eee}.site-main{padding:12px 24px;max-width:900px}.site-foot{padding:12px 24px;color:#999;font-size:12px}';

/**
 * @param {number} seed
 * @param {{ mode?: 'dev'|'test', holdout?: string | Record<string, string[]> }} [options] mode defaults to the seed's range
 */
export function generateSkin(seed, options = {}) {
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`generateSkin: seed must be a non-negative integer, got ${seed}`);
  const mode = options.mode ?? rangeOf(seed) ?? 'dev';
  const holdout = typeof options.holdout === 'string' ? parseHoldout(options.holdout) : (options.holdout ?? parseHoldout(DEFAULT_HOLDOUT));
  const factors = drawFactors(seed, { mode, holdout });
  const r = prng(seed, 'site');
  const region = factors.lang === 'en' ? ['US', 'UK'] : ['CN'];
  const site = r.pick(banks().filter((b) => region.includes(b.region)));
  const host = `${r.pick(['www', 'kefu', 'help', 'service', 'chat', 'online', 'cs', 'm'])}.${site.domain}`;
  const id = `skin-${seed}`;
  const path = `/__skins/${id}/`;

  const conv = conversation(seed, factors, site.name);
  const chat = renderChat(seed, factors, conv, site);
  const C = chat.chrome;
  const shadow = factors.host === 'open-shadow' ? 'open' : factors.host === 'closed-shadow' ? 'closed' : null;
  const mountId = `m${r.token(8)}`;
  const config = {
    mountId,
    shadow,
    tag: `${r.pick(['bank', 'cs', 'kf', 'help', 'web'])}-${r.pick(['chat', 'messenger', 'service', 'widget'])}`,
    css: chat.css,
    widget: chat.widget,
    steps: chat.steps,
    typingHtml: chat.typingHtml,
    list: factors.list,
    window: chat.windowSize,
    spacer: 0,
    startMs: factors.list === 'late' ? chat.lateMs : 150,
    echoMs: 30,
    sendWith: factors.send,
  };
  const script = scriptFor(config);
  const lang = factors.lang;
  const docHead = (title, extraCss = '') => `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>${PAGE_CSS}${extraCss}\n${chat.css}</style>\n</head>\n`;
  const siteNav = `<div class="site-nav"><strong>${esc(chat.bank)}</strong>${C.nav.map((n) => `<a href="#">${esc(n)}</a>`).join('')}</div>`;
  const siteFoot = `<div class="site-foot">${esc(C.copyright(chat.bank))}</div>`;

  /** @type {Record<string, string>} */
  const files = {};
  const inFrame = factors.host === 'iframe' || factors.host === 'srcdoc';
  if (inFrame) {
    const chatDoc = `${docHead(C.title(chat.bank), 'html,body{height:100%;overflow:hidden}')}<body>\n${chat.decoy}<div id="${mountId}"></div>\n<script>${script}</script>\n</body>\n</html>\n`;
    const frameDecls = Object.entries(chat.widgetDecls).filter(([k, v]) => v !== undefined && !['display', 'flex-direction', 'background', 'font-size'].includes(k)).map(([k, v]) => `${k}:${v}`).join(';');
    const frameStyle = `${frameDecls};border:1px solid #ddd;display:block;background:#fff`;
    const frameAttr = factors.host === 'srcdoc' ? `srcdoc="${esc(chatDoc)}"` : 'src="chat.html"';
    if (factors.host === 'iframe') files['chat.html'] = chatDoc;
    files['index.html'] = `${docHead(C.title(chat.bank))}<body>\n${siteNav}<div class="site-main"><h1>${esc(C.h1)}</h1><p>${esc(C.intro)}</p></div>\n<iframe title="${esc(C.title(chat.bank))}" ${frameAttr} style="${esc(frameStyle)}"></iframe>\n${chat.launcher}${siteFoot}\n</body>\n</html>\n`;
  } else {
    files['index.html'] = `${docHead(C.title(chat.bank))}<body>\n${siteNav}<div class="site-main"><h1>${esc(C.h1)}</h1><p>${esc(C.intro)}</p>${chat.decoy}<div id="${mountId}"></div></div>\n${chat.launcher}${siteFoot}\n<script>${script}</script>\n</body>\n</html>\n`;
  }

  return {
    id,
    seed,
    mode,
    factors,
    host,
    path,
    url: `https://${host}${path}`,
    html: files['index.html'],
    files,
    script,
    steps: chat.steps,
    customerLines: chat.steps.filter((s) => s.kind === 'me').map((s) => s.text),
    expected: {
      siteId: site.id,
      host,
      agentName: conv.agent,
      agentId: conv.agentId,
      messages: chat.expected,
    },
  };
}

/** Writes a skin's documents and its expected transcript under dir/<id>/. */
export function writeSkin(dir, skin) {
  const out = join(dir, skin.id);
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(skin.files)) writeFileSync(join(out, name), text);
  writeFileSync(join(out, 'expected.json'), `${JSON.stringify({ id: skin.id, seed: skin.seed, mode: skin.mode, url: skin.url, factors: skin.factors, ...skin.expected }, null, 2)}\n`);
  return out;
}
