/**
 * Rates and settlement ratios: 0.6%, 百分之零点六, 千分之六, 万分之五, 日息万五, 六折 / 五五折, 七成, 一半, "60% of the
 * balance", "settle for 45%". A percentage is a settlement ratio only next to a balance or settlement word; next to a
 * down-payment word, a waived charge (减免60%的利息) or a promotional floor (低至) it is dropped.
 *
 * A rate's basis comes from the nearest words (每期, 年化, APR, 日息, per month…). With none, a rate under 1.5 % on a
 * term is a monthly instalment fee (how Chinese banks quote 分期); above that, an English rate is annual and a Chinese
 * fee is a total fee, a Chinese interest rate annual.
 */

import { after, before, prevTokenEnd } from './context';
import type { Ctx, M, Mention, RateBasis } from './types';

const BASIS_WORDS: Array<[RateBasis, RegExp]> = [
  ['annual', /年化|年利率|年息|年费率|年利|按年|每年|apr|annual|per annum|p\.a\.|yearly|a year|per year/g],
  ['daily', /日息|日利率|日费率|日利|日化|每日|每天|按日|daily|per day|a day/g],
  ['monthly', /月费率|月手续费|月利率|月息|月费|每月|每个月|每期|期费率|单期|按月|按期|monthly|per month|a month|each month|per (?:installment|instalment|period)|each (?:installment|instalment)/g],
  ['total', /总费率|总手续费|总利率|一共|总共|合计|共计|total|overall/g],
];

const POST_BASIS: Array<[RateBasis, RegExp]> = [
  ['monthly', /^\s*(?:\/|每|per\s+|a\s+|an\s+|each\s+)?\s*(?:月|期|个月|month|mo(?![a-z])|installment|instalment|period)|^\s*monthly/],
  ['annual', /^\s*(?:apr|a\.p\.r|\/年|每年|年化|a year|per year|per annum|p\.a|annual|annually|yearly)/],
  ['daily', /^\s*(?:\/天|\/日|每天|每日|a day|per day|daily)/],
  ['total', /^\s*(?:in total|total|overall|总共|合计)/],
];

const FEE_WORD = /手续费|费率|服务费|费用|fee|charge/;
const INTEREST_WORD = /利率|利息|息|interest|rate|apr/;

/** A share paid first: 先还30%, 30%作为首付, a 10% deposit. */
const DOWN_PRE = /(?:首付|先还|先付|首期|定金|down payment|deposit|upfront)\s*(?:(?:欠款|余额|总额|账单|本金|全部欠款)\s*)?(?:的|of|是|为|:)?\s*(?:约|about)?\s*$/;
/** "pay 10% of the balance now, and the rest over 24 months": paid now, with a plan for what remains. */
const NOW_POST = /^\s*(?:of\s+(?:the\s+|your\s+)?(?:outstanding\s+|current\s+)?(?:balance|debt)\s+)?(?:now|today|first|up[- ]?front)(?![a-z])/;
/** What is left after a first payment: only then is a share paid first a down payment rather than a settlement. */
/** 最低还款额为账单金额的10%, "the minimum payment is 2% of the balance": how the minimum is set, not an offer. */
const MINIMUM_RULE = /最低还款|最低应还|(?<![a-z])minimum(?: monthly)? (?:payment|due|repayment)/;
const REST_WORD = /剩余|剩下|其余|余下|余款|(?<![a-z])(?:the rest|remaining|remainder|what's left|the balance over)(?![a-z])/;
const DOWN_POST = /^\s*(?:的)?\s*(?:作为|做为)?\s*(?:首付|定金)|^\s*(?:down(?![a-z])|as (?:a )?(?:down payment|deposit)|upfront)/;
/** "60%的利息", "50% of the accrued interest": a partial waiver, which is not reported. */
const PART_OF_CHARGE = /^\s*(?:的|of\s+(?:the\s+|your\s+)?(?:accrued\s+|outstanding\s+)?)(?:利息|罚息|违约金|滞纳金|手续费|年费|interest|late|penalt|fee|charge)/;
/** Promotional floors and ceilings: 低至0.3%, "as low as", "up to". */
const LIMIT_PRE = /(?:最低|低至|最高|最多|上限|不超过|as low as|starting (?:at|from)|up to|from)\s*(?:可享|可|为|是|:)?\s*$/;
/** 0.75%起: a starting price, not this customer's rate. */
const FLOOR_POST = /^\s*(?:起|以上|及以上|or more|and up)/;
/** 0.6%到0.8%不等, "from 5% to 7%": a range is a product description, not a rate offered. */
const RANGE_POST = /^\s*(?:降到|降至|调到|调整为|到|至|-|~|to)\s*(?:百分之|[\d零一二三四五六七八九十])/;
const RANGE_PRE = /(?:\d\s*%?|百分之[零一二三四五六七八九十点]+)\s*(?:到|至|-|~|to)\s*$/;
const CHANGE = /(?<![a-z])(?:drop|reduc|lower|cut|decreas|bring|brought)|降|下调|调低|调整/;
const RATIO_POST = /^\s*(?:的)?\s*(?:of\s+)?(?:the\s+|your\s+)?(?:outstanding\s+|total\s+|current\s+|remaining\s+|full\s+|account\s+)?(?:balance|debt|amount owed|what you owe|what(?:'s| is) owed|outstanding|principal|欠款|本金|余额|总额|应还|账单)/;
const PRINCIPAL_PRE = /(?:本金|principal)\s*(?:的|之)?\s*$/;
const PRINCIPAL_POST = /^\s*(?:的)?\s*(?:of\s+)?(?:the\s+|your\s+)?(?:本金|principal)(?!\s*(?:and|plus|加|和|及)\s*(?:interest|利息))/;
const RATIO_PRE = /(?:本金|欠款|余额|总额|欠款总额|应还金额|账单金额|全部欠款|本息|balance)\s*(?:的)?\s*$|(?:settle(?:ment)?(?: (?:the|your|this) (?:account|debt|balance))?|accept|pay(?:ing)?|结清|只需还|只还|只要还|还|打)\s*(?:for|at|of|only|just|约)?\s*$/;
const REDUCE_PRE = /(?:减免|免除|减少|少还|reduce(?: it| the balance| your balance| the amount(?: owed| you owe)?| what you owe)? by|knock(?: off)?|take off)\s*(?:了|约)?\s*$/;
/** "a 30% discount", "20% off": the settlement is the rest. */
const DISCOUNT_POST = /^\s*(?:discount|off(?![a-z])|reduction)/;
const CHARGE_NEAR = /利息|罚息|违约金|滞纳金|手续费|年费|interest|fee|penalt/;

function basisFrom(pre: string, post: string): RateBasis | null {
  for (const [basis, re] of POST_BASIS) if (re.test(post)) return basis;
  let best: RateBasis | null = null;
  let bestAt = -1;
  for (const [basis, re] of BASIS_WORDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(pre)) !== null) {
      if (m.index >= bestAt) {
        bestAt = m.index;
        best = basis;
      }
    }
  }
  return best;
}

function defaultBasis(value: number, zh: boolean, pre: string, post: string): RateBasis {
  const words = pre + ' ' + post.slice(0, 12);
  const fee = FEE_WORD.test(words);
  const interest = INTEREST_WORD.test(words);
  if (value === 0) return fee && !interest ? 'monthly' : 'annual';
  if (value < 0.015) return 'monthly';
  if (zh) return interest && !fee ? 'annual' : 'total';
  return fee && !interest ? 'total' : 'annual';
}

interface Share {
  start: number;
  end: number;
  /** The fraction as written (0.6 for 60 %, 六折, 六成). */
  value: number;
  /** Written as a percentage or 百分之/千分之/万分之 (can be a rate); 折/成/一半 are always ratios. */
  percent: boolean;
  /** Where the words before it end (for basis look-up). */
  preFrom: number;
  tokens: number[];
}

function zhText(ctx: Ctx, pos: number): boolean {
  return /[\u3400-\u9fff]/.test(before(ctx, pos, 12, 'sentence') + after(ctx, pos, 12, 'sentence'));
}

/** Finds percentages, fraction words, 折, 成 and 一半 among the number tokens. */
function findShares(ctx: Ctx): Share[] {
  const { text, tokens } = ctx;
  const out: Share[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.used[i]) continue;
    const t = tokens[i]!;
    if (!Number.isFinite(t.value)) continue;
    const raw = text.slice(t.start, t.end);
    const nextCh = text[t.end];
    // 百分之 / 千分之 / 万分之 / 三分之二: the token is the denominator word, the numerator follows.
    if (text.startsWith('分之', t.end)) {
      const num = tokens[i + 1];
      if (num && num.start === t.end + 2 && Number.isFinite(num.value)) {
        const den = raw === '百' ? 100 : raw === '千' ? 1000 : raw === '万' ? 10000 : t.value;
        if (den >= 2) {
          const percent = raw === '百' || raw === '千' || raw === '万';
          out.push({ start: t.start, end: num.end, value: num.value / den, percent, preFrom: prevTokenEnd(ctx, i), tokens: [i, i + 1] });
          ctx.used[i] = 1;
          ctx.used[i + 1] = 1;
          i++;
        }
      }
      continue;
    }
    const pm = /^\s*(?:%|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z]))/.exec(text.slice(t.end, t.end + 10));
    if (pm && t.script !== 'en') {
      out.push({ start: t.start, end: t.end + pm[0].length, value: t.value / 100, percent: true, preFrom: prevTokenEnd(ctx, i), tokens: [i] });
      ctx.used[i] = 1;
      continue;
    }
    // 日息万五 / 日利率万3: 万 followed by one digit after a daily-rate word.
    if (/^万[0-9一二三四五六七八九]$|^万[0-9一二三四五六七八九]点[零一二三四五六七八九]+$/.test(raw) || (raw === '万' && /^[0-9]/.test(nextCh ?? ''))) {
      if (/(?:日息|日利率|日利|日费率|日化|利息|息)\s*(?:为|是|按|:)?\s*$/.test(before(ctx, t.start, 8))) {
        let end = t.end;
        let digits = raw.slice(1).replace('点', '.');
        if (raw === '万') {
          const n = tokens[i + 1];
          if (!n || n.start !== t.end) continue;
          digits = text.slice(n.start, n.end);
          end = n.end;
          ctx.used[i + 1] = 1;
        }
        const cn = '零一二三四五六七八九';
        const v = Number(digits.replace(/[零一二三四五六七八九]/g, (c) => String(cn.indexOf(c))));
        if (Number.isFinite(v)) {
          out.push({ start: t.start, end, value: v / 10000, percent: true, preFrom: prevTokenEnd(ctx, i), tokens: [i] });
          ctx.used[i] = 1;
        }
      }
      continue;
    }
    if (nextCh === '折' && !/[合算旧扣]/.test(text[t.end + 1] ?? '')) {
      const v = t.value < 10 ? t.value / 10 : t.value < 100 ? t.value / 100 : NaN;
      if (Number.isFinite(v) && v > 0) out.push({ start: t.start, end: t.end + 1, value: v, percent: false, preFrom: t.start, tokens: [i] });
      ctx.used[i] = 1;
      continue;
    }
    // 六成就可以结清: 成 then 就可以 is "sixty per cent will do", not the word 成就.
    const chengJiu = text[t.end + 1] === '就' && /[可能行好算够是]/.test(text[t.end + 2] ?? '');
    if (nextCh === '成' && (chengJiu || !/[功本为立交员熟绩果就年都型品不]/.test(text[t.end + 1] ?? '')) && t.value > 0 && t.value <= 10) {
      out.push({ start: t.start, end: t.end + 1, value: t.value / 10, percent: false, preFrom: t.start, tokens: [i] });
      ctx.used[i] = 1;
      continue;
    }
    // "40 cents on the dollar"
    const cents = /^\s*cents? on the dollar/.exec(text.slice(t.end, t.end + 24));
    if (cents && t.value > 0 && t.value < 100) {
      out.push({ start: t.start, end: t.end + cents[0].length, value: t.value / 100, percent: false, preFrom: t.start, tokens: [i] });
      ctx.used[i] = 1;
      continue;
    }
    if (raw === '一' && nextCh === '半' && text[t.end + 1] !== '年') {
      out.push({ start: t.start, end: t.end + 1, value: 0.5, percent: false, preFrom: t.start, tokens: [i] });
      ctx.used[i] = 1;
    }
  }
  // "half the balance", "half of what you owe"
  const HALF = /(?<![a-z])half\s+(?:of\s+)?(?:the|your|what)(?![a-z])/g;
  let m: RegExpExecArray | null;
  while ((m = HALF.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + 4, value: 0.5, percent: false, preFrom: m.index, tokens: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Rate and ratio mentions; claims their number tokens. */
export function findRates(ctx: Ctx, skip: ReadonlyArray<{ start: number; end: number }> = []): Mention[] {
  const out: Mention[] = [];
  for (const s of findShares(ctx)) {
    // Read already as part of something else (a partial waiver: "waive half the late fees").
    if (skip.some((k) => s.start < k.end && s.end > k.start)) continue;
    if (MINIMUM_RULE.test(before(ctx, s.start, 40))) continue;
    const clause = ctx.clauseAt(s.start);
    const near = before(ctx, s.start, 14);
    const post = after(ctx, s.end, 24);
    const down = DOWN_PRE.test(near) || DOWN_POST.test(post);
    if (down || NOW_POST.test(post)) {
      // 首付10%，剩余分24期: a share of the balance paid first, with a plan for the rest.
      if (REST_WORD.test(after(ctx, s.end, 80, 'sentence')) && s.value > 0 && s.value < 1) {
        out.push({ t: 'down-ratio', start: s.start, end: s.end, clause, value: round(s.value) });
        continue;
      }
      if (down) continue;
    }
    if (PART_OF_CHARGE.test(post)) continue;
    // "drop from 24.99% to 9.99%", "从18%降到12%": the old rate goes, the new one stays.
    const change = CHANGE.test(before(ctx, s.start, 40, 'sentence'));
    if (change && RANGE_POST.test(post) && /(?:from|从|由)\s*$/.test(near)) continue;
    if (s.percent && (LIMIT_PRE.test(near) || FLOOR_POST.test(post) || RANGE_POST.test(post) || (!change && RANGE_PRE.test(near)))) continue;
    // Verb phrases run longer than the 14 characters before a share ("reduce your balance by", "settle the account
    // for"): their patterns are anchored at the share, so a wider window only lets the longer phrasings in.
    const wide = before(ctx, s.start, 32);
    if (REDUCE_PRE.test(wide) || DISCOUNT_POST.test(post)) {
      // 减免30% standing alone is a settlement at 70 %; 罚息减免一半 is a partial waiver of one charge.
      if (CHARGE_NEAR.test(before(ctx, s.start, 12).replace(/减免.*$/, '')) || PART_OF_CHARGE.test(post)) continue;
      if (s.value > 0 && s.value < 1) out.push({ t: 'ratio', start: s.start, end: s.end, clause, value: round(1 - s.value) });
      continue;
    }
    const ratio = !s.percent || RATIO_POST.test(post) || RATIO_PRE.test(wide);
    if (ratio) {
      if (s.value > 0 && s.value < 1) {
        const mention: M<'ratio'> = { t: 'ratio', start: s.start, end: s.end, clause, value: round(s.value) };
        // 本金的七成 is 70 % of the principal alone, a smaller sum than 70 % of everything owed.
        if (PRINCIPAL_PRE.test(near) || PRINCIPAL_POST.test(after(ctx, s.end, 48))) mention.ofPrincipal = true;
        out.push(mention);
      }
      continue;
    }
    const pre = ctx.text.slice(Math.max(s.preFrom, s.start - 16), s.start);
    const basis = basisFrom(pre, post) ?? defaultBasis(s.value, zhText(ctx, s.start), pre, post);
    const cap = basis === 'daily' ? 0.01 : basis === 'monthly' ? 0.1 : 1;
    if (s.value < 0 || s.value > cap) continue;
    out.push({ t: 'rate', start: s.start, end: s.end, clause, value: round(s.value), basis });
  }
  return out;
}

/** Rounds away binary noise (0.7 / 100 = 0.006999…) without touching any figure an agent would write. */
export function round(v: number): number {
  return Number(v.toPrecision(12));
}
