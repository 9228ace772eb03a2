/**
 * Turns a possibly partial Offer (as parsed from a chat) into a complete one plus the plan it describes, filling
 * gaps from the Debt. Every gap filled by a default (not derived from the bank's own numbers) is listed in
 * `assumed`, so the UI can tell the user which question to ask the agent.
 *
 * Filling rules:
 *  - currency: the debt's.
 *  - amount (the principal the plan applies to): the balance minus every bucket the offer waives, minus the down
 *    payment. So a plan that waives interest and penalties applies to the principal (plus unwaived fees).
 *    Debt.penalties holds 罚息 and 违约金 together, so waiving either 'penalty' or 'late-fee' waives that bucket.
 *  - settlement: settlementAmount, else settlementRatio × balance (× principal when settlementBase says so), else the amount above (a "pay the principal and
 *    we drop the rest" offer); parts default to 1.
 *  - installment fee: monthlyFeeRate, else totalFeeRate, else derived from a stated monthlyPayment, else from a stated
 *    IRR annualRate (the flat fee whose APR equals it), else 0 (assumed). A daily rate means interest on a reducing
 *    balance, so such an "installment" is analysed as an amortised loan at dailyRate × 360.
 *  - amortized rate: annualRate, else dailyRate × 360 (PBoC convention: 年利率 = 日利率 × 360), else derived from
 *    monthlyPayment, else 0 (assumed).
 *  - periods: stated, else derived from monthlyPayment, else 12 (installment), 60 (interest-frozen, amortized), or
 *    3 months (deferral) — all assumed.
 *  - deferral: interest keeps accruing at the stated rate, or the card's revolving rate × 360 when none is stated,
 *    unless the offer waives interest; the balance is then repaid in opts.deferralRepayPeriods (default 1) payments.
 */

import { irr, nper as solveNper, rate as solveRate } from './irr';
import { roundHalfUp } from './money';
import { DEFAULT_DAILY_RATE } from './do-nothing';
import type { AmortizedInput } from './schedules/amortized';
import { amortizedPlan } from './schedules/amortized';
import type { DeferralInput } from './schedules/deferral';
import { deferralPlan } from './schedules/deferral';
import type { InstallmentInput } from './schedules/installment';
import { installmentPlan } from './schedules/installment';
import type { InterestFrozenInput } from './schedules/interest-frozen';
import { interestFrozenPlan } from './schedules/interest-frozen';
import type { Schedule } from './schedules/schedule';
import type { SettlementInput } from './schedules/settlement';
import { settlementPlan } from './schedules/settlement';
import type { Debt, Offer, OfferField, OfferKind, Waiver } from './types';

export type PlanSpec =
  | { kind: 'installment'; input: InstallmentInput }
  | { kind: 'amortized'; input: AmortizedInput }
  | { kind: 'interest-frozen'; input: InterestFrozenInput }
  | { kind: 'deferral'; input: DeferralInput }
  | { kind: 'settlement'; input: SettlementInput };

export interface ResolveOptions {
  /** Payments after a deferral ends (default 1: the balance falls due at once). */
  deferralRepayPeriods?: number;
}

export interface ResolvedOffer {
  /** The offer with every field the analysis used filled in. */
  offer: Offer;
  plan: PlanSpec;
  /** Fields filled by a default rather than stated or derived from the bank's figures. */
  assumed: OfferField[];
  /** Fields computed from other stated figures (e.g. a fee rate from a stated monthly payment). */
  derived: OfferField[];
  /** principal + interest + fees + penalties. */
  balance: number;
  /** The part of the balance the offer says it waives. */
  waived: number;
}

/** Longest schedule we build; anything beyond is parser noise, and the over-60 flag already reports it. */
const MAX_BUILD_PERIODS = 600;

export function debtBalance(debt: Debt): number {
  return debt.principal + debt.interest + debt.fees + debt.penalties;
}

/** The part of the balance the given waivers remove. */
export function waivedAmount(debt: Debt, waives: readonly Waiver[] = []): number {
  let sum = 0;
  if (waives.includes('interest')) sum += debt.interest;
  if (waives.includes('fee')) sum += debt.fees;
  if (waives.includes('penalty') || waives.includes('late-fee')) sum += debt.penalties;
  return sum;
}

/**
 * What partial waivers take off (违约金减免一半 → half the penalties bucket). A bucket waived in full is not counted
 * again, and 罚息 and 违约金 share one bucket, so the larger share of the two applies to it.
 */
export function partlyWaivedAmount(debt: Debt, parts: Offer['waivesPart'], full: readonly Waiver[] = []): number {
  if (!Array.isArray(parts)) return 0;
  const shareOf = (...ws: Waiver[]) =>
    parts.reduce((max, p) => (p && ws.includes(p.waiver) && Number.isFinite(p.share) && p.share > 0 && p.share < 1 ? Math.max(max, p.share) : max), 0);
  let sum = 0;
  if (!full.includes('interest')) sum += roundHalfUp(debt.interest * shareOf('interest'));
  if (!full.includes('fee')) sum += roundHalfUp(debt.fees * shareOf('fee'));
  if (!full.includes('penalty') && !full.includes('late-fee')) sum += roundHalfUp(debt.penalties * shareOf('penalty', 'late-fee'));
  return sum;
}

function cleanCount(n: number | undefined): number | undefined {
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return Math.min(MAX_BUILD_PERIODS, Math.max(1, Math.round(n)));
}

/**
 * Bounds on parsed figures. Anything beyond them is parser noise, and would push the integer arithmetic past
 * Number.MAX_SAFE_INTEGER (e.g. 400 % a year compounded over a 36-month deferral multiplies the balance 3×10⁴).
 * They sit far outside any real bank offer: ¥1 billion, 400 % a year (US payday-loan territory), 10 % a month.
 */
const MAX_MINOR = 1e11;
const MAX_ANNUAL_RATE = 4;
const MAX_MONTHLY_RATE = 0.1;
const MAX_TOTAL_FEE_RATE = 10;
const MAX_DEFERRAL_MONTHS = 36;

function cleanRate(r: number | undefined, max: number): number | undefined {
  return r === undefined || !Number.isFinite(r) ? undefined : Math.min(max, Math.max(0, r));
}

function cleanMinor(m: number | undefined): number | undefined {
  return m === undefined || !Number.isFinite(m) ? undefined : Math.min(MAX_MINOR, Math.max(0, Math.round(m)));
}

const DEFAULT_PERIODS: Record<OfferKind, number> = {
  installment: 12,
  'interest-frozen': 60,
  amortized: 60,
  deferral: 3,
  settlement: 1,
};

/** The flat monthly fee whose IRR APR over `periods` equals `apr` (scale-free, so computed on a principal of 1). */
export function flatFeeForApr(apr: number, periods: number): number {
  const flowsFor = (r: number) => [1, ...new Array<number>(periods).fill(-(1 / periods + r))];
  let lo = 0;
  let hi = 0.1;
  if (apr <= 0) return 0;
  if (irr(flowsFor(hi)) * 12 < apr) return hi;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (irr(flowsFor(mid)) * 12 < apr) lo = mid;
    else hi = mid;
  }
  return Number(((lo + hi) / 2).toFixed(6));
}

export function resolveOffer(input: Offer, debt: Debt, opts: ResolveOptions = {}): ResolvedOffer {
  const assumed: OfferField[] = [];
  const derived: OfferField[] = [];
  const waives = [...(input.waives ?? [])];
  const balance = debtBalance(debt);
  const waived = waivedAmount(debt, waives) + partlyWaivedAmount(debt, input.waivesPart, waives);
  const share = cleanRate(input.downPaymentRatio, 1);
  let downPayment = cleanMinor(input.downPayment) ?? 0;
  if (input.downPayment === undefined && share !== undefined && share > 0 && share < 1) {
    // 首付10%: a share of what is owed after the waivers.
    downPayment = roundHalfUp(Math.max(0, balance - waived) * share);
    derived.push('downPayment');
  }
  const offer: Offer = { ...input, currency: input.currency ?? debt.currency, waives };
  if (input.currency === undefined) assumed.push('currency');

  let amount = cleanMinor(input.amount);
  if (amount === undefined) {
    amount = Math.max(0, balance - waived - downPayment);
    assumed.push('amount');
  }
  const dp = downPayment;
  offer.amount = amount;
  if (dp > 0) offer.downPayment = dp;
  const principal = amount + dp;

  const monthlyPayment = cleanMinor(input.monthlyPayment);
  let periods = cleanCount(input.periods);
  const monthlyFeeRate = cleanRate(input.monthlyFeeRate, MAX_MONTHLY_RATE);
  const totalFeeRate = cleanRate(input.totalFeeRate, MAX_TOTAL_FEE_RATE);
  const annualRate = cleanRate(input.annualRate, MAX_ANNUAL_RATE);
  const dailyRate = cleanRate(input.dailyRate, MAX_ANNUAL_RATE / 360);

  const defaultPeriods = (kind: OfferKind) => {
    assumed.push('periods');
    return DEFAULT_PERIODS[kind];
  };

  const finishWith = (plan: PlanSpec): ResolvedOffer => ({ offer, plan, assumed, derived, balance, waived });

  switch (input.kind) {
    case 'settlement': {
      let settle = cleanMinor(input.settlementAmount);
      const ratio = cleanRate(input.settlementRatio, MAX_TOTAL_FEE_RATE);
      if (settle === undefined && ratio !== undefined) {
        settle = roundHalfUp((input.settlementBase === 'principal' ? debt.principal : balance) * ratio);
        derived.push('settlementAmount');
      }
      if (settle === undefined) {
        settle = Math.max(0, balance - waived);
        assumed.push('settlementAmount');
      }
      const installments = cleanCount(input.settlementInstallments) ?? 1;
      offer.settlementAmount = settle;
      offer.settlementRatio = ratio ?? (balance > 0 ? Number((settle / balance).toFixed(4)) : 1);
      if (ratio === undefined) delete offer.settlementBase;
      offer.settlementInstallments = installments;
      return finishWith({ kind: 'settlement', input: { balance, amount: settle, installments } });
    }
    case 'deferral': {
      const stated = input.periods !== undefined && Number.isFinite(input.periods) ? input.periods : undefined;
      const deferMonths =
        stated === undefined ? defaultPeriods('deferral') : Math.min(MAX_DEFERRAL_MONTHS, Math.max(0, Math.round(stated)));
      offer.periods = deferMonths;
      let rate = 0;
      if (!waives.includes('interest')) {
        if (annualRate !== undefined) rate = annualRate;
        else if (dailyRate !== undefined) rate = dailyRate * 360;
        else {
          rate = (debt.revolvingDailyRate ?? DEFAULT_DAILY_RATE) * 360;
          assumed.push('annualRate');
        }
      }
      offer.annualRate = rate;
      return finishWith({
        kind: 'deferral',
        input: {
          principal,
          downPayment: dp,
          deferMonths,
          annualRate: rate,
          accrueInterest: rate > 0,
          repayPeriods: cleanCount(opts.deferralRepayPeriods) ?? 1,
        },
      });
    }
    case 'amortized': {
      let rate = annualRate ?? (dailyRate !== undefined ? dailyRate * 360 : undefined);
      if (rate === undefined && monthlyFeeRate !== undefined) rate = monthlyFeeRate * 12;
      if (periods === undefined && monthlyPayment !== undefined && rate !== undefined && amount > 0) {
        try {
          periods = cleanCount(Math.ceil(solveNper(rate / 12, -monthlyPayment, amount) - 1e-9));
          if (periods !== undefined) derived.push('periods');
        } catch {
          /* the stated payment never repays the amount; fall back to the default term */
        }
      }
      periods ??= defaultPeriods('amortized');
      if (rate === undefined && monthlyPayment !== undefined && amount > 0) {
        try {
          rate = cleanRate(solveRate(periods, -monthlyPayment, amount, 0, 'end', 0.01) * 12, MAX_ANNUAL_RATE);
          derived.push('annualRate');
        } catch {
          rate = undefined;
        }
      }
      if (rate === undefined) {
        rate = 0;
        assumed.push('annualRate');
      }
      offer.periods = periods;
      offer.annualRate = rate;
      return finishWith({ kind: 'amortized', input: { principal, periods, annualRate: rate, downPayment: dp } });
    }
    case 'installment':
    case 'interest-frozen': {
      const frozen = input.kind === 'interest-frozen';
      if (!frozen && monthlyFeeRate === undefined && totalFeeRate === undefined && annualRate === undefined && dailyRate !== undefined) {
        // Daily interest runs on the reducing balance: this is a loan, not a flat-fee 分期.
        periods ??= defaultPeriods('installment');
        offer.kind = 'amortized';
        offer.periods = periods;
        offer.annualRate = dailyRate * 360;
        return finishWith({
          kind: 'amortized',
          input: { principal, periods, annualRate: dailyRate * 360, downPayment: dp },
        });
      }
      let feeRate = monthlyFeeRate;
      if (periods === undefined && monthlyPayment !== undefined && amount > 0) {
        if (feeRate !== undefined) {
          const net = monthlyPayment - roundHalfUp(amount * feeRate);
          if (net > 0) periods = cleanCount(Math.ceil(amount / net));
        } else if (totalFeeRate === undefined && annualRate === undefined) {
          // Nothing says what the fee is, so take it as zero and let the stated payment fix the term.
          periods = cleanCount(Math.ceil(amount / Math.max(1, monthlyPayment)));
          feeRate = 0;
          assumed.push('monthlyFeeRate');
        }
        if (periods !== undefined) derived.push('periods');
      }
      periods ??= defaultPeriods(input.kind);
      if (feeRate === undefined && totalFeeRate === undefined) {
        if (monthlyPayment !== undefined && amount > 0) {
          feeRate = cleanRate(Number(((monthlyPayment - amount / periods) / amount).toFixed(6)), MAX_MONTHLY_RATE);
          derived.push('monthlyFeeRate');
        } else if (!frozen && annualRate !== undefined) {
          feeRate = flatFeeForApr(annualRate, periods);
          derived.push('monthlyFeeRate');
        } else {
          feeRate = 0;
          assumed.push('monthlyFeeRate');
        }
      }
      offer.periods = periods;
      if (frozen) {
        const rate = feeRate ?? (totalFeeRate ?? 0) / periods;
        offer.monthlyFeeRate = rate;
        return finishWith({ kind: 'interest-frozen', input: { principal, periods, monthlyFeeRate: rate, downPayment: dp } });
      }
      const fee = input.feeCollection ?? 'per-period';
      offer.feeCollection = fee;
      if (feeRate !== undefined) offer.monthlyFeeRate = feeRate;
      return finishWith({
        kind: 'installment',
        input:
          feeRate !== undefined
            ? { principal, periods, monthlyFeeRate: feeRate, fee, downPayment: dp }
            : { principal, periods, totalFeeRate: totalFeeRate ?? 0, fee, downPayment: dp },
      });
    }
  }
}

export function buildSchedule(plan: PlanSpec): Schedule {
  switch (plan.kind) {
    case 'installment':
      return installmentPlan(plan.input);
    case 'amortized':
      return amortizedPlan(plan.input);
    case 'interest-frozen':
      return interestFrozenPlan(plan.input);
    case 'deferral':
      return deferralPlan(plan.input);
    case 'settlement':
      return settlementPlan(plan.input);
  }
}
