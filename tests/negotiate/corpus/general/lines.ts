/**
 * Sentence frames for the generalisation corpus: each frame draws its slots (figures, terms, registers, money forms)
 * from a seeded generator and states the offers the line holds, so the expectation follows from the same numbers the
 * line was written with. Written for this project; bank names are invented.
 *
 * Conventions (research/offer-conventions.md): money in minor units, rates as fractions, a deferral followed by a
 * plan is two offers (the plan carries `afterDeferral`), a share of the balance paid first is `downPaymentRatio`,
 * part of a charge waived is `waivesPart`, a figure the agent gives with 约 / about is listed in `approximate`.
 */

import type { Currency, Offer, Waiver } from '../../../../lib/negotiate/types';

export type Expected = Omit<Offer, 'spans'>;

export interface Line {
  frame: string;
  lang: 'zh' | 'en';
  text: string;
  opts?: { currency?: Currency; balance?: number };
  expect: Expected[];
}

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Frame = (r: Rng) => Line | Line[];

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const round2 = (x: number) => Math.round(x * 1e6) / 1e6;

const CN_DIGITS = '零一二三四五六七八九';
export function cnNum(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  return String(n);
}
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const comma = (n: number) => n.toLocaleString('en-US');

/** A yuan amount in one of the forms agents type, with its value in fen. */
function yuan(r: Rng, whole: number): string {
  const forms = [`${whole}元`, `${comma(whole)}元`, `¥${comma(whole)}`, `${whole}块`, `人民币${comma(whole)}元`, `${comma(whole)}.00元`];
  if (whole % 10000 === 0) forms.push(`${whole / 10000}万元`, `${whole / 10000}万`);
  else if (whole % 1000 === 0 && whole > 10000) forms.push(`${whole / 10000}万元`);
  return pick(r, forms);
}
function dollars(r: Rng, whole: number, cur: 'USD' | 'GBP'): string {
  if (cur === 'GBP') return pick(r, [`£${comma(whole)}`, `£${comma(whole)}.00`, `${comma(whole)} pounds`, `£${whole}`]);
  return pick(r, [`$${comma(whole)}`, `$${comma(whole)}.00`, `${comma(whole)} dollars`, `$${whole}`, `US$${comma(whole)}`]);
}
function zhTerm(r: Rng, n: number): string {
  return pick(r, [`${n}期`, `${n}期`, `${cnNum(n)}期`, `${n}个月`]);
}
function enTerm(r: Rng, n: number, uk: boolean): string {
  const inst = uk ? 'instalments' : 'installments';
  return pick(r, [`${n} months`, `${n} monthly payments`, `${n} monthly ${inst}`, n <= 12 ? `${EN_WORDS[n]} months` : `${n} months`]);
}
function pct(r: Rng, x: number, zh: boolean): string {
  const s = String(round2(x * 100));
  return zh ? pick(r, [`${s}%`, `${s}%`, `${s}％`]) : `${s}%`;
}

const ZH_OPEN = ['', '您好，', '您好！', '先生您好，', '女士您好，', '经过审核，', '我这边帮您申请了一下，', '跟您说一下，', '亲，', '好的，', '根据您的情况，', '经过内部评估，', '我们领导批了，', '让您久等了，', '核实过了，'];
const ZH_CLOSE = ['', '', '您看可以吗？', '您考虑一下。', '您看怎么样？', '如果同意请回复确认。', '有问题随时联系我。', '您这边确认一下。'];
const EN_OPEN = ['', 'Hi, ', 'Thanks for waiting. ', 'Good news: ', 'I checked with my supervisor and ', 'OK, so ', 'After reviewing your account, ', 'Thank you for your patience. '];
const EN_CLOSE = ['', '', ' Let me know if that works.', ' Would you like to go ahead?', ' Please confirm if you agree.', ' Happy to answer any questions.'];
const ZH_CAN = ['可以为您办理', '可以给您办', '能帮您申请', '可以帮您做', '这边可以给您安排', '我们可以同意'];
const EN_CAN = ['we can offer you', 'we can set you up with', "I'm able to offer", 'we could put you on', 'we can approve'];

const WAIVER_ZH: Record<Waiver, string[]> = {
  'late-fee': ['违约金', '滞纳金'],
  penalty: ['罚息'],
  interest: ['利息'],
  fee: ['年费', '手续费', '超限费'],
};
const WAIVER_EN: Record<Waiver, string[]> = {
  'late-fee': ['late fees', 'late payment fees', 'late charges'],
  penalty: ['penalty interest', 'penalty APR'],
  interest: ['interest'],
  fee: ['annual fee', 'over-limit fees'],
};
const ORDER: Waiver[] = ['penalty', 'late-fee', 'interest', 'fee'];
const sortW = (ws: Waiver[]) => ORDER.filter((w) => ws.includes(w));

function waiverSetZh(r: Rng, exclude: Waiver[] = []): { text: string; ws: Waiver[] } {
  const pool = (['late-fee', 'penalty', 'fee'] as Waiver[]).filter((w) => !exclude.includes(w));
  const k = int(r, 1, Math.min(2, pool.length));
  const ws = [...pool].sort(() => r() - 0.5).slice(0, k);
  const words = ws.map((w) => pick(r, WAIVER_ZH[w]));
  const list = words.join(pick(r, ['和', '、', '及']));
  const text = pick(r, [`${list}全部减免`, `免除${list}`, `${list}给您免掉`, `${list}都可以免`, `减免${list}`]);
  return { text, ws: sortW(ws) };
}
function waiverSetEn(r: Rng): { text: string; ws: Waiver[] } {
  const pool: Waiver[] = ['late-fee', 'penalty', 'fee'];
  const k = int(r, 1, 2);
  const ws = [...pool].sort(() => r() - 0.5).slice(0, k);
  const words = ws.map((w) => pick(r, WAIVER_EN[w]));
  const list = words.join(' and the ');
  const text = pick(r, [`we will waive the ${list}`, `the ${list} will be waived`, `we'll remove the ${list}`, `we can drop the ${list}`]);
  return { text, ws: sortW(ws) };
}

/** Dates relative to the corpus's "today", Monday 10 March 2025. */
function zhDeadline(r: Rng): { text: string; date: string } {
  const d = int(r, 15, 31);
  const m = int(r, 4, 6);
  const dm = int(r, 1, 28);
  const k = int(r, 3, 10);
  return pick(r, [
    { text: `请在本月${d}日前还款`, date: `2025-03-${d}` },
    { text: `需于${m}月${dm}日前办理`, date: `2025-0${m}-${String(dm).padStart(2, '0')}` },
    { text: `此方案${k}天内有效`, date: `2025-03-${String(10 + k).padStart(2, '0')}` },
    { text: `请于2025年${m}月${dm}日前完成首笔还款`, date: `2025-0${m}-${String(dm).padStart(2, '0')}` },
  ]);
}
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July'];
function enDeadline(r: Rng): { text: string; date: string } {
  const m = int(r, 4, 6);
  const d = int(r, 1, 28);
  const k = int(r, 5, 20);
  return pick(r, [
    { text: `The offer is valid until ${EN_MONTHS[m - 1]} ${d}, 2025.`, date: `2025-0${m}-${String(d).padStart(2, '0')}` },
    { text: `Please make the payment by ${d} ${EN_MONTHS[m - 1]} 2025.`, date: `2025-0${m}-${String(d).padStart(2, '0')}` },
    { text: `You'd need to accept within ${k} days.`, date: `2025-03-${String(10 + k).padStart(2, '0')}` },
  ]);
}

const FEE_RATES = [0.005, 0.006, 0.0065, 0.007, 0.0075, 0.0045, 0.0055, 0.008];
const TERMS = [6, 12, 18, 24, 36, 48, 60];
const ZH_ONLY = (frame: string, text: string, expect: Expected[], opts?: Line['opts']): Line => ({ frame, lang: 'zh', text, expect, ...(opts ? { opts } : {}) });
const EN_ONLY = (frame: string, text: string, expect: Expected[], opts?: Line['opts']): Line => ({ frame, lang: 'en', text, expect, ...(opts ? { opts } : {}) });

// ── Offers, Chinese ───────────────────────────────────────────────────────────────────────────────────────────────
export const POSITIVE_ZH: Frame[] = [
  (r) => {
    const n = pick(r, TERMS);
    const f = pick(r, FEE_RATES);
    const coll = pick(r, ['', '，手续费分期收取', '，手续费每期收取', '，手续费首期一次性收取']);
    const e: Expected = { kind: 'installment', periods: n, monthlyFeeRate: f };
    if (coll.includes('一次性')) e.feeCollection = 'upfront';
    else if (coll) e.feeCollection = 'per-period';
    return ZH_ONLY('zh-fee', `${pick(r, ZH_OPEN)}${pick(r, ZH_CAN)}分${zhTerm(r, n)}，每期手续费${pick(r, ['', '率'])}${pct(r, f, true)}${coll}。${pick(r, ZH_CLOSE)}`, [e]);
  },
  (r) => {
    const n = pick(r, TERMS);
    const f = pick(r, FEE_RATES);
    return ZH_ONLY('zh-fee-month', `${pick(r, ZH_OPEN)}您的账单${pick(r, ['可以', '能'])}分${zhTerm(r, n)}${pick(r, ['还款', '还清', ''])}，月手续费${pct(r, f, true)}。${pick(r, ZH_CLOSE)}`, [
      { kind: 'installment', periods: n, monthlyFeeRate: f },
    ]);
  },
  (r) => {
    const [a, b, c] = pick(r, [[6, 12, 24], [12, 24, 36], [3, 6, 12], [12, 18, 24], [24, 36, 48]] as const);
    return ZH_ONLY('zh-menu', `${pick(r, ZH_OPEN)}目前${pick(r, ['可以办', '可选', '支持'])}${a}/${b}/${c}期，${pick(r, ['您看选哪个？', '您挑一个。', '看您方便。'])}`, [
      { kind: 'installment', periods: a },
      { kind: 'installment', periods: b },
      { kind: 'installment', periods: c },
    ]);
  },
  (r) => {
    const [a, b] = pick(r, [[12, 24], [6, 12], [24, 36], [18, 36]] as const);
    const [fa, fb] = pick(r, [[0.006, 0.0075], [0.005, 0.006], [0.0065, 0.007]] as const);
    return ZH_ONLY('zh-menu-priced', `${pick(r, ZH_OPEN)}可以分${a}期或者${b}期，${a}期的每期手续费${pct(r, fa, true)}，${b}期的每期${pct(r, fb, true)}。`, [
      { kind: 'installment', periods: a, monthlyFeeRate: fa },
      { kind: 'installment', periods: b, monthlyFeeRate: fb },
    ]);
  },
  (r) => {
    const n = pick(r, [24, 36, 48, 60]);
    const w = waiverSetZh(r);
    return ZH_ONLY('zh-frozen', `${pick(r, ZH_OPEN)}${pick(r, ['这边帮您申请到了停息挂账', '可以给您办理停息挂账', '您的账户可以停息'])}，分${zhTerm(r, n)}还款，${w.text}。${pick(r, ZH_CLOSE)}`, [
      { kind: 'interest-frozen', periods: n, waives: w.ws },
    ]);
  },
  (r) => {
    const n = pick(r, [12, 24, 36, 48, 60]);
    const a = pick(r, [0.072, 0.085, 0.099, 0.108, 0.12, 0.06]);
    return ZH_ONLY('zh-amortized', `${pick(r, ZH_OPEN)}${pick(r, ZH_CAN)}${pick(r, ['等额本息', '等额本息还款'])}，年化利率${pct(r, a, true)}，分${zhTerm(r, n)}。${pick(r, ZH_CLOSE)}`, [
      { kind: 'amortized', periods: n, annualRate: a },
    ]);
  },
  (r) => {
    const ratio = pick(r, [[0.5, '五成'], [0.6, '六成'], [0.7, '七成'], [0.8, '八成'], [0.6, '60%'], [0.45, '45%'], [0.7, '七折'], [0.65, '65%']] as const);
    const base = pick(r, [['欠款总额的', undefined], ['本金的', 'principal'], ['全部欠款的', undefined]] as const);
    const e: Expected = { kind: 'settlement', settlementRatio: ratio[0] };
    const baseText = ratio[1].endsWith('折') ? '' : base[0];
    if (!ratio[1].endsWith('折') && base[1]) e.settlementBase = 'principal';
    return ZH_ONLY('zh-settle-ratio', `${pick(r, ZH_OPEN)}如果您能一次性结清，我们可以按${baseText}${ratio[1]}处理。${pick(r, ZH_CLOSE)}`, [e]);
  },
  (r) => {
    const amt = pick(r, [8500, 12000, 6800, 30000, 15500, 4200, 20000, 9999]);
    const d = zhDeadline(r);
    const withD = r() < 0.5;
    const e: Expected = { kind: 'settlement', settlementAmount: amt * 100, currency: 'CNY' };
    if (withD) e.deadline = d.date;
    return ZH_ONLY('zh-settle-amount', `${pick(r, ZH_OPEN)}${pick(r, ['您一次性还款', '只需一次性还', '一次性支付'])}${yuan(r, amt)}${pick(r, ['即可结清全部欠款', '就可以结清', '，剩余部分全部减免'])}${withD ? '，' + d.text : ''}。`, [e]);
  },
  (r) => {
    const n = pick(r, [3, 6, 12]);
    return ZH_ONLY('zh-defer', `${pick(r, ZH_OPEN)}考虑到您的情况，${pick(r, ['我们可以将还款延期', '可以给您延期', '可以申请延后还款', '可以给您停还'])}${pick(r, [`${n}个月`, `${cnNum(n)}个月`])}。${pick(r, ZH_CLOSE)}`, [{ kind: 'deferral', periods: n }]);
  },
  (r) => {
    const d = pick(r, [2, 3, 6]);
    const n = pick(r, [12, 24, 36]);
    const f = pick(r, FEE_RATES);
    const priced = r() < 0.5;
    const after = pick(r, ['后', '之后', '以后', '，期满后', '，延期结束后']);
    const plan: Expected = { kind: 'installment', periods: n, afterDeferral: d };
    if (priced) plan.monthlyFeeRate = f;
    return ZH_ONLY('zh-defer-plan', `${pick(r, ZH_OPEN)}${pick(r, ['可以先延期', '可以先给您延期', '先暂缓还款'])}${d}个月${after}再分${zhTerm(r, n)}${priced ? `，每期手续费${pct(r, f, true)}` : ''}。${pick(r, ZH_CLOSE)}`, [
      { kind: 'deferral', periods: d },
      plan,
    ]);
  },
  (r) => {
    const d = pick(r, [3, 6]);
    const n = pick(r, [24, 36, 60]);
    const w = waiverSetZh(r);
    return ZH_ONLY('zh-defer-frozen', `${pick(r, ZH_OPEN)}给您申请的是延期${d}个月后停息分${n}期，${w.text}。`, [
      { kind: 'deferral', periods: d, waives: w.ws },
      { kind: 'interest-frozen', periods: n, afterDeferral: d, waives: w.ws },
    ]);
  },
  (r) => {
    const n = pick(r, TERMS);
    const f = pick(r, FEE_RATES);
    const w = pick(r, ['late-fee', 'penalty'] as const);
    const share = pick(r, [[0.5, '一半'], [0.5, '50%'], [0.3, '30%'], [0.8, '80%'], [0.5, '减半']] as const);
    const word = pick(r, WAIVER_ZH[w]);
    const part = share[1] === '减半' ? `${word}减半` : pick(r, [`${word}减免${share[1]}`, `减免${share[1]}的${word}`, `${word}可以减免${share[1]}`]);
    return ZH_ONLY('zh-partial', `${pick(r, ZH_OPEN)}${pick(r, ZH_CAN)}分${zhTerm(r, n)}，每期手续费${pct(r, f, true)}，${part}。`, [
      { kind: 'installment', periods: n, monthlyFeeRate: f, waivesPart: [{ waiver: w, share: share[0] }] },
    ]);
  },
  (r) => {
    const ratio = pick(r, [[0.6, '六成'], [0.7, '70%'], [0.5, '一半']] as const);
    const share = pick(r, [[0.5, '一半'], [0.5, '50%'], [0.4, '40%']] as const);
    return ZH_ONLY('zh-partial-settle', `${pick(r, ZH_OPEN)}一次性还欠款总额的${ratio[1]}就可以结清，另外罚息${pick(r, ['减免', '可以减免', '给您减免'])}${share[1]}。`, [
      { kind: 'settlement', settlementRatio: ratio[0], waivesPart: [{ waiver: 'penalty', share: share[0] }] },
    ]);
  },
  (r) => {
    const dp = pick(r, [0.1, 0.2, 0.3, 0.15, 0.05]);
    const n = pick(r, TERMS);
    const f = pick(r, FEE_RATES);
    const priced = r() < 0.5;
    const e: Expected = { kind: 'installment', periods: n, downPaymentRatio: dp };
    if (priced) e.monthlyFeeRate = f;
    return ZH_ONLY('zh-down-pct', `${pick(r, ZH_OPEN)}${pick(r, [`首付${pct(r, dp, true)}`, `先还${pct(r, dp, true)}`, `您先还欠款的${pct(r, dp, true)}`, `首期先还${pct(r, dp, true)}`])}，${pick(r, ['剩余部分', '剩下的', '其余的'])}分${zhTerm(r, n)}${priced ? `，每期手续费${pct(r, f, true)}` : ''}。`, [e]);
  },
  (r) => {
    const dp = pick(r, [1000, 2000, 3000, 5000]);
    const rest = pick(r, [10000, 18000, 24000, 36000]);
    const n = pick(r, [12, 24, 36]);
    const f = pick(r, FEE_RATES);
    return ZH_ONLY('zh-down-amount', `${pick(r, ['分期方案如下：', '方案是这样的：', ''])}首付${yuan(r, dp)}，剩余${yuan(r, rest)}分${zhTerm(r, n)}，每期手续费率${pct(r, f, true)}。`, [
      { kind: 'installment', periods: n, downPayment: dp * 100, amount: rest * 100, monthlyFeeRate: f, currency: 'CNY' },
    ]);
  },
  (r) => {
    const n = pick(r, [12, 24, 36]);
    const f = pick(r, FEE_RATES);
    const m = int(r, 400, 3000) + pick(r, [0, 0.35, 0.65, 0.5, 0.12]);
    const mText = m.toFixed(2).replace(/\.00$/, '');
    return ZH_ONLY('zh-approx', `${pick(r, ZH_OPEN)}${pick(r, ZH_CAN)}分${zhTerm(r, n)}，每期手续费${pct(r, f, true)}，${pick(r, ['每月大约还', '每期约', '每月约还', '月供大概'])}${mText}元${pick(r, ['', '左右'])}。`, [
      { kind: 'installment', periods: n, monthlyFeeRate: f, monthlyPayment: Math.round(m * 100), currency: 'CNY', approximate: ['monthlyPayment'] },
    ]);
  },
  (r) => {
    const n = pick(r, [12, 24, 36]);
    const m = pick(r, [550, 800, 1200, 1500, 2000, 960]);
    return ZH_ONLY('zh-monthly', `${pick(r, ZH_OPEN)}您的欠款可以分成${pick(r, [`${n}期`, `${cnNum(n)}期`])}，每月还款${yuan(r, m)}。`, [
      { kind: 'installment', periods: n, monthlyPayment: m * 100, currency: 'CNY' },
    ]);
  },
  (r) => {
    const n = pick(r, [12, 24, 36]);
    const d = pick(r, [[0.0005, '日息万五'], [0.0004, '日息万分之四'], [0.0003, '日利率万分之三']] as const);
    return ZH_ONLY('zh-daily', `${pick(r, ZH_OPEN)}可以给您办理分${n}期还款，${d[1]}。`, [{ kind: 'amortized', periods: n, dailyRate: d[0] }]);
  },
  (r) => {
    const n = pick(r, TERMS);
    const f = pick(r, FEE_RATES);
    const w = waiverSetZh(r);
    const d = zhDeadline(r);
    return ZH_ONLY('zh-fee-waive-deadline', `${pick(r, ZH_OPEN)}${pick(r, ZH_CAN)}分${zhTerm(r, n)}，每期手续费${pct(r, f, true)}，${w.text}，${d.text}。`, [
      { kind: 'installment', periods: n, monthlyFeeRate: f, waives: w.ws, deadline: d.date },
    ]);
  },
  (r) => {
    const parts = pick(r, [2, 3, 4]);
    const ratio = pick(r, [[0.6, '六成'], [0.7, '七成'], [0.5, '50%']] as const);
    return ZH_ONLY('zh-settle-parts', `${pick(r, ZH_OPEN)}可以分${parts}次还清欠款的${ratio[1]}，剩下的不用还了。`, [
      { kind: 'settlement', settlementRatio: ratio[0], settlementInstallments: parts },
    ]);
  },
  (r) => {
    const total = pick(r, [0.072, 0.09, 0.108, 0.135]);
    const n = pick(r, [12, 18, 24]);
    const per = r() < 0.5;
    const e: Expected = { kind: 'installment', periods: n, totalFeeRate: total };
    if (per) e.feeCollection = 'per-period';
    return ZH_ONLY('zh-total-fee', `${pick(r, ZH_OPEN)}分${n}期的话，总手续费率是${pct(r, total, true)}${per ? '，分期收取' : ''}。`, [e]);
  },
];

// ── Offers, English (US and UK) ───────────────────────────────────────────────────────────────────────────────────
export const POSITIVE_EN: Frame[] = [
  (r) => {
    const uk = r() < 0.4;
    const n = pick(r, [12, 24, 36, 48, 60]);
    const a = pick(r, [0.059, 0.079, 0.099, 0.0, 0.049, 0.12]);
    return EN_ONLY('en-hardship', `${pick(r, EN_OPEN)}${pick(r, EN_CAN)} a hardship ${pick(r, ['plan', 'programme', 'program', 'arrangement'])} at ${pct(r, a, false)} APR over ${enTerm(r, n, uk)}.${pick(r, EN_CLOSE)}`, [
      { kind: 'amortized', periods: n, annualRate: a },
    ]);
  },
  (r) => {
    const p = pick(r, [0.4, 0.45, 0.5, 0.55, 0.6, 0.35, 0.7]);
    const base = pick(r, [['of the balance', undefined], ['of your outstanding balance', undefined], ['of the principal', 'principal']] as const);
    const e: Expected = { kind: 'settlement', settlementRatio: p };
    if (base[1]) e.settlementBase = 'principal';
    return EN_ONLY('en-settle-pct', `${pick(r, EN_OPEN)}${pick(r, ['we can settle the account for', 'we would accept', "we'd take"])} ${pct(r, p, false)} ${base[0]} as a lump sum.${pick(r, EN_CLOSE)}`, [e]);
  },
  (r) => {
    const uk = r() < 0.5;
    const cur = uk ? 'GBP' : 'USD';
    const amt = pick(r, [1500, 2400, 3200, 4750, 900, 6000]);
    const d = enDeadline(r);
    const withD = r() < 0.5;
    const e: Expected = { kind: 'settlement', settlementAmount: amt * 100, currency: cur };
    if (withD) e.deadline = d.date;
    return EN_ONLY('en-settle-amount', `${pick(r, EN_OPEN)}${pick(r, ['a one-time payment of', 'a lump sum of', 'a single payment of'])} ${dollars(r, amt, cur)} ${pick(r, ['would settle the account in full', 'would close the account', 'will be accepted as full and final settlement'])}.${withD ? ' ' + d.text : ''}`, [e]);
  },
  (r) => {
    const n = pick(r, [1, 2, 3, 6]);
    const text =
      n === 1
        ? pick(r, ['we can let you skip your next payment.', 'we can defer your next payment.'])
        : pick(r, [`we can offer a ${n}-month payment holiday.`, `we can defer your payments for ${EN_WORDS[n]} months.`, `we can pause your payments for ${n} months.`]);
    return EN_ONLY('en-defer', `${pick(r, EN_OPEN)}${text}${pick(r, EN_CLOSE)}`, [{ kind: 'deferral', periods: n }]);
  },
  (r) => {
    const uk = r() < 0.5;
    const d = pick(r, [2, 3, 6]);
    const n = pick(r, [12, 24, 36]);
    const a = pick(r, [0.059, 0.079, 0.099]);
    const priced = r() < 0.5;
    const plan: Expected = priced ? { kind: 'amortized', periods: n, annualRate: a, afterDeferral: d } : { kind: 'installment', periods: n, afterDeferral: d };
    return EN_ONLY('en-defer-plan', `${pick(r, EN_OPEN)}we can pause your payments for ${d} months, and after that ${pick(r, ['spread the balance over', 'you would repay over', 'move you onto a plan of'])} ${enTerm(r, n, uk)}${priced ? ` at ${pct(r, a, false)} APR` : ''}.`, [
      { kind: 'deferral', periods: d },
      plan,
    ]);
  },
  (r) => {
    const uk = r() < 0.4;
    const n = pick(r, [12, 24, 36]);
    const a = pick(r, [0.049, 0.079, 0.099]);
    const w = waiverSetEn(r);
    return EN_ONLY('en-plan-waive', `${pick(r, EN_OPEN)}${pick(r, EN_CAN)} ${enTerm(r, n, uk)} at ${pct(r, a, false)} APR, and ${w.text}.`, [
      { kind: 'amortized', periods: n, annualRate: a, waives: w.ws },
    ]);
  },
  (r) => {
    const n = pick(r, [12, 24, 36]);
    const a = pick(r, [0.059, 0.079, 0.099]);
    const share = pick(r, [[0.5, 'half the'], [0.5, '50% of the'], [0.25, '25% of the'], [0.75, '75% of the']] as const);
    const w = pick(r, ['late-fee', 'penalty'] as const);
    return EN_ONLY('en-partial', `${pick(r, EN_OPEN)}${pick(r, EN_CAN)} ${n} months at ${pct(r, a, false)} APR, and we will waive ${share[1]} ${pick(r, WAIVER_EN[w])}.`, [
      { kind: 'amortized', periods: n, annualRate: a, waivesPart: [{ waiver: w, share: share[0] }] },
    ]);
  },
  (r) => {
    const uk = r() < 0.5;
    const dp = pick(r, [0.1, 0.2, 0.25, 0.15]);
    const n = pick(r, [12, 24, 36]);
    return EN_ONLY('en-down-pct', `${pick(r, EN_OPEN)}if you pay ${pct(r, dp, false)} ${pick(r, ['down', 'upfront', 'of the balance now'])}, we can spread the rest over ${enTerm(r, n, uk)}.`, [
      { kind: 'installment', periods: n, downPaymentRatio: dp },
    ]);
  },
  (r) => {
    const uk = r() < 0.5;
    const cur = uk ? 'GBP' : 'USD';
    const n = pick(r, [12, 24, 36]);
    const a = pick(r, [0.059, 0.079, 0.099]);
    const m = int(r, 90, 600) + pick(r, [0, 0.25, 0.5, 0.4]);
    const mText = (cur === 'GBP' ? '£' : '$') + m.toFixed(2);
    return EN_ONLY('en-approx', `${pick(r, EN_OPEN)}${pick(r, EN_CAN)} ${n} months at ${pct(r, a, false)} APR, which comes to ${pick(r, ['about', 'approximately', 'roughly', 'around'])} ${mText} a month.`, [
      { kind: 'amortized', periods: n, annualRate: a, monthlyPayment: Math.round(m * 100), currency: cur, approximate: ['monthlyPayment'] },
    ]);
  },
  (r) => {
    const uk = r() < 0.5;
    const cur = uk ? 'GBP' : 'USD';
    const m = pick(r, [150, 200, 250, 320, 75]);
    const n = pick(r, [12, 24, 36]);
    return EN_ONLY('en-monthly', `${pick(r, EN_OPEN)}${pick(r, EN_CAN)} ${pick(r, ['fixed payments of', 'reduced payments of'])} ${dollars(r, m, cur)} a month for ${n} months.`, [
      { kind: 'installment', periods: n, monthlyPayment: m * 100, currency: cur },
    ]);
  },
  (r) => {
    const [a, b, c] = pick(r, [[6, 12, 24], [12, 24, 36], [24, 36, 48]] as const);
    return EN_ONLY('en-menu', `${pick(r, EN_OPEN)}you can choose ${a}, ${b} or ${c} months${pick(r, ['.', ' on the plan.', ', whichever suits you.'])}`, [
      { kind: 'installment', periods: a },
      { kind: 'installment', periods: b },
      { kind: 'installment', periods: c },
    ]);
  },
  (r) => {
    const n = pick(r, [24, 36, 48, 60]);
    const w = waiverSetEn(r);
    return EN_ONLY('en-frozen', `${pick(r, EN_OPEN)}we can freeze the interest and let you repay over ${n} months; ${w.text}.`, [
      { kind: 'interest-frozen', periods: n, waives: w.ws },
    ]);
  },
];

// ── Lines without an offer ────────────────────────────────────────────────────────────────────────────────────────
const NEG = (frame: string, lang: 'zh' | 'en', text: string): Line => ({ frame, lang, text, expect: [] });
export const NEGATIVE: Frame[] = [
  (r) => NEG('zh-balance', 'zh', `${pick(r, ZH_OPEN)}您目前欠款共计${yuan(r, int(r, 3000, 90000))}，其中本金${yuan(r, int(r, 2000, 60000))}${pick(r, ['，利息及违约金另计。', '。', '，已逾期' + int(r, 5, 200) + '天。'])}`),
  (r) => NEG('zh-overdue', 'zh', `您的账户已逾期${pick(r, [`${int(r, 1, 6)}个月`, `${int(r, 3, 180)}天`, `${int(r, 1, 5)}期`])}，逾期金额${yuan(r, int(r, 500, 20000))}，${pick(r, ['请尽快处理。', '会影响您的征信。', '请您重视。'])}`),
  (r) => NEG('zh-policy', 'zh', `${pick(r, ['我行', '根据规定，', '按照监管要求，', ''])}个性化分期${pick(r, ['最长可分60期', '最长不超过60期', '最多分60期', '期限最长5年'])}，${pick(r, ['具体要看审批结果。', '需要您提交材料。', '不是每个人都能办。'])}`),
  (r) => NEG('zh-policy-fee', 'zh', `${pick(r, ['一般来说', '通常', '按规定'])}分期手续费${pick(r, ['在0.5%到0.8%之间', '最低0.3%', '是0.6%起'])}，${pick(r, ['以审批为准。', '每个人不一样。'])}`),
  (r) => NEG('zh-staff', 'zh', `${pick(r, ['工号', '客服工号', '我的工号是'])}${int(r, 1000, 99999)}，${pick(r, ['很高兴为您服务。', '请问有什么可以帮您？', '有事可以找我。'])}`),
  (r) => NEG('zh-phone', 'zh', `${pick(r, ['您可以拨打', '有问题请致电', '回电请拨'])}${pick(r, ['95588', '400-820-' + int(r, 1000, 9999), '021-' + int(r, 5000, 9999) + int(r, 1000, 9999), '1' + int(r, 30, 89) + int(r, 1000, 9999) + int(r, 1000, 9999)])}，${pick(r, ['工作时间9点到18点。', '转人工服务。', '我们会安排专人跟进。'])}`),
  (r) => NEG('zh-ref', 'zh', `${pick(r, ['您的受理编号是', '工单号', '申请单号'])}${pick(r, ['CN', 'A', ''])}${int(r, 10000000, 99999999)}，${pick(r, ['请妥善保存。', '3个工作日内会有结果。', '后续可凭此查询。'])}`),
  (r) => NEG('zh-question', 'zh', `${pick(r, ['请问', '想了解一下', '麻烦问下'])}${pick(r, ['您每个月大概能还多少？', '您目前的收入情况怎么样？', '您希望分几期？', '您最多能一次性拿出多少钱？', '您是什么原因逾期的？', '您打算什么时候还款？'])}`),
  (r) => {
    const n = pick(r, [36, 48, 60, 24]);
    return NEG('zh-quote', 'zh', `${pick(r, [`您说想分${n}期是吗？`, `您的意思是想分${n}期对吧？`, `您提到每月只能还${int(r, 3, 15) * 100}元，`, `您希望按${pick(r, ['五成', '三成', '40%'])}结清，`])}${pick(r, ['这个需要我们再核实一下。', '我需要向上级申请。', '我先记录下来。'])}`);
  },
  (r) => NEG('zh-refuse', 'zh', `${pick(r, ['很抱歉，', '不好意思，', ''])}${pick(r, ['您的情况无法办理分期', '目前不能给您减免违约金', '暂时不支持停息挂账', '分60期我们这边批不了'])}，${pick(r, ['请您理解。', '建议您先还最低还款额。'])}`),
  (r) => NEG('zh-past', 'zh', `您之前办理的${pick(r, ['12', '24', '36'])}期分期${pick(r, ['还剩' + int(r, 2, 10) + '期', '目前还在正常还款中', '本月应还' + int(r, 300, 2000) + '元'])}。`),
  (r) => NEG('zh-expired', 'zh', `上个月给您的${pick(r, ['七折结清方案', '分24期方案', '一次性还款优惠'])}${pick(r, ['已经过期了', '已经失效了'])}，${pick(r, ['需要重新申请。', '现在要重新审批。'])}`),
  (r) => NEG('zh-min', 'zh', `您本期账单${yuan(r, int(r, 2000, 30000))}，最低还款额${yuan(r, int(r, 200, 3000))}，还款日是${int(r, 1, 28)}号。`),
  (r) => NEG('zh-date', 'zh', `${pick(r, ['您的账单日是每月', '还款日为每月', '系统会在每月'])}${int(r, 1, 28)}日${pick(r, ['。', '扣款。', '，请留意短信提醒。'])}`),
  (r) => NEG('zh-chitchat', 'zh', pick(r, ['好的，我这边先帮您提交申请，审核结果会短信通知您。', '请您稍等，我查询一下您的账户。', '您的材料我们已经收到了，正在审核中。', '感谢您的耐心等待，祝您生活愉快。', '请提供一下您的收入证明和困难说明。', '协商还款需要您本人申请，请确认身份信息。', '我们的通话会被录音，请您知悉。', '您的诉求我已经记录，会尽快反馈。'])),
  (r) => NEG('zh-fee-rule', 'zh', `${pick(r, ['违约金按最低还款额未还部分的5%收取', '逾期后按日息万分之五计收利息', '超限费按超限部分的5%收取', '年费在每年' + int(r, 1, 12) + '月扣收'])}，这是${pick(r, ['合同约定的', '领用合约里写明的'])}。`),
  (r) => NEG('zh-credit', 'zh', `${pick(r, ['逾期记录会在征信上保留5年', '征信记录是按实际情况上报的', '我们无法删除征信记录'])}，${pick(r, ['这个是监管规定。', '请您理解。'])}`),
  (r) => NEG('en-balance', 'en', `${pick(r, EN_OPEN)}your current balance is ${dollars(r, int(r, 1000, 20000), pick(r, ['USD', 'GBP'] as const))}${pick(r, [', and the account is ' + int(r, 30, 180) + ' days past due.', '.', ' including fees.'])}`),
  (r) => NEG('en-min', 'en', `Your minimum payment of ${dollars(r, int(r, 25, 400), 'USD')} was due on ${EN_MONTHS[int(r, 0, 6)]} ${int(r, 1, 28)}.`),
  (r) => NEG('en-policy', 'en', `${pick(r, ['Generally,', 'As a rule,', 'Typically,', 'Our policy is that'])} hardship plans ${pick(r, ['run for up to 60 months', 'range from 6 to 60 months', 'can go as low as 0% APR'])}, ${pick(r, ['but it depends on the review.', 'subject to approval.'])}`),
  (r) => NEG('en-question', 'en', pick(r, ['How much could you afford to pay each month?', 'Can you tell me a bit about your income right now?', 'Would you prefer a lump sum or monthly payments?', 'When did you lose your job, if you don\'t mind me asking?', 'How many months would you need?', 'Is there a date that works better for your payments?'])),
  (r) => NEG('en-quote', 'en', `${pick(r, [`You mentioned you could pay ${dollars(r, int(r, 1, 9) * 100, 'USD')} a month`, `You asked about a ${int(r, 3, 6)}-month payment holiday`, `You said you'd like to settle for ${int(r, 2, 5)}0%`])}; ${pick(r, ['let me check with the team.', "I'll need to get that approved first.", 'I have noted that.'])}`),
  (r) => NEG('en-refuse', 'en', `${pick(r, ["I'm sorry, ", 'Unfortunately ', ''])}${pick(r, ["we can't offer a settlement on this account", 'we are unable to waive the late fees', 'your account is not eligible for a hardship plan', "we don't offer payment holidays"])} at this time.`),
  (r) => NEG('en-ref', 'en', `${pick(r, ['Your reference number is', 'Case ID:', 'Ticket'])} ${pick(r, ['HX', 'REF-', ''])}${int(r, 100000, 9999999)}${pick(r, ['.', '; please quote it when you call.', ', keep it for your records.'])}`),
  (r) => NEG('en-phone', 'en', `You can reach ${pick(r, ['our hardship team', 'the collections department', 'us'])} on ${pick(r, ['1-800-' + int(r, 200, 999) + '-' + int(r, 1000, 9999), '0800 ' + int(r, 100, 999) + ' ' + int(r, 1000, 9999), '(212) ' + int(r, 200, 999) + '-' + int(r, 1000, 9999)])}${pick(r, ['.', ', Monday to Friday.', ' between 8am and 6pm.'])}`),
  (r) => NEG('en-past', 'en', `${pick(r, ['Your previous plan', 'The plan you had last year', 'Your existing arrangement'])} was ${int(r, 12, 36)} months at ${pick(r, ['9.9%', '12%', '0%'])} APR${pick(r, ['.', ', which ended in March.'])}`),
  (r) => NEG('en-expired', 'en', `${pick(r, ['The settlement offer from last month', 'That 40% settlement offer', 'The payment holiday we discussed'])} ${pick(r, ['has expired', 'is no longer available', 'lapsed on the 1st'])}, ${pick(r, ['so we would need to review again.', 'I am afraid.'])}`),
  (r) => NEG('en-chitchat', 'en', pick(r, ['Thanks for holding, I am just pulling up your account.', 'I have sent the forms to your email.', 'Please upload your income and expenditure statement.', 'Calls are recorded for training and quality purposes.', "I'll pass your request to the hardship team and they'll call you back.", 'Could you confirm your date of birth for security?', 'We received your payment on the 3rd, thank you.'])),
  (r) => NEG('en-fee-rule', 'en', `${pick(r, ['A late fee of up to $40 applies', 'The penalty APR of 29.99% applies', 'Interest is charged at 24.9% APR'])} ${pick(r, ['after a missed payment.', 'under your card agreement.', 'as set out in your terms.'])}`),
];
