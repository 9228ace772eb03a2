/**
 * The common result of every plan builder, and the one place apr/ear are derived, so every plan is annualised the
 * same way: the IRR method the PBoC requires for disclosure (monthly IRR × 12 nominal, (1 + IRR)^12 − 1 effective).
 */

import { irr } from '../irr';

/** One bill. Period 0 is "now" (a down payment); period k ≥ 1 is the k-th monthly bill. Minor units. */
export interface Payment {
  period: number;
  principal: number;
  interest: number;
  fee: number;
  total: number;
}

export interface Schedule {
  /** The amount this plan finances (or, for a settlement, the balance it settles). Minor units. */
  principal: number;
  payments: Payment[];
  totalPaid: number;
  /** totalPaid − principal. Negative for a settlement: the amount forgiven. */
  totalCost: number;
  /** Nominal annual rate by the IRR method (monthly IRR × 12); null when no rate exists (nothing financed). */
  apr: number | null;
  /** Effective annual rate (1 + monthly IRR)^12 − 1; null with apr. */
  ear: number | null;
}

export function row(period: number, principal: number, interest: number, fee: number): Payment {
  return { period, principal, interest, fee, total: principal + interest + fee };
}

/**
 * Totals and annualised rates of a list of payments against `principal` received at period 0. Pass
 * `rates: false` for plans that finance nothing (a settlement) so no meaningless rate is reported.
 */
export function finish(principal: number, payments: Payment[], rates = true): Schedule {
  let totalPaid = 0;
  let last = 0;
  for (const p of payments) {
    totalPaid += p.total;
    if (p.period > last) last = p.period;
  }
  let apr: number | null = null;
  let ear: number | null = null;
  if (rates) {
    const flows = new Array<number>(last + 1).fill(0);
    flows[0] = principal;
    for (const p of payments) flows[p.period] = (flows[p.period] as number) - p.total;
    try {
      const m = irr(flows);
      apr = m * 12;
      ear = (1 + m) ** 12 - 1;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return { principal, payments, totalPaid, totalCost: totalPaid - principal, apr, ear };
}

/**
 * The same plan starting `months` later (a plan agreed to follow a deferral): every bill from period 1 on moves back,
 * a down payment stays at period 0, and apr/ear are recomputed over the longer time.
 */
export function delayed(schedule: Schedule, months: number): Schedule {
  if (!Number.isInteger(months) || months <= 0) return schedule;
  const payments = schedule.payments.map((p) => (p.period >= 1 ? { ...p, period: p.period + months } : p));
  return finish(schedule.principal, payments, schedule.apr !== null);
}

/** The largest bill from period 1 on — the recurring burden a budget must carry. */
export function maxMonthly(schedule: Schedule): number {
  let max = 0;
  for (const p of schedule.payments) if (p.period >= 1 && p.total > max) max = p.total;
  return max;
}

/** What is due at period 0 (a down payment). */
export function upfront(schedule: Schedule): number {
  let sum = 0;
  for (const p of schedule.payments) if (p.period === 0) sum += p.total;
  return sum;
}
