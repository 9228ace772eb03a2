/**
 * Expands the sentence frames (templates-*.ts) into the corpus lines of a split, in memory: the same lines, in the
 * same order and with the same fields, that build.ts once wrote to train.jsonl and still writes to dev.jsonl. The
 * train lines are not committed (a 1.5 MiB file derived entirely from the frames and split-manifest.json); the
 * trainer and the tests call `trainLines()` instead.
 *
 * Which split a frame belongs to comes from split-manifest.json. `expandSplit` refuses a frame the manifest does not
 * know: run build.ts first, which assigns it (README "Protocol") and records it in the manifest.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { INTENTS, TEXT_RED_FLAGS, type IntentId, type TextRedFlagId } from '../../../../lib/phrasing/types';
import { EN } from './templates-en';
import { EN_EXTRA } from './templates-en-extra';
import { EN_MORE } from './templates-en-more';
import { EN_SUPP } from './templates-en-supp';
import { EN_SUPP2 } from './templates-en-supp2';
import { ZH } from './templates-zh';
import { ZH_EXTRA } from './templates-zh-extra';
import { ZH_MORE } from './templates-zh-more';
import { ZH_SUPP } from './templates-zh-supp';
import { ZH_SUPP2 } from './templates-zh-supp2';
import { frameId, mulberry32, type CorpusLine } from './corpus-line';

export const SEED = 20261204;
export const MANIFEST_PATH = join(dirname(fileURLToPath(import.meta.url)), 'split-manifest.json');
const LINES_PER_FRAME = 6;
export type Split = 'train' | 'dev' | 'test';
export type Manifest = Readonly<Record<string, Split>>;
type Frame = readonly ['zh' | 'en', readonly [string, string]];

/** The train-only supplements (templates-*-supp.ts, templates-*-supp2.ts): build.ts pins them to train. */
export const SUPPLEMENT: readonly Frame[] = [
  ...[...ZH_SUPP, ...ZH_SUPP2].map((t) => ['zh', t] as const),
  ...[...EN_SUPP, ...EN_SUPP2].map((t) => ['en', t] as const),
];
/** Every frame, in the order its lines are written. */
export const FRAMES: readonly Frame[] = [
  ...[...ZH, ...ZH_MORE, ...ZH_EXTRA].map((t) => ['zh', t] as const),
  ...[...EN, ...EN_MORE, ...EN_EXTRA].map((t) => ['en', t] as const),
  ...SUPPLEMENT,
];

const FILL: Record<'zh' | 'en', Record<string, readonly string[]>> = {
  zh: {
    LOW: ['320元', '580元', '1,200元', '96元'],
    AMT: ['3,200元', '5800元', '¥12,000', '2万元', '1.5万元', '两千块', '4,560.50元', '八千元', '960元'],
    PER: ['6', '12', '18', '24', '36', '48', '60'],
    DAY: ['15号', '本月25日', '下周五', '3月10日', '月底', '明天'],
    NAME: ['小王', '李敏', '张经理', '陈专员', '小林', '刘主管'],
    BANK: ['恒信银行', '安泰消费金融', '明达银行', '众和信用卡中心', '本行'],
    RATE: ['0.6%', '0.75%', '0.5%', '0.66%'],
  },
  en: {
    LOW: ['$35', '£25', '$120', '£60'],
    AMT: ['$1,250', '£840', '$312.50', '£2,400', '$5,000', '£95', '$180', '£1,150.75'],
    PER: ['6', '12', '18', '24', '36', '48'],
    DAY: ['the 15th', 'Friday', 'March 3', 'the end of the month', '31/05', 'next Tuesday'],
    NAME: ['Sarah', 'Tom', 'Priya', 'Marcus', 'Jen', 'Callum'],
    BANK: ['Northbank', 'Lakeside Card Services', 'Harbour Bank', 'Crestline Financial', 'Meridian'],
    RATE: ['0.6%', '0.75%'],
  },
};

function expand(text: string, lang: 'zh' | 'en', rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  // slots first, then alternations from the innermost out, so an alternative may hold a slot
  let out = text.replace(/\{([A-Z0-9]+)\}/g, (_, slot: string) => (slot === 'N4' ? String(1000 + Math.floor(rnd() * 9000)) : pick(FILL[lang][slot] ?? [slot])));
  for (let guard = 0; guard < 20 && /\{[^{}]*\}/.test(out); guard++) out = out.replace(/\{([^{}]*)\}/g, (_, alts: string) => pick(alts.split('|')));
  return out.replace(/ {2,}/g, ' ').replace(/ ([,.?!])/g, '$1').replace(/，，/g, '，').trim();
}

function parseTags(tags: string): { intents: IntentId[]; redFlags: TextRedFlagId[]; kind?: string } {
  const intents: IntentId[] = [];
  const redFlags: TextRedFlagId[] = [];
  let kind: string | undefined;
  for (const t of tags.split(/\s+/).filter(Boolean)) {
    if (t.startsWith('!')) {
      const f = t.slice(1) as TextRedFlagId;
      if (!TEXT_RED_FLAGS.includes(f)) throw new Error(`unknown red flag ${t}`);
      redFlags.push(f);
    } else if (t.startsWith('~')) kind = t.slice(1);
    else {
      if (!INTENTS.includes(t as IntentId)) throw new Error(`unknown intent ${t}`);
      intents.push(t as IntentId);
    }
  }
  return { intents, redFlags, kind: kind ?? (redFlags.length > 0 ? 'scam' : undefined) };
}

// English typing slips: a swapped or dropped letter, or everything lower case without the final stop.
function typo(text: string, rnd: () => number): string {
  const r = rnd();
  if (r < 0.34) return text.toLowerCase().replace(/[.!]$/, '');
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w));
  if (long.length === 0) return text.toLowerCase();
  const [w, i] = long[Math.floor(rnd() * long.length)] as readonly [string, number];
  const k = 1 + Math.floor(rnd() * (w.length - 2));
  words[i] = r < 0.67 ? w.slice(0, k) + (w[k + 1] ?? '') + (w[k] ?? '') + w.slice(k + 2) : w.slice(0, k) + w.slice(k + 1);
  return words.join(' ');
}

/** The committed split manifest (frame id → split). */
export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
}

/**
 * The manifest with every frame assigned (what build.ts records): the supplements pinned to train, and a frame the
 * manifest does not know yet assigned by a seeded shuffle within its (language, first label) stratum — to test only
 * on the very first run, otherwise to dev (15 %) or train. Returns a new object; frames already assigned keep their split.
 */
export function assignSplits(previous: Manifest): Record<string, Split> {
  const manifest: Record<string, Split> = { ...previous };
  const firstRun = Object.keys(manifest).length === 0;
  // The train-only supplements never enter dev: dev stays the measure it was, and test is frozen.
  for (const [lang, t] of SUPPLEMENT) manifest[frameId(lang, t)] ??= 'train';
  const rnd = mulberry32(SEED);
  const strata = new Map<string, string[]>();
  for (const [lang, t] of FRAMES) {
    const id = frameId(lang, t);
    if (manifest[id]) continue;
    const key = `${lang}/${t[0].split(/\s+/)[0]}`;
    strata.set(key, [...(strata.get(key) ?? []), id]);
  }
  for (const ids of strata.values()) {
    const order = ids.map((id) => [id, rnd()] as const).sort((a, b) => a[1] - b[1]).map(([id]) => id);
    const n = order.length;
    const nTest = firstRun ? Math.max(1, Math.round(n * 0.15)) : 0;
    const nDev = n >= 3 ? Math.max(1, Math.round(n * 0.15)) : 0;
    order.forEach((id, i) => (manifest[id] = i < nTest ? 'test' : i < nTest + nDev ? 'dev' : 'train'));
  }
  return manifest;
}

let converters: { toHk: (s: string) => string; toTw: (s: string) => string } | undefined;

/**
 * The lines of one split, with their ids (`train-0000`, …): up to 6 lines per frame of the split (seeded by the
 * frame's hash), about one Chinese line in six in Traditional characters, English typing slips, then multi-sentence
 * turns joined from the split's own lines (28 %). A split's lines depend only on its own frames, so building one
 * split never expands another. Throws when a frame is missing from the manifest.
 */
export function expandSplit(split: Split, manifest: Manifest): CorpusLine[] {
  converters ??= { toHk: OpenCC.Converter({ from: 'cn', to: 'hk' }), toTw: OpenCC.Converter({ from: 'cn', to: 'twp' }) };
  const { toHk, toTw } = converters;
  const singles: CorpusLine[] = [];
  for (const [lang, t] of FRAMES) {
    const id = frameId(lang, t);
    const assigned = manifest[id];
    if (!assigned) throw new Error(`frame ${id} (${lang}: ${t[1].slice(0, 40)}…) is not in split-manifest.json: run build.ts to assign it`);
    if (assigned !== split) continue;
    const { intents, redFlags, kind } = parseTags(t[0]);
    const seen = new Set<string>();
    const fr = mulberry32(parseInt(id.slice(0, 8), 16) ^ SEED);
    for (let attempt = 0; attempt < 40 && seen.size < LINES_PER_FRAME; attempt++) {
      let text = expand(t[1], lang, fr);
      let script: CorpusLine['script'] = lang === 'en' ? 'latin' : 'hans';
      if (lang === 'en' && fr() < 0.12) text = typo(text, fr);
      if (lang === 'zh' && fr() < 0.16) {
        text = fr() < 0.5 ? toHk(text) : toTw(text);
        script = 'hant';
      }
      if (seen.has(text)) continue;
      seen.add(text);
      singles.push({ id: '', lang, script, text, intents, redFlags, ...(kind ? { kind } : {}), frame: id });
    }
  }

  // Long turns: two or three lines of one language from different frames of the same split, in the order agents
  // write them (greeting and identity check first, closing last).
  const rank = (l: CorpusLine) => (l.intents.includes('greeting') ? 0 : l.intents.includes('identity-check') ? 1 : l.intents.includes('closing') ? 3 : 2);
  const cr = mulberry32(SEED + split.length);
  const want = Math.round(singles.length * 0.28);
  for (let k = 0; k < want; k++) {
    const lang = cr() < 0.5 ? 'zh' : 'en';
    const script = lang === 'en' ? 'latin' : cr() < 0.16 ? 'hant' : 'hans';
    const pool = singles.filter((l) => l.script === script && !l.frame.includes('+'));
    const n = cr() < 0.7 ? 2 : 3;
    const parts: CorpusLine[] = [];
    for (let g = 0; g < 20 && parts.length < n; g++) {
      const c = pool[Math.floor(cr() * pool.length)] as CorpusLine;
      if (parts.some((p) => p.frame === c.frame || rank(p) === rank(c) && rank(c) !== 2)) continue;
      parts.push(c);
    }
    parts.sort((a, b) => rank(a) - rank(b));
    const text = parts.map((p) => p.text).join(lang === 'zh' ? '' : ' ');
    const intents = INTENTS.filter((i) => parts.some((p) => p.intents.includes(i)));
    const redFlags = TEXT_RED_FLAGS.filter((f) => parts.some((p) => p.redFlags.includes(f)));
    const kinds = [...new Set(parts.map((p) => p.kind).filter(Boolean))];
    const kind = redFlags.length > 0 ? 'scam' : kinds[0];
    singles.push({ id: '', lang, script, text, intents, redFlags, ...(kind ? { kind } : {}), frame: parts.map((p) => p.frame).join('+') });
  }
  return singles.map((l, i) => ({ ...l, id: `${split}-${String(i).padStart(4, '0')}` }));
}

/** A split's lines as a .jsonl file holds them: one JSON object a line, a newline after the last. */
export const toJsonl = (lines: readonly CorpusLine[]): string => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

/** The train split, built from the frames and the committed manifest (train.jsonl is no longer stored). */
export function trainLines(manifest: Manifest = readManifest()): CorpusLine[] {
  return expandSplit('train', manifest);
}
