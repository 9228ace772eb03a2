/**
 * What the debt grows to if the user pays nothing for `horizonMonths` — the baseline an offer must beat.
 *
 * Defaults (override through opts; Debt.revolvingDailyRate overrides the daily rate):
 *  - dailyRate 0.0005 (日息万分之五, 0.05 %/day): the historical PBoC-set revolving rate; since 2021 issuers set
 *    their own within limits, and many contracts still use it (research/finance.md).
 *  - daysPerMonth 30: one statement cycle. Interest for a cycle is balance × dailyRate × 30 and is capitalised
 *    monthly — "compounded monthly", as revolving interest is charged on the next statement.
 *  - minPaymentRate 0.10: a CN card's minimum payment (最低还款额) is typically 10 % of the statement balance.
 *  - lateFeeRate 0.05: since 2017 the late fee (违约金, which replaced 滞纳金) is typically 5 % of the unpaid part of
 *    the minimum payment, per the card contract (research/finance.md). Here nothing is paid, so it is 5 % of the
 *    whole minimum. `lateFeeFixed` replaces it with a flat fee per month (e.g. a UK £12 default charge).
 *  - Only principal and interest bear interest: issuers may not charge interest on late fees and other fees
 *    (PBoC 银发〔2016〕111号), and leaving penalties out keeps the baseline conservative — an offer is never called
 *    "worse than doing nothing" because of an assumption that inflated the baseline.
 */

import { assertMinor, assertPeriods, assertRate, mulRate } from './money';
import type { Debt } from './types';

export interface DoNothingOptions {
  dailyRate?: number;
  daysPerMonth?: number;
  minPaymentRate?: number;
  /** Smallest minimum payment, in minor units (some cards have a floor such as ¥100). Default 0. */
  minPaymentFloor?: number;
  lateFeeRate?: number;
  /** Flat late fee per missed month in minor units; when set, lateFeeRate is ignored. */
  lateFeeFixed?: number;
}

export const DEFAULT_DAILY_RATE = 0.0005;

export interface DoNothingMonth {
  month: number;
  interest: number;
  lateFee: number;
  /** Everything owed at the end of the month. */
  balance: number;
}

export interface DoNothingResult {
  horizonMonths: number;
  startBalance: number;
  finalBalance: number;
  totalInterest: number;
  totalLateFees: number;
  /** finalBalance − startBalance: what waiting adds. */
  added: number;
  /** finalBalance − debt.principal: comparable with an offer's totalCost, which is also over principal. */
  costOverPrincipal: number;
  months: DoNothingMonth[];
}

export function doNothingCost(debt: Debt, horizonMonths: number, opts: DoNothingOptions = {}): DoNothingResult {
  assertPeriods(horizonMonths, 'horizonMonths', 0);
  for (const k of ['principal', 'interest', 'fees', 'penalties'] as const) assertMinor(debt[k], k);
  const dailyRate = opts.dailyRate ?? debt.revolvingDailyRate ?? DEFAULT_DAILY_RATE;
  const daysPerMonth = opts.daysPerMonth ?? 30;
  const minPaymentRate = opts.minPaymentRate ?? 0.1;
  const minPaymentFloor = opts.minPaymentFloor ?? 0;
  const lateFeeRate = opts.lateFeeRate ?? 0.05;
  assertRate(dailyRate, 'dailyRate');
  assertRate(minPaymentRate, 'minPaymentRate');
  assertRate(lateFeeRate, 'lateFeeRate');
  if (opts.lateFeeFixed !== undefined) assertMinor(opts.lateFeeFixed, 'lateFeeFixed');

  const monthlyRate = dailyRate * daysPerMonth;
  let bearing = debt.principal + debt.interest;
  let other = debt.fees + debt.penalties;
  const startBalance = bearing + other;
  let totalInterest = 0;
  let totalLateFees = 0;
  const months: DoNothingMonth[] = [];
  for (let m = 1; m <= horizonMonths; m++) {
    const statement = bearing + other;
    const minimum = Math.min(statement, Math.max(minPaymentFloor, mulRate(statement, minPaymentRate)));
    const lateFee = minimum > 0 ? (opts.lateFeeFixed ?? mulRate(minimum, lateFeeRate)) : 0;
    const interest = mulRate(bearing, monthlyRate);
    bearing += interest;
    other += lateFee;
    totalInterest += interest;
    totalLateFees += lateFee;
    months.push({ month: m, interest, lateFee, balance: bearing + other });
  }
  const finalBalance = bearing + other;
  return {
    horizonMonths,
    startBalance,
    finalBalance,
    totalInterest,
    totalLateFees,
    added: finalBalance - startBalance,
    costOverPrincipal: finalBalance - debt.principal,
    months,
  };
}
