/**
 * What one more day without a plan costs: interest at the contract's rate on what bears interest (principal and
 * interest), penalty interest on the principal, and the monthly late fee spread over 30 days. Each part says what
 * it was worked out from, so the person can check it against their statement.
 */
import { roundHalfUp } from '../negotiate/money';
import { dailyRateOf, perDay } from './figures';
import type { DebtRow } from './types';

export interface WaitingPart {
  kind: 'interest' | 'penalty' | 'late-fee';
  /** Minor units a day, unrounded (the parts are rounded once, as a total). */
  perDay: number;
  /** The amount the rate applies to (interest, penalty) or the monthly fee (late fee). */
  basis: number;
  /** A daily rate; absent for the late fee. */
  rate?: number;
  /** A Chinese card's usual terms used where the person typed none. */
  estimate: boolean;
}

export interface WaitingCost {
  /** Minor units a day, rounded; undefined when the interest rate is not known. */
  perDay?: number;
  parts: WaitingPart[];
}

/** A Chinese card's usual late fee: 5 % of the minimum payment, which is typically 10 % of the statement. */
export const CN_CARD_LATE_FEE_RATE = 0.005;

export function costOfWaiting(row: DebtRow): WaitingCost {
  const parts: WaitingPart[] = [];
  const daily = dailyRateOf(row);
  const bearing = row.principal + row.interest;
  if (daily && bearing > 0) parts.push({ kind: 'interest', perDay: bearing * daily.rate, basis: bearing, rate: daily.rate, estimate: daily.source === 'estimate' });
  if (row.penaltyRate && row.principal > 0) {
    const rate = perDay(row.penaltyRate);
    parts.push({ kind: 'penalty', perDay: row.principal * rate, basis: row.principal, rate, estimate: false });
  }
  if (row.lateFee !== undefined && row.lateFee > 0) parts.push({ kind: 'late-fee', perDay: row.lateFee / 30, basis: row.lateFee, estimate: false });
  else if (row.lateFee === undefined && row.market === 'CN' && row.product === 'card' && row.daysOverdue > 0) {
    const fee = roundHalfUp((bearing + row.fees + row.penalties) * CN_CARD_LATE_FEE_RATE);
    if (fee > 0) parts.push({ kind: 'late-fee', perDay: fee / 30, basis: fee, estimate: true });
  }
  // Without the interest rate the largest part is unknown: no total rather than a low one.
  if (!daily) return { parts };
  return { perDay: roundHalfUp(parts.reduce((s, p) => s + p.perDay, 0)), parts };
}
