/**
 * A settlement (一次性/分期结清, "settle for less"): the bank accepts `amount` — or `ratio` × balance — in place of
 * the whole balance, at once or in a few monthly parts. Nothing is financed, so there is no APR; the number that
 * matters is the saving, balance − amount, and `totalCost` is its negative.
 * Parts are paid in periods 1..installments and differ by at most one fen: the first (amount mod parts) parts carry
 * one extra fen. Settlements have no issuer convention like 分期's 尾差计入首期, so this split is chosen because the
 * largest part, ceil(amount / parts), can only fall when the amount falls or the parts increase — so a cheaper,
 * longer counter-offer never shows a larger bill than the offer it improves on.
 */

import { assertMinor, assertPeriods, assertRate, mulRate, splitSpread } from '../money';
import { finish, row, type Schedule } from './schedule';

export interface SettlementInput {
  /** Everything owed today (principal + interest + fees + penalties). Minor units. */
  balance: number;
  /** The agreed sum; takes precedence over ratio when both are given. */
  amount?: number;
  /** Fraction of the balance, used when amount is absent: amount = round-half-up(balance × ratio). */
  ratio?: number;
  /** Number of monthly parts. Default 1 (lump sum). */
  installments?: number;
}

export interface SettlementSchedule extends Schedule {
  amount: number;
  /** amount / balance (1 when the balance is 0). */
  ratio: number;
  /** balance − amount: what the user does not have to pay. Negative if the "settlement" exceeds the balance. */
  saving: number;
}

export function settlementAmount(input: SettlementInput): number {
  assertMinor(input.balance, 'balance');
  if (input.amount !== undefined) {
    assertMinor(input.amount, 'amount');
    return input.amount;
  }
  if (input.ratio === undefined) throw new RangeError('settlementPlan needs an amount or a ratio');
  assertRate(input.ratio, 'ratio');
  return mulRate(input.balance, input.ratio);
}

export function settlementPlan(input: SettlementInput): SettlementSchedule {
  const amount = settlementAmount(input);
  const installments = input.installments ?? 1;
  assertPeriods(installments, 'installments');
  const parts = splitSpread(amount, installments);
  const payments = parts.map((p, i) => row(i + 1, p, 0, 0));
  const base = finish(input.balance, payments, false);
  return {
    ...base,
    amount,
    ratio: input.balance > 0 ? amount / input.balance : 1,
    saving: input.balance - amount,
  };
}
