/**
 * 等额本息 / a US-UK hardship plan: a level payment that amortises a reducing balance at annualRate / 12.
 *
 * Fen rounding: the level payment is round-half-up of the exact annuity payment; each period's interest is
 * round-half-up(balance × monthly rate) and principal is the payment minus that interest; the LAST period repays
 * whatever balance is left, absorbing the rounding drift (so it can differ from the others by a few fen). At a zero
 * rate the principal is split as for 分期 (remainder in the first period).
 */

import { pmt } from '../irr';
import { assertMinor, assertPeriods, assertRate, mulRate, roundHalfUp, splitFirst } from '../money';
import { finish, row, type Payment, type Schedule } from './schedule';

export interface AmortizedInput {
  principal: number;
  periods: number;
  /** Nominal annual rate; the monthly rate is annualRate / 12. */
  annualRate: number;
  /** Paid at period 0; the rest is amortised. */
  downPayment?: number;
}

/** Calls `visit` for each monthly bill of an amortised balance; shared by the plan builder and the ladder's search. */
export function walkAmortized(
  base: number,
  periods: number,
  monthlyRate: number,
  visit: (k: number, principal: number, interest: number) => void,
): void {
  if (monthlyRate === 0) {
    const parts = splitFirst(base, periods);
    for (let k = 1; k <= periods; k++) visit(k, parts[k - 1] as number, 0);
    return;
  }
  const payment = roundHalfUp(-pmt(monthlyRate, periods, base));
  let balance = base;
  for (let k = 1; k <= periods; k++) {
    const interest = mulRate(balance, monthlyRate);
    const principal = k === periods ? balance : Math.max(0, Math.min(balance, payment - interest));
    balance -= principal;
    visit(k, principal, interest);
  }
}

export function validateLoan(principal: number, periods: number, annualRate: number, downPayment: number): void {
  assertMinor(principal, 'principal');
  assertMinor(downPayment, 'downPayment');
  assertPeriods(periods, 'periods');
  assertRate(annualRate, 'annualRate');
  if (downPayment > principal) throw new RangeError('downPayment cannot exceed principal');
}

export function amortizedPlan(input: AmortizedInput): Schedule {
  const downPayment = input.downPayment ?? 0;
  validateLoan(input.principal, input.periods, input.annualRate, downPayment);
  const payments: Payment[] = [];
  if (downPayment > 0) payments.push(row(0, downPayment, 0, 0));
  walkAmortized(input.principal - downPayment, input.periods, input.annualRate / 12, (k, p, i) => {
    payments.push(row(k, p, i, 0));
  });
  return finish(input.principal, payments);
}
