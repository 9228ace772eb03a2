// The skin grammar's factors and their values, the seed ranges of the protocol (README.md), and held-out values.
import { prng } from './prng.mjs';

/** Every factor and every value it can take. Order matters only for display. */
export const FACTORS = {
  // How class names look.
  naming: ['hashed', 'bem', 'utility', 'none', 'semantic'],
  // How the customer's side is shown (system notices are centred in every technique).
  side: ['class-words', 'row-reverse', 'justify-end', 'align-self', 'margin-auto', 'text-align', 'grid', 'colour'],
  avatar: ['none', 'img', 'initials'],
  name: ['none', 'above', 'beside'],
  nameSelf: ['hidden', 'shown'],
  timePos: ['none', 'before', 'after', 'below'],
  timeFormat: ['clock', 'seconds', 'ampm', 'relative', 'datetime'],
  receipts: ['none', 'shown'],
  reactions: ['none', 'shown'],
  cards: ['none', 'offer-card'],
  chips: ['none', 'in-list', 'bar'],
  typing: ['none', 'dots', 'text'],
  dividers: ['none', 'shown'],
  notices: ['none', 'join', 'join-leave'],
  paragraphs: ['none', 'p', 'br'],
  links: ['none', 'shown'],
  aria: ['none', 'log'],
  // Where the chat lives.
  host: ['page', 'iframe', 'srcdoc', 'open-shadow', 'closed-shadow'],
  // How the list behaves while messages arrive.
  list: ['append', 'virtual', 'recycle', 'rerender', 'late'],
  decoy: ['none', 'faq', 'news'],
  header: ['none', 'title', 'full'],
  toolbar: ['none', 'shown'],
  launcher: ['none', 'shown'],
  footer: ['none', 'shown'],
  composer: ['textarea', 'input', 'contenteditable'],
  send: ['enter', 'button'],
  lang: ['zh-CN', 'zh-TW', 'en'],
  layout: ['corner', 'full', 'drawer'],
  // Consecutive lines of one sender under one name and avatar (the later rows show neither).
  grouping: ['none', 'grouped'],
  // A visually hidden "Agent said:" copy inside each bubble, for screen readers only.
  srCopy: ['none', 'prefix'],
};

/**
 * Seed ranges (README.md "Protocol"). DEV: the finder's author may open, read and iterate on these pages.
 * TEST: reported only as aggregate tables; nobody tunes code on what its pages contain.
 * CI: the fixed sample e2e/tests/skins.test.mjs plays, taken from the start of TEST.
 */
export const SEED_RANGES = {
  dev: { from: 1, to: 99_999 },
  test: { from: 1_000_000, to: 1_099_999 },
};
export const CI_SEEDS = { from: 1_000_000, count: 60 };

/** Values kept out of DEV seeds by default, so TEST shows whether a rule generalises past what was developed on. */
export const DEFAULT_HOLDOUT = 'side=grid,colour;naming=utility;list=recycle;timeFormat=datetime';

/** @param {number} seed @returns {'dev' | 'test' | null} */
export function rangeOf(seed) {
  for (const [name, r] of Object.entries(SEED_RANGES)) if (seed >= r.from && seed <= r.to) return /** @type {'dev'|'test'} */ (name);
  return null;
}

/**
 * Parses "side=grid,colour;naming=utility" into { side: ['grid','colour'], naming: ['utility'] }.
 * Unknown factors or values are an error (a typo must not silently hold nothing out).
 * @param {string | undefined} spec
 * @returns {Record<string, string[]>}
 */
export function parseHoldout(spec) {
  /** @type {Record<string, string[]>} */
  const out = {};
  if (!spec) return out;
  for (const part of spec.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [factor, values] = part.split('=').map((s) => s.trim());
    if (!factor || !values) throw new Error(`holdout: "${part}" is not factor=value,value`);
    if (!(factor in FACTORS)) throw new Error(`holdout: unknown factor "${factor}" (known: ${Object.keys(FACTORS).join(', ')})`);
    const all = FACTORS[/** @type {keyof typeof FACTORS} */ (factor)];
    const list = values.split(',').map((v) => v.trim()).filter(Boolean);
    for (const v of list) if (!all.includes(v)) throw new Error(`holdout: "${v}" is not a value of ${factor} (${all.join(', ')})`);
    if (list.length >= all.length) throw new Error(`holdout: holding out every value of ${factor} leaves nothing to generate`);
    out[factor] = [...new Set([...(out[factor] ?? []), ...list])];
  }
  return out;
}

/**
 * Draws every factor for a seed. In a DEV seed (or mode 'dev') held-out values are never drawn; in TEST every value is.
 * @param {number} seed
 * @param {{ mode?: 'dev' | 'test', holdout?: Record<string, string[]> }} [options]
 */
export function drawFactors(seed, options = {}) {
  const mode = options.mode ?? rangeOf(seed) ?? 'dev';
  const holdout = mode === 'dev' ? (options.holdout ?? parseHoldout(DEFAULT_HOLDOUT)) : {};
  /** @type {Record<string, string>} */
  const f = {};
  for (const [name, values] of Object.entries(FACTORS)) {
    const held = holdout[name] ?? [];
    let allowed = values.filter((v) => !held.includes(v));
    // Class words need class names to live in: the one combination the grammar refuses.
    if (name === 'naming' && f.side === 'class-words') allowed = allowed.filter((v) => v !== 'none');
    f[name] = prng(seed, `factor:${name}`).pick(allowed);
  }
  return f;
}
