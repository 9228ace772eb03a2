/**
 * One budget across several debts: what the person can pay each month (income − essentials − debts not listed),
 * minus the plans already agreed, month by month, is what is left for the next negotiation.
 *
 * Rules (tests/debts/budget-left.test.ts checks each over random inputs):
 *  - Each agreed plan is counted once: a debt may appear once (a second plan for the same debt is refused).
 *  - A month's commitment is the sum of what every plan asks in that month; months before `from` are past.
 *  - What is left in a month is capacity − commitment, never below 0; a month asking more than the capacity takes
 *    the rest from cash on hand, which is never below 0 either.
 *  - The figure a new plan may use is the tightest month's (`left`): a plan that fits it fits every month.
 */
import { assertMinor } from '../negotiate/money';
import type { MonthIndex } from './months';
import type { PlanPayment } from './plans';

export interface PlanLine {
  debtId: string;
  payments: readonly PlanPayment[];
}

export interface BudgetInput {
  /** What the person can pay towards these debts each month (lib/negotiate affordableMonthly). */
  capacity: number;
  cashNow: number;
  /** The agreed plans to count, at most one per debt. */
  plans: readonly PlanLine[];
  /** This month: earlier payments are made already. */
  from: MonthIndex;
}

export interface MonthLeft {
  month: MonthIndex;
  committed: number;
  left: number;
  /** What the plans ask beyond the capacity this month (taken from cash). */
  over: number;
  byDebt: { debtId: string; amount: number }[];
}

export interface BudgetLeft {
  capacity: number;
  /** From `from` to the last month any plan pays; empty when nothing is agreed. */
  months: MonthLeft[];
  /** What is left in the tightest month (the capacity when nothing is agreed). */
  left: number;
  tightestMonth?: MonthIndex;
  /** Cash on hand after the months that ask more than the capacity. */
  cashLeft: number;
  /** Where `left` changes: the amount left from each month on (the last step lasts after every plan ends). */
  steps: { from: MonthIndex; left: number }[];
}

export function budgetLeft({ capacity, cashNow, plans, from }: BudgetInput): BudgetLeft {
  assertMinor(capacity, 'capacity');
  assertMinor(cashNow, 'cashNow');
  if (!Number.isInteger(from)) throw new RangeError(`from must be a month index, got ${from}`);
  const seen = new Set<string>();
  const committed = new Map<MonthIndex, Map<string, number>>();
  let last = from - 1;
  for (const plan of plans) {
    if (seen.has(plan.debtId)) throw new RangeError(`two agreed plans for debt ${plan.debtId}: a debt's plan is counted once`);
    seen.add(plan.debtId);
    for (const p of plan.payments) {
      assertMinor(p.amount, 'payment');
      if (!Number.isInteger(p.month)) throw new RangeError(`payment month must be a month index, got ${p.month}`);
      if (p.month < from || p.amount === 0) continue;
      const month = committed.get(p.month) ?? new Map<string, number>();
      month.set(plan.debtId, (month.get(plan.debtId) ?? 0) + p.amount);
      committed.set(p.month, month);
      if (p.month > last) last = p.month;
    }
  }
  const months: MonthLeft[] = [];
  let spent = 0;
  for (let m = from; m <= last; m++) {
    const byDebt = [...(committed.get(m) ?? new Map<string, number>()).entries()].map(([debtId, amount]) => ({ debtId, amount }));
    const total = byDebt.reduce((s, d) => s + d.amount, 0);
    const over = Math.max(0, total - capacity);
    spent += over;
    months.push({ month: m, committed: total, left: Math.max(0, capacity - total), over, byDebt });
  }
  let left = capacity;
  let tightestMonth: MonthIndex | undefined;
  for (const m of months) {
    if (m.left < left || (tightestMonth === undefined && m.left === left && m.committed > 0)) {
      left = m.left;
      tightestMonth = m.month;
    }
  }
  const steps: { from: MonthIndex; left: number }[] = [];
  for (const m of months) if (steps.at(-1)?.left !== m.left) steps.push({ from: m.month, left: m.left });
  if (steps.at(-1)?.left !== capacity) steps.push({ from: last + 1, left: capacity });
  return { capacity, months, left, ...(tightestMonth !== undefined ? { tightestMonth } : {}), cashLeft: Math.max(0, cashNow - spent), steps };
}

/** What is left in one month; after every plan ends, the whole capacity. */
export function leftIn(result: BudgetLeft, month: MonthIndex): number {
  const first = result.months[0]?.month;
  if (first === undefined || month < first) return result.capacity;
  return result.months[month - first]?.left ?? result.capacity;
}
