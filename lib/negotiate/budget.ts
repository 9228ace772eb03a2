/** What the user can put towards this debt each month, and whether a schedule fits that. */

import type { Budget, OfferKind } from './types';
import type { Schedule } from './schedules/schedule';

/** income − essential spending − other debt payments, never below 0. Minor units. */
export function affordableMonthly(budget: Budget): number {
  const spare = budget.monthlyIncome - budget.essentialSpending - budget.otherDebtPayments;
  return spare > 0 ? Math.floor(spare) : 0;
}

/**
 * Whether `schedule` can be paid with `cashNow` on hand and `capacity` spare each month.
 *
 * Instalment-type plans must fit month by month (the down payment from cash, each bill from the monthly surplus):
 * a plan that leans on savings every month runs dry. Settlements and deferrals are built around one large payment,
 * so for them savings count: through every period j, the cumulative amount paid ≤ cashNow + j × capacity.
 */
export function fitsBudget(
  schedule: Schedule,
  kind: OfferKind,
  cashNow: number,
  capacity: number,
): boolean {
  if (kind === 'settlement' || kind === 'deferral') {
    let paid = 0;
    let ok = true;
    const byPeriod = new Map<number, number>();
    for (const p of schedule.payments) byPeriod.set(p.period, (byPeriod.get(p.period) ?? 0) + p.total);
    const periods = [...byPeriod.keys()].sort((a, b) => a - b);
    for (const j of periods) {
      paid += byPeriod.get(j) as number;
      if (paid > cashNow + j * capacity) ok = false;
    }
    return ok;
  }
  for (const p of schedule.payments) {
    if (p.period === 0 ? p.total > cashNow : p.total > capacity) return false;
  }
  return true;
}
