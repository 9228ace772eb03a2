/**
 * A suggested split of what is left of the budget across the debts still to negotiate, two ways: highest cost first
 * (the debt costing most a month to carry gets everything beyond the others' floor) and smallest balance first
 * (the smallest gets it, so one creditor is done soonest). Each month, every debt gets its floor — the least a plan
 * of the longest allowed term would ask (balance ÷ 60 periods, a 个性化分期's limit) — while the budget lasts, in
 * the strategy's order; the rest goes to the first debt in that order still owed. A cleared debt's money moves on.
 *
 * Carrying cost: each month a debt not yet cleared grows by its daily interest and penalty rates × 30 on what is
 * still owed (the rates the person entered, or a Chinese card's usual 0.05 % a day); late fees are left out. A plan
 * the bank agrees usually costs less, so the totals compare the two orders rather than promise a figure.
 */
import { mulRate } from '../negotiate/money';
import { rulesFor } from '../negotiate/rules';
import { dailyRateOf, perDay } from './figures';
import type { MonthIndex } from './months';
import { debtBalance, type DebtRow } from './types';

export type SplitStrategy = 'highest-cost' | 'smallest-balance';

export interface SplitDebt {
  id: string;
  balance: number;
  /** Growth per month as a fraction of what is owed. */
  monthlyRate: number;
  /** Least each month: what the longest allowed plan asks. */
  floor: number;
}

export interface SplitResult {
  strategy: SplitStrategy;
  order: string[];
  /** The first month's amounts: what to propose to each creditor. */
  firstMonth: { debtId: string; amount: number }[];
  /** Months until every debt is cleared; undefined when they are not cleared within `maxMonths`. */
  months?: number;
  /** Months until each debt is cleared (absent when not within `maxMonths`). */
  clearedAfter: Record<string, number>;
  totalPaid: number;
  /** What carrying the debts added (interest and penalty interest over the months simulated). */
  totalCost: number;
  /** The first month's floors add up to more than the budget left by this much. */
  short: number;
}

export interface SplitInput {
  debts: readonly SplitDebt[];
  /** What the budget leaves in a month (after the agreed plans). */
  available: (month: MonthIndex) => number;
  /** The first month of the new plans. */
  start: MonthIndex;
  /** Simulation limit; debts not cleared by then are reported as such. */
  maxMonths?: number;
}

/** A debt as the split sees it. */
export function splitDebt(row: DebtRow): SplitDebt {
  const balance = debtBalance(row);
  const daily = (dailyRateOf(row)?.rate ?? 0) + (row.penaltyRate ? perDay(row.penaltyRate) : 0);
  const periods = rulesFor(row.market).maxPeriods;
  return { id: row.id, balance, monthlyRate: daily * 30, floor: Math.ceil(balance / periods) };
}

export function orderFor(strategy: SplitStrategy, debts: readonly SplitDebt[]): SplitDebt[] {
  return [...debts].sort((a, b) =>
    strategy === 'highest-cost'
      ? b.monthlyRate - a.monthlyRate || a.balance - b.balance || (a.id < b.id ? -1 : 1)
      : a.balance - b.balance || b.monthlyRate - a.monthlyRate || (a.id < b.id ? -1 : 1),
  );
}

export function simulateSplit(strategy: SplitStrategy, { debts, available, start, maxMonths = 600 }: SplitInput): SplitResult {
  const order = orderFor(strategy, debts);
  const owed = new Map(order.map((d) => [d.id, d.balance]));
  const clearedAfter: Record<string, number> = {};
  const firstMonth = new Map(order.map((d) => [d.id, 0]));
  let totalPaid = 0;
  let totalCost = 0;
  let short = 0;
  let months: number | undefined;
  for (const d of order) if (d.balance === 0) clearedAfter[d.id] = 0;
  if (order.every((d) => d.balance === 0)) months = 0;
  for (let i = 0; months === undefined && i < maxMonths; i++) {
    const month = start + i;
    let budget = Math.max(0, Math.floor(available(month)));
    for (const d of order) {
      const o = owed.get(d.id)!;
      if (o <= 0) continue;
      const growth = mulRate(o, d.monthlyRate);
      owed.set(d.id, o + growth);
      totalCost += growth;
    }
    const pay = (d: SplitDebt, want: number) => {
      const amount = Math.min(want, owed.get(d.id)!, budget);
      if (amount <= 0) return;
      owed.set(d.id, owed.get(d.id)! - amount);
      budget -= amount;
      totalPaid += amount;
      if (i === 0) firstMonth.set(d.id, firstMonth.get(d.id)! + amount);
      if (owed.get(d.id) === 0) clearedAfter[d.id] = i + 1;
    };
    if (i === 0) short = Math.max(0, order.reduce((s, d) => s + Math.min(d.floor, owed.get(d.id)!), 0) - budget);
    for (const d of order) pay(d, d.floor);
    for (const d of order) pay(d, Number.MAX_SAFE_INTEGER);
    if ([...owed.values()].every((o) => o === 0)) months = i + 1;
  }
  const result: SplitResult = {
    strategy,
    order: order.map((d) => d.id),
    firstMonth: order.map((d) => ({ debtId: d.id, amount: firstMonth.get(d.id)! })),
    clearedAfter,
    totalPaid,
    totalCost,
    short,
  };
  if (months !== undefined) result.months = months;
  return result;
}

export interface SplitComparison {
  highestCost: SplitResult;
  smallestBalance: SplitResult;
  /** smallestBalance − highestCost, when both clear every debt in time. */
  costDifference?: number;
  monthsDifference?: number;
}

export function compareSplits(input: SplitInput): SplitComparison {
  const highestCost = simulateSplit('highest-cost', input);
  const smallestBalance = simulateSplit('smallest-balance', input);
  const out: SplitComparison = { highestCost, smallestBalance };
  if (highestCost.months !== undefined && smallestBalance.months !== undefined) {
    out.costDifference = smallestBalance.totalCost - highestCost.totalCost;
    out.monthsDifference = smallestBalance.months - highestCost.months;
  }
  return out;
}
