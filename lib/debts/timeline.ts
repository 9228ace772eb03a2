/**
 * Monthly payments across every plan, agreed and proposed, from this month on: what each month asks of the budget
 * and of whom. A debt with an agreed plan shows that plan only; its proposal is history.
 */
import { planCounts, type BookEntry } from './book';
import type { MonthIndex } from './months';
import type { DebtPlan } from './plans';

export interface TimelineBar {
  debtId: string;
  kind: 'agreed' | 'proposed';
  amount: number;
}

export interface TimelineMonth {
  month: MonthIndex;
  bars: TimelineBar[];
  total: number;
}

export interface Timeline {
  months: TimelineMonth[];
  capacity: number;
  /** The largest month's total. */
  peak: number;
  /** Months whose total is above the capacity. */
  overCapacity: MonthIndex[];
  /** Payments after `maxMonths` were left out of the chart (a very long plan). */
  cut: boolean;
}

/** The plans a timeline (and What if) shows: each debt's counted agreed plan, else its proposal. */
export function plansToShow(book: readonly BookEntry[]): DebtPlan[] {
  return book.flatMap((e) => {
    if (e.status === 'paid-off') return [];
    if (e.agreed && planCounts(e.status)) return [e.agreed];
    return e.proposed ? [e.proposed] : [];
  });
}

export function timeline(plans: readonly DebtPlan[], from: MonthIndex, capacity: number, maxMonths = 72): Timeline {
  let last = from - 1;
  let cut = false;
  for (const plan of plans) {
    for (const p of plan.payments) {
      if (p.month < from || p.amount <= 0) continue;
      if (p.month >= from + maxMonths) cut = true;
      else if (p.month > last) last = p.month;
    }
  }
  const months: TimelineMonth[] = [];
  for (let m = from; m <= last; m++) months.push({ month: m, bars: [], total: 0 });
  for (const plan of plans) {
    for (const p of plan.payments) {
      const slot = months[p.month - from];
      if (!slot || p.amount <= 0) continue;
      const bar = slot.bars.find((b) => b.debtId === plan.debtId && b.kind === plan.kind);
      if (bar) bar.amount += p.amount;
      else slot.bars.push({ debtId: plan.debtId, kind: plan.kind, amount: p.amount });
      slot.total += p.amount;
    }
  }
  return {
    months,
    capacity,
    peak: months.reduce((m, x) => Math.max(m, x.total), 0),
    overCapacity: months.filter((m) => m.total > capacity).map((m) => m.month),
    cut,
  };
}
