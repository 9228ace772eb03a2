/**
 * One-line, bilingual plan summaries for chips, the ladder and suggested replies:
 *   "24期 · 每期手续费0.60% · 月供¥1,234.56"  /  "24 months · 0.60 %/month fee · ¥1,234.56 a month".
 * Plain statements of the plan's numbers only — no promises about outcomes.
 */

import { formatMoney, formatPercent } from './money';
import { buildSchedule, resolveOffer } from './resolve';
import type { Schedule } from './schedules/schedule';
import type { Currency, Debt, Offer, Waiver } from './types';

export type Lang = 'zh' | 'en';

const WAIVER_NAMES: Record<Waiver, { zh: string; en: string }> = {
  interest: { zh: '利息', en: 'interest' },
  penalty: { zh: '罚息', en: 'penalty interest' },
  'late-fee': { zh: '违约金', en: 'late fees' },
  fee: { zh: '其他费用', en: 'other fees' },
};
const WAIVER_ORDER: Waiver[] = ['interest', 'penalty', 'late-fee', 'fee'];

/** A ratio as a trimmed percentage: 0.45 → "45%", 0.4567 → "45.67%". */
function ratioText(ratio: number, lang: Lang): string {
  const text = String(Number((ratio * 100).toFixed(2)));
  return lang === 'zh' ? `${text}%` : `${text} %`;
}

function englishList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The regular bill (period 2 when there is one, so a first-period remainder or up-front fee does not hide it). */
function regularAndFirst(schedule: Schedule): { regular: number; first: number } | null {
  const bills = schedule.payments.filter((p) => p.period >= 1 && p.total > 0);
  if (bills.length === 0) return null;
  const first = bills[0]?.total ?? 0;
  const regular = bills[1]?.total ?? first;
  return { regular, first };
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
    return buildSchedule(resolveOffer({ ...offer, waives: [] }, debt).plan);
  } catch {
    return null;
  }
}

/**
 * Summarise an offer in one line. Pass the schedule from its analysis when you have one; otherwise the monthly
 * payment is computed from the offer's own amount (or taken from its stated monthlyPayment).
 */
export function describeOffer(offer: Offer, lang: Lang, schedule?: Schedule): string {
  const zh = lang === 'zh';
  const currency: Currency = offer.currency ?? 'CNY';
  const money = (m: number) => formatMoney(m, currency, lang);
  const pct = (r: number) => formatPercent(r, lang);
  const parts: string[] = [];
  const sched = schedule ?? scheduleFor(offer, currency);
  const bills = sched ? regularAndFirst(sched) : null;
  const n = offer.periods;

  const monthlyPart = (): void => {
    const regular = bills?.regular ?? offer.monthlyPayment;
    if (regular === undefined) return;
    let text = zh ? `月供${money(regular)}` : `${money(regular)} a month`;
    if (bills && Math.abs(bills.first - bills.regular) * 100 > bills.regular) {
      text += zh ? `（首期${money(bills.first)}）` : ` (first month ${money(bills.first)})`;
    }
    parts.push(text);
  };

  switch (offer.kind) {
    case 'installment': {
      if (n !== undefined) parts.push(zh ? `${n}期` : `${n} months`);
      const upfront = offer.feeCollection === 'upfront';
      if (offer.monthlyFeeRate !== undefined) {
        if (offer.monthlyFeeRate === 0) parts.push(zh ? '无手续费' : 'no fee');
        else
          parts.push(
            zh
              ? `每期手续费${pct(offer.monthlyFeeRate)}${upfront ? '（首期一次性收取）' : ''}`
              : `${pct(offer.monthlyFeeRate)}/month fee${upfront ? ' (all charged in month 1)' : ''}`,
          );
      } else if (offer.totalFeeRate !== undefined) {
        parts.push(zh ? `总手续费${pct(offer.totalFeeRate)}` : `${pct(offer.totalFeeRate)} total fee`);
      } else if (offer.annualRate !== undefined) {
        parts.push(zh ? `年化${pct(offer.annualRate)}` : `${pct(offer.annualRate)} a year`);
      }
      monthlyPart();
      break;
    }
    case 'interest-frozen': {
      parts.push(zh ? `停息挂账${n !== undefined ? `${n}期` : ''}` : `Interest frozen${n !== undefined ? `, ${n} months` : ''}`);
      const fee = offer.monthlyFeeRate ?? (offer.totalFeeRate !== undefined && n ? offer.totalFeeRate / n : undefined);
      if (fee !== undefined) parts.push(fee === 0 ? (zh ? '无手续费' : 'no fee') : zh ? `每期手续费${pct(fee)}` : `${pct(fee)}/month fee`);
      monthlyPart();
      break;
    }
    case 'amortized': {
      if (n !== undefined) parts.push(zh ? `${n}期等额本息` : `${n} months`);
      const rate = offer.annualRate ?? (offer.dailyRate !== undefined ? offer.dailyRate * 360 : undefined);
      if (rate !== undefined) parts.push(zh ? `年利率${pct(rate)}` : `${pct(rate)} APR`);
      monthlyPart();
      break;
    }
    case 'deferral': {
      parts.push(zh ? `延期${n ?? '?'}个月` : `${n ?? '?'}-month deferral`);
      const noInterest = offer.waives?.includes('interest') || offer.annualRate === 0;
      if (noInterest) parts.push(zh ? '期间不计息' : 'no interest meanwhile');
      else if (offer.annualRate !== undefined) parts.push(zh ? `期间按年利率${pct(offer.annualRate)}计息` : `interest at ${pct(offer.annualRate)} a year meanwhile`);
      break;
    }
    case 'settlement': {
      const k = offer.settlementInstallments ?? 1;
      const amount = offer.settlementAmount;
      const ratio = offer.settlementRatio;
      const ofPrincipal = offer.settlementBase === 'principal';
      const baseZh = ofPrincipal ? '本金' : '余额';
      const baseEn = ofPrincipal ? 'the principal' : 'the balance';
      let text: string;
      if (amount !== undefined) {
        text = zh
          ? `${k > 1 ? `分${k}期` : '一次性'}结清${money(amount)}`
          : `Settle for ${money(amount)} ${k > 1 ? `in ${k} payments` : 'in one payment'}`;
        if (ratio !== undefined) text += zh ? `（${baseZh}的${ratioText(ratio, lang)}）` : ` (${ratioText(ratio, lang)} of ${baseEn})`;
      } else if (ratio !== undefined) {
        text = zh
          ? `${k > 1 ? `分${k}期` : '一次性'}按${baseZh}的${ratioText(ratio, lang)}结清`
          : `Settle for ${ratioText(ratio, lang)} of ${baseEn} ${k > 1 ? `in ${k} payments` : 'in one payment'}`;
      } else {
        text = zh ? '协商结清' : 'Settlement';
      }
      parts.push(text);
      if (k > 1 && bills) parts.push(zh ? `每期约${money(bills.first)}` : `about ${money(bills.first)} each`);
      break;
    }
  }

  if (offer.downPayment !== undefined && offer.downPayment > 0) {
    parts.push(zh ? `首付${money(offer.downPayment)}` : `${money(offer.downPayment)} down`);
  }
  const waives = WAIVER_ORDER.filter((w) => offer.waives?.includes(w));
  if (waives.length > 0) {
    parts.push(
      zh
        ? `减免${waives.map((w) => WAIVER_NAMES[w].zh).join('、')}`
        : `${englishList(waives.map((w) => WAIVER_NAMES[w].en))} waived`,
    );
  }
  if (offer.deadline !== undefined) parts.push(zh ? `${offer.deadline}前` : `by ${offer.deadline}`);
  return parts.join(' · ');
}
