/**
 * Plan figures taken from an Offer (the bank's, or a counter-offer rung): the monthly payment when the offer does
 * not state one, and a short in-sentence summary ("分24期，每期手续费0.6%，首月¥1,230.16，之后每月¥1,230.00" /
 * "24 monthly payments (¥1,230.16 the first month, then ¥1,230.00) with a 0.6% monthly fee"). `monthly` is the
 * largest bill, rounded up, so a phrase never promises less than the plan will ask for; `bills` names the first and
 * the following bills the way the offer card does (lib/negotiate/plan-figure.ts), so a reply and the card agree.
 */

import { monthlyBills, monthlyFigureText, type MonthlyBills } from '../negotiate/plan-figure';
import type { Schedule } from '../negotiate/schedules/schedule';
import type { Currency, Offer } from '../negotiate/types';
import * as fmt from './format';
import type { Lang } from './types';

type RungAnalysis = { offer?: Offer; maxMonthlyPayment?: number; schedule?: Schedule };

/** A counter-offer rung as lib/negotiate's counterOffers returns it, or a bare Offer. */
export type RungInput = Offer | { offer: Offer; analysis?: RungAnalysis };

export interface PlanFigures {
  offer: Offer;
  amount?: number;
  monthly?: number;
  /** First bill and the bill of every month after it, when the plan's terms determine them. */
  bills?: MonthlyBills;
}

function isRung(x: RungInput): x is { offer: Offer; analysis?: RungAnalysis } {
  return typeof (x as { offer?: unknown }).offer === 'object' && (x as { offer?: unknown }).offer !== null;
}

function finite(n: number | undefined): n is number {
  return n !== undefined && Number.isFinite(n);
}

/** Monthly bill of a plan from its own terms; undefined when the terms do not determine it. */
export function estimateMonthly(offer: Offer, amount: number | undefined): number | undefined {
  if (finite(offer.monthlyPayment)) return offer.monthlyPayment;
  const n = offer.periods;
  if (offer.kind === 'settlement') {
    const k = offer.settlementInstallments ?? 1;
    return finite(offer.settlementAmount) && k > 1 ? Math.ceil(offer.settlementAmount / k) : undefined;
  }
  if (!finite(amount) || amount <= 0 || !finite(n) || n < 1 || offer.kind === 'deferral') return undefined;
  if (offer.kind === 'amortized') {
    const r = (offer.annualRate ?? (finite(offer.dailyRate) ? offer.dailyRate * 360 : 0)) / 12;
    return Math.ceil(r === 0 ? amount / n : (amount * r) / (1 - Math.pow(1 + r, -n)));
  }
  const feeRate = offer.monthlyFeeRate ?? (finite(offer.totalFeeRate) ? offer.totalFeeRate / n : 0);
  const upfront = offer.feeCollection === 'upfront';
  // Chinese issuers put the principal's remainder in the first bill (尾差计入首期), which is then the largest.
  const firstPrincipal = amount - Math.floor(amount / n) * (n - 1);
  const fee = Math.round(amount * feeRate);
  return firstPrincipal + (upfront ? fee * n : fee);
}

/** The offer a rung stands for (the analysed one, with the engine's filled-in fields, when there is one). */
export function offerOf(input: RungInput): Offer | undefined {
  const offer = isRung(input) ? (input.analysis?.offer ?? input.offer) : input;
  return typeof offer === 'object' && offer !== null && typeof offer.kind === 'string' ? offer : undefined;
}

/** First and following bills from the plan's own terms, as the engine's schedules split them (remainder first). */
export function estimateBills(offer: Offer, amount: number | undefined): MonthlyBills | undefined {
  const n = offer.periods;
  if (offer.kind !== 'installment' && offer.kind !== 'interest-frozen') {
    const m = offer.kind === 'amortized' ? estimateMonthly(offer, amount) : undefined;
    return m === undefined || finite(offer.monthlyPayment) ? undefined : { first: m, regular: m };
  }
  if (finite(offer.monthlyPayment) || !finite(amount) || amount <= 0 || !finite(n) || n < 1) return undefined;
  const feeRate = offer.monthlyFeeRate ?? (finite(offer.totalFeeRate) ? offer.totalFeeRate / n : 0);
  const fee = Math.round(amount * feeRate);
  const base = Math.floor(amount / n);
  const upfront = offer.feeCollection === 'upfront';
  const first = amount - base * (n - 1) + (upfront ? fee * n : fee);
  return { first, regular: n === 1 ? first : base + (upfront ? 0 : fee) };
}

export function planFigures(input: RungInput | undefined, fallbackAmount?: number): PlanFigures | undefined {
  if (!input) return undefined;
  const offer = offerOf(input);
  if (!offer) return undefined;
  const amount = finite(offer.amount) ? offer.amount : fallbackAmount;
  const analysis = isRung(input) ? input.analysis : undefined;
  const fromAnalysis = analysis?.maxMonthlyPayment;
  const monthly = finite(fromAnalysis) && fromAnalysis > 0 ? fromAnalysis : estimateMonthly(offer, amount);
  const bills = (analysis?.schedule ? monthlyBills(analysis.schedule) : null) ?? estimateBills(offer, amount);
  return bills ? { offer, amount, monthly, bills } : { offer, amount, monthly };
}

/** The plan's monthly figure as the card names it ("首月¥X，之后每月¥Y"), or the one figure known. */
export function monthlyText(plan: PlanFigures, currency: Currency, lang: Lang, style: 'short' | 'sentence' = 'short'): string | undefined {
  if (plan.bills && plan.offer.kind !== 'settlement') return monthlyFigureText(plan.bills, currency, lang, style);
  const m = fmt.money(plan.monthly, currency, lang);
  if (!m) return undefined;
  return lang === 'zh' ? `每月${m}` : `${m} a month`;
}

/** The bill paid month after month (the card's "之后每月" figure), else the largest. */
export function regularMonthly(plan: PlanFigures | undefined): number | undefined {
  return plan?.bills && plan.offer.kind !== 'settlement' ? plan.bills.regular : plan?.monthly;
}

export function monthlyFeeRate(offer: Offer): number | undefined {
  if (finite(offer.monthlyFeeRate)) return offer.monthlyFeeRate;
  if (finite(offer.totalFeeRate) && finite(offer.periods) && offer.periods > 0) return offer.totalFeeRate / offer.periods;
  return undefined;
}

export function summarizeOffer(plan: PlanFigures, currency: Currency, lang: Lang): string | undefined {
  const { offer, monthly } = plan;
  const zh = lang === 'zh';
  const n = fmt.count(offer.periods);
  const m = fmt.money(monthly, currency, lang);
  const named = monthlyText(plan, currency, lang, 'sentence');
  const twoBills = plan.bills !== undefined && plan.bills.first !== plan.bills.regular;
  const fee = fmt.rate(monthlyFeeRate(offer));
  const apr = fmt.rate(offer.annualRate);
  switch (offer.kind) {
    case 'installment':
    case 'interest-frozen':
    case 'amortized': {
      if (!n) return undefined;
      if (zh) {
        const head = offer.kind === 'interest-frozen' ? `停息挂账分${n}期` : `分${n}期`;
        const parts = [head];
        if (offer.kind === 'amortized' && apr) parts.push(`年利率${apr}`);
        else if (fee && offer.monthlyFeeRate !== 0) parts.push(`每期手续费${fee}`);
        if (named) parts.push(named);
        return parts.join('，');
      }
      const rateText = offer.kind === 'amortized' ? (apr ? ` at ${apr} APR` : '') : fee && offer.monthlyFeeRate !== 0 ? ` with a ${fee} monthly fee` : '';
      const frozen = offer.kind === 'interest-frozen' ? 'interest-free ' : '';
      if (twoBills && named) return `${n} ${frozen}monthly payments (${named.replace(' and ', ', then ').replace(' after that', '')})${rateText}`;
      const each = plan.bills ? fmt.money(plan.bills.regular, currency, lang) : m;
      return each ? `${n} ${frozen}payments of ${each}${rateText}` : `a ${n}-month ${frozen ? 'interest-free ' : ''}plan${rateText}`;
    }
    case 'settlement': {
      const amount = fmt.money(offer.settlementAmount, currency, lang);
      const pct = fmt.percent(offer.settlementRatio);
      const k = offer.settlementInstallments ?? 1;
      if (!amount && !pct) return undefined;
      const ofPrincipal = offer.settlementBase === 'principal';
      if (zh) return `${k > 1 ? `分${k}次` : '一次性'}${amount ? `结清${amount}` : `按${ofPrincipal ? '本金' : '欠款'}的${pct}结清`}`;
      return `a settlement of ${amount ?? `${pct} of ${ofPrincipal ? 'the principal' : 'the balance'}`}${k > 1 ? ` in ${k} payments` : ''}`;
    }
    case 'deferral':
      if (!n) return undefined;
      return zh ? `延期${n}个月还款` : `a ${n}-month deferral`;
    default:
      return undefined;
  }
}
