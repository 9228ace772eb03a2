/** A stored debt as the negotiation engine reads it, and the figures that grow with time (days overdue, rates). */
import { DEFAULT_DAILY_RATE } from '../negotiate/do-nothing';
import type { Debt } from '../negotiate/types';
import { parseDay } from '../records/time';
import type { DebtRow, DebtStatus, QuotedRate } from './types';

/** 年利率 = 日利率 × 360, the convention the engine uses for a daily rate (lib/negotiate/resolve.ts). */
export const DAYS_PER_YEAR = 360;

export function perDay(rate: QuotedRate): number {
  return rate.per === 'day' ? rate.value : rate.value / DAYS_PER_YEAR;
}

export interface DailyRate {
  rate: number;
  /** 'typed': from the person's contract; 'estimate': a Chinese card's usual 日息万五 where none was typed. */
  source: 'typed' | 'estimate';
}

/** The interest rate per day: as typed, else a Chinese card's usual 0.05 % a day (marked as an estimate), else unknown. */
export function dailyRateOf(row: Pick<DebtRow, 'rate' | 'market' | 'product'>): DailyRate | undefined {
  if (row.rate) return { rate: perDay(row.rate), source: 'typed' };
  if (row.market === 'CN' && row.product === 'card') return { rate: DEFAULT_DAILY_RATE, source: 'estimate' };
  return undefined;
}

/** The debt in the engine's terms, so an offer for it is judged on its own balance and rate. */
export function debtFigures(row: DebtRow): Debt {
  const debt: Debt = {
    currency: row.currency,
    principal: row.principal,
    interest: row.interest,
    fees: row.fees,
    penalties: row.penalties,
    market: row.market,
  };
  const daily = dailyRateOf(row);
  if (daily?.source === 'typed' && daily.rate <= 0.01) debt.revolvingDailyRate = daily.rate;
  return debt;
}

/** Statuses in which the debt is still unresolved, so its days overdue keep counting. */
const STILL_OVERDUE: ReadonlySet<DebtStatus> = new Set(['not-contacted', 'negotiating', 'refused']);

/**
 * Days overdue on `today` (a day number): the count the person entered, plus the days since they entered it while
 * nothing is agreed. A debt with no days overdue is not behind, and an agreed or paid debt stops counting.
 */
export function daysOverdueOn(row: Pick<DebtRow, 'daysOverdue' | 'overdueOn' | 'status'>, today: number, status: DebtStatus = row.status): number {
  if (row.daysOverdue <= 0 || !STILL_OVERDUE.has(status)) return Math.max(0, row.daysOverdue);
  const counted = parseDay(row.overdueOn);
  return counted === undefined ? row.daysOverdue : row.daysOverdue + Math.max(0, today - counted);
}
