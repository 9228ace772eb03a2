/**
 * What if one debt's proposed plan changed: how much the budget would leave for each other debt, and the totals of
 * every plan together. Agreed plans stay as they are; a debt with an agreed plan is not proposed to again.
 */
import type { BookEntry } from './book';
import { budgetLeft } from './budget-left';
import type { MonthIndex } from './months';
import type { DebtPlan } from './plans';
import { plansToShow } from './timeline';

export interface ScenarioTotals {
  /** The largest month's payments across every plan. */
  peakMonthly: number;
  /** What the budget leaves in that month (0 when the plans ask more). */
  tightestLeft: number;
  /** Months with more asked than the person can pay. */
  overMonths: number;
  /** Everything the plans ask from this month on. */
  totalToPay: number;
  /** The month of the last payment, when any plan pays. */
  lastMonth?: MonthIndex;
}

export interface DebtEffect {
  debtId: string;
  /** What the budget leaves for this debt's own plan in the tightest month, given every other plan. */
  leftBefore: number;
  leftAfter: number;
}

export interface WhatIf {
  before: ScenarioTotals;
  after: ScenarioTotals;
  effects: DebtEffect[];
}

export interface WhatIfInput {
  book: readonly BookEntry[];
  /** The debt whose proposal changes, and its new plan (null: no proposal). */
  change: { debtId: string; plan: DebtPlan | null };
  capacity: number;
  cashNow: number;
  from: MonthIndex;
}

function totals(plans: readonly DebtPlan[], capacity: number, cashNow: number, from: MonthIndex): ScenarioTotals {
  const result = budgetLeft({ capacity, cashNow, plans, from });
  const peak = result.months.reduce((m, x) => Math.max(m, x.committed), 0);
  const out: ScenarioTotals = {
    peakMonthly: peak,
    tightestLeft: result.left,
    overMonths: result.months.filter((m) => m.over > 0).length,
    totalToPay: result.months.reduce((s, m) => s + m.committed, 0),
  };
  const last = [...result.months].reverse().find((m) => m.committed > 0);
  if (last) out.lastMonth = last.month;
  return out;
}

export function whatIf({ book, change, capacity, cashNow, from }: WhatIfInput): WhatIf {
  const before = plansToShow(book);
  const agreedHere = before.some((p) => p.debtId === change.debtId && p.kind === 'agreed');
  const after = agreedHere
    ? before
    : [...before.filter((p) => p.debtId !== change.debtId), ...(change.plan ? [{ ...change.plan, debtId: change.debtId, kind: 'proposed' as const }] : [])];
  const leftFor = (plans: readonly DebtPlan[], debtId: string) => budgetLeft({ capacity, cashNow, plans: plans.filter((p) => p.debtId !== debtId), from }).left;
  const effects = book
    .filter((e) => e.status !== 'paid-off' && !before.some((p) => p.debtId === e.row.id && p.kind === 'agreed'))
    .map((e) => ({ debtId: e.row.id, leftBefore: leftFor(before, e.row.id), leftAfter: leftFor(after, e.row.id) }));
  return { before: totals(before, capacity, cashNow, from), after: totals(after, capacity, cashNow, from), effects };
}
