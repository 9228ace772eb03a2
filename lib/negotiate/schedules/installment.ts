/**
 * Chinese credit-card instalments (分期): a flat fee on the ORIGINAL instalment principal, never on the reducing
 * balance — which is why the IRR-based APR is almost twice the "fee × 12" figure banks advertise.
 *
 * Fen-rounding rule (tested in tests/negotiate/schedules.test.ts):
 *  - principal per period = floor(base / N); the remainder goes into the FIRST period (尾差计入首期).
 *  - monthlyFeeRate, collected per period: every period's fee = round-half-up(base × rate); the total is N times
 *    that, so every bill shows the same fee and there is no fee remainder.
 *  - monthlyFeeRate, collected up front: one fee = round-half-up(base × rate × N), all in period 1.
 *  - totalFeeRate: total fee T = round-half-up(base × totalRate); per period floor(T / N) with the remainder in the
 *    FIRST period, or all of T in period 1 when collected up front.
 * `base` is the instalment principal: principal − downPayment.
 */

import { assertMinor, assertPeriods, assertRate, mulRate, roundHalfUp } from '../money';
import { finish, row, type Payment, type Schedule } from './schedule';

export type FeeCollection = 'per-period' | 'upfront';

export interface InstallmentInput {
  /** Everything the plan repays, including any down payment. Minor units. */
  principal: number;
  periods: number;
  /** Fee per period as a fraction of the instalment principal (0.006 = 0.60 %/month). */
  monthlyFeeRate?: number;
  /** Fee for the whole plan as a fraction of the instalment principal; give this or monthlyFeeRate, not both. */
  totalFeeRate?: number;
  /** Defaults to 'per-period' (分期收取). */
  fee?: FeeCollection;
  /** Paid at period 0, before the instalments; the fee is charged on principal − downPayment only. */
  downPayment?: number;
}

/** The handful of integers the whole schedule is made of; the ladder's search reads these without building rows. */
export interface InstallmentParts {
  base: number;
  downPayment: number;
  periods: number;
  firstPrincipal: number;
  principalEach: number;
  firstFee: number;
  feeEach: number;
  totalFee: number;
}

export function installmentParts(input: InstallmentInput): InstallmentParts {
  const { principal, periods } = input;
  const downPayment = input.downPayment ?? 0;
  assertMinor(principal, 'principal');
  assertMinor(downPayment, 'downPayment');
  assertPeriods(periods, 'periods');
  if (downPayment > principal) throw new RangeError('downPayment cannot exceed principal');
  if (input.monthlyFeeRate !== undefined && input.totalFeeRate !== undefined) {
    throw new RangeError('give monthlyFeeRate or totalFeeRate, not both');
  }
  const base = principal - downPayment;
  const principalEach = Math.floor(base / periods);
  const firstPrincipal = base - principalEach * (periods - 1);
  const upfront = input.fee === 'upfront';
  let firstFee: number;
  let feeEach: number;
  let totalFee: number;
  if (input.totalFeeRate !== undefined) {
    assertRate(input.totalFeeRate, 'totalFeeRate');
    totalFee = mulRate(base, input.totalFeeRate);
    feeEach = upfront ? 0 : Math.floor(totalFee / periods);
    firstFee = totalFee - feeEach * (periods - 1);
  } else {
    const r = input.monthlyFeeRate ?? 0;
    assertRate(r, 'monthlyFeeRate');
    if (upfront) {
      totalFee = roundHalfUp(base * r * periods);
      feeEach = 0;
      firstFee = totalFee;
    } else {
      feeEach = mulRate(base, r);
      firstFee = feeEach;
      totalFee = feeEach * periods;
    }
  }
  return { base, downPayment, periods, firstPrincipal, principalEach, firstFee, feeEach, totalFee };
}

export function installmentPlan(input: InstallmentInput): Schedule {
  const p = installmentParts(input);
  const payments: Payment[] = [];
  if (p.downPayment > 0) payments.push(row(0, p.downPayment, 0, 0));
  for (let k = 1; k <= p.periods; k++) {
    payments.push(row(k, k === 1 ? p.firstPrincipal : p.principalEach, 0, k === 1 ? p.firstFee : p.feeEach));
  }
  return finish(input.principal, payments);
}
