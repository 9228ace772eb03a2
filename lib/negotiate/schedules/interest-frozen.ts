/**
 * 停息挂账: the balance is frozen (no further interest) and split over N periods, sometimes with a small monthly
 * management fee on the frozen amount. It is an instalment plan whose "fee" is that management fee, so it shares
 * the instalment builder and its fen-rounding rule.
 */

import type { Schedule } from './schedule';
import { installmentPlan } from './installment';

export interface InterestFrozenInput {
  principal: number;
  periods: number;
  /** Optional fee per period on the frozen amount; 0 when the bank charges none. */
  monthlyFeeRate?: number;
  downPayment?: number;
}

export function interestFrozenPlan(input: InterestFrozenInput): Schedule {
  return installmentPlan({
    principal: input.principal,
    periods: input.periods,
    monthlyFeeRate: input.monthlyFeeRate ?? 0,
    fee: 'per-period',
    downPayment: input.downPayment,
  });
}
