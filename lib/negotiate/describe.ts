/**
 * Plan summaries in both languages, built from one list of facts about the offer so the card, the ladder, the
 * record and the replies can never disagree:
 *  - describeOffer: the card's one line, "24期 · 每期手续费0.60% · 首月¥1,144.16，之后每月¥1,144.00"
 *    / "24 months · 0.60%/month fee · first month ¥1,144.16, then ¥1,144.00";
 *  - describeOfferSentence: the same plan as a person would say it inside a reply, "分24期，每期手续费0.60%，
 *    每月¥1,144.00" / "a 24-month plan with a 0.60% monthly fee, paying ¥1,144.00 a month".
 * Plain statements of the plan's numbers only — no promises about outcomes.
 */

import { formatMoney, formatPercent } from './money';
import { agentFigureText, approximateMoney, monthlyBills, monthlyFigureText, type MonthlyBills } from './plan-figure';
import { buildSchedule, resolveOffer } from './resolve';
import type { Schedule } from './schedules/schedule';
import type { Currency, Debt, Offer, PartialWaiver, Waiver } from './types';

export type Lang = 'zh' | 'en';

export const WAIVER_NAMES: Record<Waiver, { zh: string; en: string }> = {
  interest: { zh: '利息', en: 'interest' },
  penalty: { zh: '罚息', en: 'penalty interest' },
  'late-fee': { zh: '违约金', en: 'late fees' },
  fee: { zh: '其他费用', en: 'other fees' },
};
export const WAIVER_ORDER: Waiver[] = ['interest', 'penalty', 'late-fee', 'fee'];

/** A ratio as a trimmed percentage: 0.45 → "45%", 0.4567 → "45.67%". */
function ratioText(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}

function englishList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function scheduleFor(offer: Offer, currency: Currency): Schedule | null {
  if (offer.kind === 'settlement') {
    if (offer.settlementAmount === undefined) return null;
  } else if (offer.amount === undefined) {
    return null;
  }
  const principal = offer.kind === 'settlement' ? (offer.settlementAmount ?? 0) : (offer.amount ?? 0) + (offer.downPayment ?? 0);
  const debt: Debt = { currency, principal, interest: 0, fees: 0, penalties: 0, market: 'CN' };
  try {
    return buildSchedule(resolveOffer({ ...offer, waives: [], waivesPart: [], afterDeferral: 0 }, debt).plan);
  } catch {
    return null;
  }
}

/** A charge waived in part: "违约金减免一半" / "half the late fees waived". */
function partialWaiverText(p: PartialWaiver, lang: Lang): string {
  const name = WAIVER_NAMES[p.waiver];
  const half = Math.abs(p.share - 0.5) < 1e-9;
  if (lang === 'zh') return half ? `${name.zh}减免一半` : `${name.zh}减免${ratioText(p.share)}`;
  return half ? `half the ${name.en} waived` : `${ratioText(p.share)} of the ${name.en} waived`;
}

/** The plan's facts, each a short phrase in `lang`; the two renderers only decide how to join them. */
interface Facts {
  /** Deferral before the plan ("先延期3个月" / "a 3-month deferral"). */
  deferral?: string;
  /** What the plan is: "24期" / "停息挂账36期" / "一次性结清¥1,000.00". */
  head: string;
  /** Its price: fee or rate. */
  price?: string;
  monthly?: string;
  extras: string[];
  deadline?: string;
}

function priceOf(offer: Offer, lang: Lang): string | undefined {
  const zh = lang === 'zh';
  const pct = (r: number) => formatPercent(r, lang);
  const n = offer.periods;
  switch (offer.kind) {
    case 'installment': {
      const upfront = offer.feeCollection === 'upfront';
      if (offer.monthlyFeeRate !== undefined) {
        if (offer.monthlyFeeRate === 0) return zh ? '无手续费' : 'no fee';
        return zh
          ? `每期手续费${pct(offer.monthlyFeeRate)}${upfront ? '（首期一次性收取）' : ''}`
          : `${pct(offer.monthlyFeeRate)}/month fee${upfront ? ' (all charged in month 1)' : ''}`;
      }
      if (offer.totalFeeRate !== undefined) return zh ? `总手续费${pct(offer.totalFeeRate)}` : `${pct(offer.totalFeeRate)} total fee`;
      if (offer.annualRate !== undefined) return zh ? `年化${pct(offer.annualRate)}` : `${pct(offer.annualRate)} a year`;
      return undefined;
    }
    case 'interest-frozen': {
      const fee = offer.monthlyFeeRate ?? (offer.totalFeeRate !== undefined && n ? offer.totalFeeRate / n : undefined);
      if (fee === undefined) return undefined;
      return fee === 0 ? (zh ? '无手续费' : 'no fee') : zh ? `每期手续费${pct(fee)}` : `${pct(fee)}/month fee`;
    }
    case 'amortized': {
      const rate = offer.annualRate ?? (offer.dailyRate !== undefined ? offer.dailyRate * 360 : undefined);
      return rate === undefined ? undefined : zh ? `年利率${pct(rate)}` : `${pct(rate)} APR`;
    }
    case 'deferral': {
      if (offer.waives?.includes('interest') || offer.annualRate === 0) return zh ? '期间不计息' : 'no interest meanwhile';
      if (offer.annualRate !== undefined) return zh ? `期间按年利率${pct(offer.annualRate)}计息` : `interest at ${pct(offer.annualRate)} a year meanwhile`;
      return undefined;
    }
    case 'settlement':
      return undefined;
  }
}

function headOf(offer: Offer, lang: Lang, currency: Currency): string {
  const zh = lang === 'zh';
  const money = (m: number) => formatMoney(m, currency, lang);
  const n = offer.periods;
  switch (offer.kind) {
    case 'installment':
      return n !== undefined ? (zh ? `${n}期` : `${n} months`) : zh ? '分期' : 'Instalments';
    case 'interest-frozen':
      return zh ? `停息挂账${n !== undefined ? `${n}期` : ''}` : `Interest frozen${n !== undefined ? `, ${n} months` : ''}`;
    case 'amortized':
      return n !== undefined ? (zh ? `${n}期等额本息` : `${n} months`) : zh ? '等额本息' : 'Loan';
    case 'deferral':
      return zh ? `延期${n ?? '?'}个月` : `${n ?? '?'}-month deferral`;
    case 'settlement': {
      const k = offer.settlementInstallments ?? 1;
      const ofPrincipal = offer.settlementBase === 'principal';
      const base = zh ? (ofPrincipal ? '本金' : '余额') : ofPrincipal ? 'the principal' : 'the balance';
      const ratio = offer.settlementRatio;
      if (offer.settlementAmount !== undefined) {
        const amount = offer.approximate?.includes('settlementAmount')
          ? agentFigureText(offer.settlementAmount, true, currency, lang)
          : money(offer.settlementAmount);
        let text = zh ? `${k > 1 ? `分${k}期` : '一次性'}结清${amount}` : `Settle for ${amount} ${k > 1 ? `in ${k} payments` : 'in one payment'}`;
        if (ratio !== undefined) text += zh ? `（${base}的${ratioText(ratio)}）` : ` (${ratioText(ratio)} of ${base})`;
        return text;
      }
      if (ratio !== undefined) {
        return zh ? `${k > 1 ? `分${k}期` : '一次性'}按${base}的${ratioText(ratio)}结清` : `Settle for ${ratioText(ratio)} of ${base} ${k > 1 ? `in ${k} payments` : 'in one payment'}`;
      }
      return zh ? '协商结清' : 'Settlement';
    }
  }
}

function monthlyOf(offer: Offer, lang: Lang, currency: Currency, bills: MonthlyBills | null, style: 'short' | 'sentence'): string | undefined {
  const zh = lang === 'zh';
  if (offer.kind === 'deferral') return undefined;
  if (offer.kind === 'settlement') {
    const k = offer.settlementInstallments ?? 1;
    if (k <= 1 || !bills) return undefined;
    // Parts of a settlement differ by a cent at most: said as "about", so without cents.
    const each = approximateMoney(Math.max(bills.first, bills.regular), currency, lang);
    return zh ? `每期约${each}` : `about ${each} each`;
  }
  if (bills) return monthlyFigureText(bills, currency, lang, style);
  if (offer.monthlyPayment === undefined) return undefined;
  // No schedule to compute from: the agent's own figure, as the agent said it.
  const said = agentFigureText(offer.monthlyPayment, offer.approximate?.includes('monthlyPayment') ?? false, currency, lang);
  return zh ? `每月${said}` : `${said} a month`;
}

function factsOf(offer: Offer, lang: Lang, schedule: Schedule | undefined, style: 'short' | 'sentence'): Facts {
  const zh = lang === 'zh';
  const currency: Currency = offer.currency ?? 'CNY';
  const money = (m: number) => formatMoney(m, currency, lang);
  const sched = schedule ?? scheduleFor(offer, currency);
  const bills = sched ? monthlyBills(sched) : null;
  const extras: string[] = [];
  if (offer.downPayment !== undefined && offer.downPayment > 0) {
    const down = offer.approximate?.includes('downPayment') ? agentFigureText(offer.downPayment, true, currency, lang) : money(offer.downPayment);
    extras.push(zh ? `首付${down}` : `${down} down`);
  } else if (offer.downPaymentRatio !== undefined && offer.downPaymentRatio > 0) {
    extras.push(zh ? `首付${ratioText(offer.downPaymentRatio)}` : `${ratioText(offer.downPaymentRatio)} down`);
  }
  const waives = WAIVER_ORDER.filter((w) => offer.waives?.includes(w) && !(offer.kind === 'deferral' && w === 'interest'));
  if (waives.length > 0) {
    extras.push(zh ? `减免${waives.map((w) => WAIVER_NAMES[w].zh).join('、')}` : `${englishList(waives.map((w) => WAIVER_NAMES[w].en))} waived`);
  }
  for (const part of offer.waivesPart ?? []) if (!offer.waives?.includes(part.waiver)) extras.push(partialWaiverText(part, lang));
  const months = offer.kind !== 'deferral' && offer.afterDeferral !== undefined && offer.afterDeferral > 0 ? offer.afterDeferral : 0;
  const facts: Facts = { head: headOf(offer, lang, currency), extras };
  if (months > 0) facts.deferral = zh ? `先延期${months}个月` : `${months}-month deferral`;
  const price = priceOf(offer, lang);
  if (price) facts.price = price;
  const monthly = monthlyOf(offer, lang, currency, bills, style);
  if (monthly) facts.monthly = monthly;
  if (offer.deadline !== undefined) facts.deadline = zh ? `${offer.deadline}前` : `by ${offer.deadline}`;
  return facts;
}

/**
 * Summarise an offer in one line for the card. Pass the schedule from its analysis when you have one; otherwise the
 * monthly figure is computed from the offer's own amount (or is the agent's stated figure, as stated). A plan that
 * follows a deferral reads as one package whose schedule starts after it: "先延期3个月，之后12期 · …".
 */
export function describeOffer(offer: Offer, lang: Lang, schedule?: Schedule): string {
  const f = factsOf(offer, lang, schedule, 'short');
  const zh = lang === 'zh';
  const head = f.deferral ? (zh ? `${f.deferral}，之后${f.head}` : `${f.deferral}, then ${lowerFirst(f.head)}`) : f.head;
  return [head, f.price, f.monthly, ...f.extras, f.deadline].filter((x): x is string => Boolean(x)).join(' · ');
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * The plan as it sits inside a reply, with no "·" list: "分36期，每期手续费0.60%，首月¥X，之后每月¥Y，减免违约金" /
 * "a 36-month plan with a 0.60% monthly fee, paying ¥X the first month and ¥Y after that, with the late fees waived".
 * Starts with what is asked for, so it follows "我想申请" / "I would like to ask for".
 */
export function describeOfferSentence(offer: Offer, lang: Lang, schedule?: Schedule): string {
  const currency: Currency = offer.currency ?? 'CNY';
  const f = factsOf(offer, lang, schedule, 'sentence');
  return lang === 'zh' ? zhSentence(offer, f) : enSentence(offer, f, currency);
}

function zhSentence(offer: Offer, f: Facts): string {
  const n = offer.periods;
  let head: string;
  if (offer.kind === 'installment') head = n !== undefined ? `分${n}期` : '分期还款';
  else if (offer.kind === 'interest-frozen') head = n !== undefined ? `停息挂账分${n}期` : '停息挂账';
  else if (offer.kind === 'amortized') head = n !== undefined ? `分${n}期等额本息` : '等额本息';
  else head = f.head;
  const price = f.price === '无手续费' ? '不收手续费' : f.price;
  const parts = [f.deferral ? `${f.deferral}，之后${head}` : head, price, f.monthly, ...f.extras];
  return parts.filter((x): x is string => Boolean(x)).join('，');
}

function enSentence(offer: Offer, f: Facts, currency: Currency): string {
  const n = offer.periods;
  const parts: string[] = [];
  let head: string;
  switch (offer.kind) {
    case 'settlement': {
      const k = offer.settlementInstallments ?? 1;
      const amount = offer.settlementAmount !== undefined ? formatMoney(offer.settlementAmount, currency, 'en') : undefined;
      const pct = offer.settlementRatio !== undefined ? ratioText(offer.settlementRatio) : undefined;
      const base = offer.settlementBase === 'principal' ? 'the principal' : 'the balance';
      head = `settling the account for ${amount ?? (pct ? `${pct} of ${base}` : 'a reduced amount')} ${k > 1 ? `in ${k} payments` : 'in one payment'}`;
      if (f.monthly) parts.push(f.monthly.replace(/^about/, 'of about'));
      break;
    }
    case 'deferral':
      head = `a ${n ?? '?'}-month deferral`;
      if (f.price) parts.push(f.price === 'no interest meanwhile' ? 'with no interest meanwhile' : `with ${f.price}`);
      break;
    default: {
      const frozen = offer.kind === 'interest-frozen' ? ' interest-free' : '';
      head = n !== undefined ? `a ${n}-month${frozen} plan` : `an${frozen || ' instalment'} plan`;
      if (f.price) parts.push(f.price === 'no fee' ? 'with no fee' : offer.kind === 'amortized' || f.price.endsWith(' a year') ? `at ${f.price}` : `with a ${f.price.replace('/month fee', ' monthly fee')}`);
      if (f.monthly) parts.push(`paying ${f.monthly}`);
    }
  }
  if (f.deferral) head = `a ${f.deferral}, then ${head}`;
  // "a 24-month plan with a 0.60% monthly fee": the price belongs to the plan, without a comma between them.
  if (parts[0]?.startsWith('with ') || parts[0]?.startsWith('at ')) head = `${head} ${parts.shift()}`;
  const extras = f.extras.map((e) => (e.endsWith(' waived') ? `with ${e.startsWith('half') || /^\d/.test(e) ? e : `the ${e}`}` : `with ${e}`));
  return [head, ...parts, ...extras].join(', ');
}
