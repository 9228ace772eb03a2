/**
 * lib/negotiate — Parley's negotiation engine. Pure TypeScript: no browser globals, no WXT auto-imports; it loads
 * under plain Node (`npx tsx`).
 *
 * Conventions (shared with the parser, see ./types.ts and research/offer-conventions.md):
 *  - Money is an integer number of minor units (fen, cents): ¥12,000.00 → 1200000. Every result amount is an integer.
 *  - Rates are fractions: 0.6 % → 0.006; 日息万五 → 0.0005. Periods are months.
 *  - Annualised rates use the IRR method the PBoC requires: apr = monthly IRR × 12, ear = (1 + monthly IRR)^12 − 1.
 *  - Fen rounding is round-half-up; 分期 principal remainders go in the FIRST period (schedules/installment.ts).
 *
 * Time value of money (numpy-financial semantics and signs: money received > 0, paid < 0) — ./irr.ts
 *  - irr(values): per-period IRR; RangeError when none exists (e.g. all flows one sign).
 *  - npv(rate, values), pmt(rate, nper, pv, fv?, when?), nper(rate, pmt, pv, fv?, when?),
 *    rate(nper, pmt, pv, fv?, when?, guess?) — rate/nper throw RangeError instead of returning NaN.
 *
 * Schedules — each returns { principal, payments: [{ period, principal, interest, fee, total }], totalPaid,
 * totalCost = totalPaid − principal, apr, ear } (apr/ear null when nothing is financed):
 *  - installmentPlan({ principal, periods, monthlyFeeRate | totalFeeRate, fee: 'per-period' | 'upfront', downPayment? })
 *    — Chinese 分期: flat fee on the original instalment principal.
 *  - amortizedPlan({ principal, periods, annualRate, downPayment? }) — 等额本息.
 *  - equalPrincipalPlan({ principal, periods, annualRate, downPayment? }) — 等额本金.
 *  - interestFrozenPlan({ principal, periods, monthlyFeeRate?, downPayment? }) — 停息挂账.
 *  - deferralPlan({ principal, deferMonths, annualRate?, accrueInterest?, compound?, repayPeriods?, repayment? }).
 *  - settlementPlan({ balance, amount | ratio, installments? }) — adds amount, ratio, saving (= −totalCost).
 *
 * Judging an offer
 *  - doNothingCost(debt, horizonMonths, opts?): growth of the debt if nothing is paid (defaults in ./do-nothing.ts).
 *  - affordableMonthly(budget): income − essentials − other debt payments, ≥ 0.
 *  - analyzeOffer(offer, debt, budget, opts?): schedule, maxMonthlyPayment, totalPaid, totalCost (over the debt's
 *    principal), apr, ear, affordable, monthlyVsBudget and flags ('above-budget', 'over-60-periods', 'fee-upfront',
 *    'fee-on-waived', 'waived-still-included', 'short-deadline' (needs opts.now), 'costlier-than-nothing',
 *    'apr-understated', 'assumed-terms', 'currency-mismatch'). Missing offer fields are filled from the debt
 *    (./resolve.ts documents how). A plan with afterDeferral (the second half of "延期3个月后分12期") starts when the
 *    deferral ends (startsAfterMonths); downPaymentRatio and waivesPart are taken off the debt's balance and buckets;
 *    agentFigures sets the agent's own (possibly approximate, 约) figures beside the exact ones.
 *  - counterOffers(offer, debt, budget, rules?, opts?): { opening, target, walkAway, alreadyGood, reasons, … };
 *    each rung is a concrete Offer with its analysis and a { zh, en } reason (./ladder.ts states the invariants).
 *
 * Presentation
 *  - describeOffer(offer, lang, schedule?): one-line plan summary in 'zh' or 'en'.
 *  - formatMoney(minor, currency, lang?): "¥1,234.56".
 */

export type * from './types';

export { irr, npv, pmt, nper, rate, type PaymentTiming } from './irr';
export { roundHalfUp, mulRate, splitFirst, splitSpread, formatMoney, formatPercent } from './money';

export type { Payment, Schedule } from './schedules/schedule';
export { installmentPlan, installmentParts, type InstallmentInput, type InstallmentParts, type FeeCollection } from './schedules/installment';
export { amortizedPlan, type AmortizedInput } from './schedules/amortized';
export { equalPrincipalPlan, type EqualPrincipalInput } from './schedules/equal-principal';
export { interestFrozenPlan, type InterestFrozenInput } from './schedules/interest-frozen';
export { deferralPlan, type DeferralInput, type DeferralSchedule } from './schedules/deferral';
export { settlementPlan, type SettlementInput, type SettlementSchedule } from './schedules/settlement';

export { doNothingCost, DEFAULT_DAILY_RATE, type DoNothingOptions, type DoNothingResult, type DoNothingMonth } from './do-nothing';
export { affordableMonthly, fitsBudget } from './budget';
export { DEFAULT_RULES, rulesFor, type NegotiationRules } from './rules';
export { resolveOffer, buildSchedule, debtBalance, waivedAmount, type PlanSpec, type ResolvedOffer, type ResolveOptions } from './resolve';
export {
  analyzeOffer,
  daysUntil,
  type AnalyzeOptions,
  type OfferAnalysis,
  type Flag,
  type FlagId,
  type Severity,
  type Bilingual,
} from './analyze';
export { counterOffers, type CounterOffers, type Rung } from './ladder';
export { describeOffer, describeOfferSentence, type Lang } from './describe';
export { agentFigureText, approximateMoney, monthlyBills, monthlyFigureText, type MonthlyBills } from './plan-figure';

// ── Offer parser ──
export { parseOffer } from './parse/index';
