/**
 * A deferral (延期还款 / payment holiday): nothing is paid for `deferMonths`, then the balance — grown by any
 * interest that kept accruing — is repaid over `repayPeriods`. A deferral only moves the debt in time, so the
 * honest default is repayPeriods = 1: the whole balance falls due the month after the deferral ends.
 */

import { assertMinor, assertPeriods, assertRate, mulRate } from '../money';
import { walkAmortized } from './amortized';
import { equalPrincipalPlan } from './equal-principal';
import { finish, row, type Payment, type Schedule } from './schedule';

export interface DeferralInput {
  principal: number;
  /** Months with no payment. */
  deferMonths: number;
  /** Nominal annual rate accruing during the deferral and charged on the repayment. Default 0. */
  annualRate?: number;
  /** Whether interest accrues while payments are deferred. Default: true when annualRate > 0. */
  accrueInterest?: boolean;
  /** Unpaid interest is added to the balance each month (compounds). Default true, as for card balances. */
  compound?: boolean;
  /** Monthly payments after the deferral. Default 1. */
  repayPeriods?: number;
  /** How the post-deferral balance is repaid. Default 'amortized'. */
  repayment?: 'amortized' | 'equal-principal';
  downPayment?: number;
}

export interface DeferralSchedule extends Schedule {
  /** Interest added to the balance while nothing was paid. Minor units. */
  accruedDuringDeferral: number;
}

export function deferralPlan(input: DeferralInput): DeferralSchedule {
  const downPayment = input.downPayment ?? 0;
  const annualRate = input.annualRate ?? 0;
  const repayPeriods = input.repayPeriods ?? 1;
  assertMinor(input.principal, 'principal');
  assertMinor(downPayment, 'downPayment');
  assertPeriods(input.deferMonths, 'deferMonths', 0);
  assertPeriods(repayPeriods, 'repayPeriods');
  assertRate(annualRate, 'annualRate');
  if (downPayment > input.principal) throw new RangeError('downPayment cannot exceed principal');
  const monthly = annualRate / 12;
  const accrue = input.accrueInterest ?? annualRate > 0;
  const compound = input.compound ?? true;
  const base = input.principal - downPayment;

  let accrued = 0;
  if (accrue) {
    for (let m = 0; m < input.deferMonths; m++) accrued += mulRate(compound ? base + accrued : base, monthly);
  }

  const payments: Payment[] = [];
  if (downPayment > 0) payments.push(row(0, downPayment, 0, 0));
  for (let k = 1; k <= input.deferMonths; k++) payments.push(row(k, 0, 0, 0));

  const grown = base + accrued;
  const repayRows: Payment[] = [];
  if (input.repayment === 'equal-principal') {
    const eq = equalPrincipalPlan({ principal: grown, periods: repayPeriods, annualRate });
    for (const p of eq.payments) repayRows.push({ ...p, period: input.deferMonths + p.period });
  } else {
    walkAmortized(grown, repayPeriods, monthly, (k, p, i) => repayRows.push(row(input.deferMonths + k, p, i, 0)));
  }
  // Rows repay `grown`, which includes capitalised interest; show that part as interest so principal sums to base.
  let toReclassify = accrued;
  for (const r of repayRows) {
    const move = Math.min(toReclassify, r.principal);
    r.principal -= move;
    r.interest += move;
    toReclassify -= move;
  }
  payments.push(...repayRows);
  return { ...finish(input.principal, payments), accruedDuringDeferral: accrued };
}
