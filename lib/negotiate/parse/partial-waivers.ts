/**
 * Charges waived only in part: 违约金减免一半, 罚息可以减免50%, 违约金减半, 减免30%的利息, "waive half the late fees",
 * "waive 50% of the penalty interest", "half of the late charges will be refunded". Runs before rates and money so the
 * share is not read as a settlement ratio or a fee rate, and before the waiver extractor, which skips these spans (the
 * charge is not waived in full).
 */

import { waiverOf } from './waivers';
import type { Ctx, Mention } from './types';

const CHARGE_ZH = '违约金|滞纳金|罚息|罚金|利息|年费|分期手续费|手续费|超限费|服务费';
// Digits are bounded and must start a number, so a run of digits costs linear time, not quadratic.
const SHARE_ZH = String.raw`一半|半数|(?<![\d.])\d{1,3}(?:\.\d{1,4})?\s*%|百分之[零一二三四五六七八九十点]+|[一二三四五六七八九\d]\s*成`;
const HELP_ZH = '(?:可以|可|能|会|将|都|也|给您|为您|帮您|予以|这边|我们|再|还|最多)*';
const VERB_ZH = '(?:减免|免除|免去|免掉|减掉|减少|免|减)(?:了|掉)?(?:其中的|其中)?';
const CHARGE_EN = String.raw`late (?:payment )?(?:fees?|charges?)|penalty (?:apr|interest|rate|fees?|charges?)|default interest|interest(?: charges?)?|annual fees?|over-?limit fees?|fees|charges`;
const SHARE_EN = String.raw`half|a half|one half|(?<![\d.])\d{1,3}(?:\.\d{1,4})?\s*(?:%|percent)|a quarter|one quarter|three quarters|a third|one third|two thirds`;
const DET_EN = String.raw`(?:(?:the|your|all|any|accrued|outstanding|existing)\s+)*`;

const PATTERNS: Array<{ re: RegExp; share: number; charge: number }> = [
  // 违约金减免一半, 罚息可以减免50%
  { re: new RegExp(`(${CHARGE_ZH})${HELP_ZH}${VERB_ZH}\\s*(${SHARE_ZH})`, 'g'), share: 2, charge: 1 },
  // 违约金减半
  { re: new RegExp(`(${CHARGE_ZH})${HELP_ZH}(减半)`, 'g'), share: 2, charge: 1 },
  // 减免50%的罚息, 减免一半的违约金
  { re: new RegExp(`(?:减免|免除|免去|免掉|减掉|免)(?:您|掉)?(?:的)?\\s*(${SHARE_ZH})\\s*(?:的)?\\s*(${CHARGE_ZH})`, 'g'), share: 1, charge: 2 },
  // waive half the late fees, waive 50% of the penalty interest
  {
    re: new RegExp(`(?<![a-z])(?:waive|waiving|remove|removing|forgive|refund|reverse|credit back|cut|reduce|take off|knock off|drop)\\s+(${SHARE_EN})\\s+(?:of\\s+)?${DET_EN}(${CHARGE_EN})(?![a-z])`, 'g'),
    share: 1,
    charge: 2,
  },
  // half of the late charges will be refunded
  {
    re: new RegExp(`(?<![a-z])(${SHARE_EN})\\s+(?:of\\s+)?${DET_EN}(${CHARGE_EN})\\s+(?:will be|can be|would be|is|are|'ll be|gets|get)\\s+(?:waived|removed|forgiven|refunded|reversed|credited back|written off|dropped)`, 'g'),
    share: 1,
    charge: 2,
  },
  // the late fees will be halved / cut by half / reduced by 50%
  {
    re: new RegExp(`(?<![a-z])(${CHARGE_EN})\\s+(?:will be|can be|would be|is|are|'ll be|get|gets)\\s+(?:(halved)|(?:cut|reduced) by (${SHARE_EN}))`, 'g'),
    share: 2,
    charge: 1,
  },
];

const CN = '零一二三四五六七八九';

function cnDecimal(s: string): number {
  // 百分之五十, 百分之三十五, 百分之零点五
  const [int, frac] = s.split('点');
  let v = 0;
  const t = int ?? '';
  if (t.includes('十')) {
    const [a, b] = t.split('十');
    v = (a ? CN.indexOf(a) : 1) * 10 + (b ? CN.indexOf(b) : 0);
  } else v = Number(t.replace(/[零一二三四五六七八九]/g, (c) => String(CN.indexOf(c))));
  if (frac) v += Number('0.' + frac.replace(/[零一二三四五六七八九]/g, (c) => String(CN.indexOf(c))));
  return v;
}

export function shareOf(word: string): number {
  const w = word.replace(/\s+/g, ' ').trim();
  if (/^(?:一半|半数|减半|half|a half|one half|halved)$/.test(w)) return 0.5;
  if (/quarter/.test(w)) return w.startsWith('three') ? 0.75 : 0.25;
  if (/third/.test(w)) return w.startsWith('two') ? 2 / 3 : 1 / 3;
  let m = /^(\d+(?:\.\d+)?)\s*(?:%|percent)$/.exec(w);
  if (m) return Number(m[1]) / 100;
  m = /^百分之(.+)$/.exec(w);
  if (m) return cnDecimal(m[1]!) / 100;
  m = /^([一二三四五六七八九\d])\s*成$/.exec(w);
  if (m) return (/\d/.test(m[1]!) ? Number(m[1]) : CN.indexOf(m[1]!)) / 10;
  return NaN;
}

/** Partial-waiver mentions; claims the number tokens inside them. */
export function findPartialWaivers(ctx: Ctx): Mention[] {
  const out: Mention[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, share, charge } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const word = m[share] ?? m[share + 1] ?? '';
      const value = shareOf(word);
      if (!(value > 0 && value < 1)) continue;
      taken.push([start, end]);
      for (let i = 0; i < ctx.tokens.length; i++) {
        const t = ctx.tokens[i]!;
        if (t.start >= start && t.end <= end) ctx.used[i] = 1;
      }
      out.push({ t: 'waiver-part', start, end, clause: ctx.clauseAt(start), waiver: waiverOf(m[charge]!), share: Math.round(value * 1e6) / 1e6 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
