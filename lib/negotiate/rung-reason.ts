/**
 * Why each rung of the counter-offer ladder is a step: what it costs or saves against the bank's offer and what it
 * asks for that the offer does not. The rung's plan is already shown beside it (its label and plan line), so the
 * reason never restates the plan; it says only what is different.
 *
 * Two pure steps, each table-tested: `rungDiff` measures a rung against the bank's offer, `rungReasonText` words it.
 */

import type { Bilingual, OfferAnalysis } from './analyze';
import { WAIVER_NAMES, WAIVER_ORDER } from './describe';
import { formatMoney, formatPercent } from './money';
import type { Currency, Waiver } from './types';

export type RungKind = 'opening' | 'target' | 'walkAway';

export interface RungDiff {
  rung: RungKind;
  /** The rung is the bank's own offer (nothing to ask for). */
  isBank: boolean;
  currency: Currency;
  settlement: boolean;
  /** The bank's total paid minus the rung's: positive when the rung saves money overall. */
  paidLess: number;
  /** The bank's largest monthly bill minus the rung's: positive when the rung's bill is smaller. */
  monthlyLess: number;
  /** Months (or, for a settlement, payments) of the rung and of the bank's offer, when they differ. */
  length?: { rung: number; bank: number };
  /** Waivers the rung asks for that the bank's offer does not grant. */
  newWaivers: Waiver[];
  /** The rung's largest bill fits the budget. */
  affordable: boolean;
  /** How far the rung's largest bill is over the budget (minor units), when it is. */
  overBudget: number;
  /** The bill fits within the share of the budget the ladder keeps as a margin (target only). */
  withinMargin: boolean;
  /** That share, e.g. 0.9 for "at most 90 % of what you can spare". */
  marginShare: number;
}

function lengthOf(a: OfferAnalysis): number {
  return a.planKind === 'settlement' ? (a.offer.settlementInstallments ?? 1) : (a.offer.periods ?? a.schedule.payments.filter((p) => p.period >= 1).length);
}

export function rungDiff(
  rung: RungKind,
  a: OfferAnalysis,
  bank: OfferAnalysis,
  fit: { withinMargin: boolean; marginShare: number },
): RungDiff {
  const granted = new Set(bank.offer.waives ?? []);
  const length = { rung: lengthOf(a), bank: lengthOf(bank) };
  const diff: RungDiff = {
    rung,
    isBank: a === bank,
    currency: a.offer.currency ?? bank.offer.currency ?? 'CNY',
    settlement: a.planKind === 'settlement',
    paidLess: bank.totalPaid - a.totalPaid,
    monthlyLess: bank.maxMonthlyPayment - a.maxMonthlyPayment,
    newWaivers: WAIVER_ORDER.filter((w) => (a.offer.waives ?? []).includes(w) && !granted.has(w)),
    affordable: a.affordable,
    overBudget: Math.max(0, -a.monthlyHeadroom),
    withinMargin: fit.withinMargin,
    marginShare: fit.marginShare,
  };
  if (length.rung !== length.bank) diff.length = length;
  return diff;
}

function englishList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "¥3,120.00 less in total, and ¥412.00 less a month": what the rung changes against the bank's offer. */
function difference(d: RungDiff): Bilingual {
  const m = (minor: number) => formatMoney(Math.abs(minor), d.currency, 'en');
  const zh: string[] = [];
  const en: string[] = [];
  if (d.paidLess > 0) {
    zh.push(`比银行方案少付${m(d.paidLess)}`);
    en.push(`${m(d.paidLess)} less in total than the bank's offer`);
  } else if (d.paidLess < 0) {
    zh.push(`比银行方案总共多付${m(d.paidLess)}`);
    en.push(`${m(d.paidLess)} more in total than the bank's offer`);
  } else {
    zh.push('总额与银行方案相同');
    en.push("the same total as the bank's offer");
  }
  // A bill that moves the other way from the total is the trade-off the rung makes: say it with "but".
  const opposite = d.paidLess !== 0 && d.monthlyLess !== 0 && d.paidLess > 0 !== d.monthlyLess > 0;
  if (d.monthlyLess !== 0) {
    // A settlement's largest payment is not a monthly bill: "at a time" instead.
    const zhEach = d.settlement ? '单次' : '每月';
    const enEach = d.settlement ? 'at a time' : 'a month';
    const zhBill = `${zhEach}${d.monthlyLess > 0 ? '少' : '多'}付${m(d.monthlyLess)}`;
    const enBill = `${m(d.monthlyLess)} ${d.monthlyLess > 0 ? 'less' : 'more'} ${enEach}`;
    zh.push(opposite ? `但${zhBill}` : zhBill);
    en.push(opposite ? `but ${enBill}` : enBill);
  }
  if (d.length) {
    const n = Math.abs(d.length.rung - d.length.bank);
    const more = d.length.rung > d.length.bank;
    zh.push(`${more ? '多' : '少'}分${n}${d.settlement ? '次' : '期'}`);
    en.push(`${n} ${more ? 'more' : 'fewer'} ${d.settlement ? (n === 1 ? 'payment' : 'payments') : n === 1 ? 'month' : 'months'}`);
  }
  if (d.newWaivers.length > 0) {
    zh.push(`另请减免${d.newWaivers.map((w) => WAIVER_NAMES[w].zh).join('、')}`);
    en.push(`with ${englishList(d.newWaivers.map((w) => WAIVER_NAMES[w].en))} waived`);
  }
  return { zh: zh.join('，'), en: en.join(', ') };
}

/** The rung's reason: what is different about it, then why it is this step of the ladder. */
export function rungReasonText(d: RungDiff): Bilingual {
  const m = (minor: number) => formatMoney(minor, d.currency, 'en');
  if (d.isBank) {
    switch (d.rung) {
      case 'opening':
        return { zh: '银行的方案已是能争取的最好条件', en: "The bank's offer is already the best terms to ask for" };
      case 'target':
        return { zh: '银行的方案已经合适，不必再让步', en: "The bank's own offer already works; there is no need to give way further" };
      case 'walkAway':
        return d.affordable
          ? { zh: '银行的方案在预算内：比它更差的条件先别答应', en: "The bank's offer fits your budget: do not agree to anything worse" }
          : {
              zh: `银行的方案每月仍超出预算${m(d.overBudget)}：说明困难，争取更多减免`,
              en: `The bank's offer is still ${m(d.overBudget)} a month over your budget: explain the hardship and ask for more relief`,
            };
    }
  }
  const diff = difference(d);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const share = formatPercent(d.marginShare, 'en', 0);
  switch (d.rung) {
    case 'opening':
      return { zh: `${diff.zh}——先提最有利的条件，留出让步空间`, en: `${cap(diff.en)} — start from the best terms to leave room to give way` };
    case 'target':
      return d.withinMargin
        ? {
            zh: `${diff.zh}——真正要争取的条件：月供不超过可负担额的${share}，留有余量`,
            en: `${cap(diff.en)} — the terms to settle on: the bill stays within ${share} of what you can spare, leaving some slack`,
          }
        : {
            zh: `${diff.zh}——规则内最宽松的条件，月供仍超出舒适范围`,
            en: `${cap(diff.en)} — the most lenient terms the rules allow, though the bill is still above a comfortable level`,
          };
    case 'walkAway':
      return d.affordable
        ? {
            zh: `${diff.zh}——仍在预算内的最低限度，比这更差就先别答应`,
            en: `${cap(diff.en)} — the least you can accept within your budget; do not agree to anything worse`,
          }
        : {
            zh: `${diff.zh}——即使这样每月仍超出预算${m(d.overBudget)}，需要说明困难争取更多减免`,
            en: `${cap(diff.en)} — even this is ${m(d.overBudget)} a month over your budget; explain the hardship and ask for more relief`,
          };
  }
}
