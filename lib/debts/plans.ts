/**
 * A debt's plans as payments per calendar month: the plan agreed (from its newest agreed record, or as the person
 * stated it) and the plan proposed. The engine (lib/negotiate analyzeOffer) gives the amounts of each period; this
 * places period k in month start + k.
 */
import { analyzeOffer } from '../negotiate/analyze';
import type { Budget, Currency, Offer } from '../negotiate/types';
import type { Outcome } from '../records/types';
import { debtFigures } from './figures';
import { monthOfInstant, parseMonth, type MonthIndex } from './months';
import type { DebtRow } from './types';

export interface PlanPayment {
  month: MonthIndex;
  amount: number;
}

/** What a plan needs to know about a record: its start, its terms and outcome, and its first payment reminder. */
export interface RecordFacts {
  id: string;
  startedAt: number;
  siteId?: string;
  bankName?: string;
  agreedTerms?: Offer;
  outcome?: Outcome;
  /** Epoch ms of the earliest payment reminder filed for the agreed terms (a follow-up of source 'plan'). */
  firstPlanDue?: number;
}

export interface DebtPlan {
  debtId: string;
  kind: 'agreed' | 'proposed';
  /** Where an agreed plan comes from: a record (`sessionId`) or terms the person typed. */
  source: 'record' | 'typed';
  sessionId?: string;
  offer: Offer;
  currency: Currency;
  payments: PlanPayment[];
}

const NO_BUDGET: Budget = { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 };

/**
 * When a plan's payments fall: `firstDue`, the month of its first payment (its lowest period — a down payment when
 * there is one); or `start`, the month of period 0, each period k then falling k months later (so the months of a
 * deferral before the plan stay empty).
 */
export type PlanAnchor = { firstDue: MonthIndex } | { start: MonthIndex };

/** The payments of `offer` for this debt, by month. Undefined when the engine cannot schedule the terms. */
export function planPayments(row: DebtRow, offer: Offer, anchor: PlanAnchor): PlanPayment[] | undefined {
  let schedule;
  try {
    schedule = analyzeOffer(offer, debtFigures(row), NO_BUDGET).schedule;
  } catch {
    return undefined;
  }
  const due = schedule.payments.filter((p) => p.total > 0);
  if (due.length === 0) return undefined;
  const start = 'start' in anchor ? anchor.start : anchor.firstDue - Math.min(...due.map((p) => p.period));
  const byMonth = new Map<MonthIndex, number>();
  for (const p of due) {
    const month = start + p.period;
    byMonth.set(month, (byMonth.get(month) ?? 0) + p.total);
  }
  return [...byMonth.entries()].sort((a, b) => a[0] - b[0]).map(([month, amount]) => ({ month, amount }));
}

/** Outcomes that say the terms in a record did not become a plan. */
const FELL_THROUGH: ReadonlySet<Outcome> = new Set(['refused', 'no-agreement', 'abandoned']);

/** Records whose terms stand: agreed terms, and an outcome that does not say the plan fell through. */
export function agreedRecord(record: RecordFacts | undefined): record is RecordFacts & { agreedTerms: Offer } {
  return Boolean(record?.agreedTerms) && !FELL_THROUGH.has(record!.outcome ?? 'open');
}

function fromRecord(row: DebtRow, record: RecordFacts & { agreedTerms: Offer }, utcOffsetMinutes: number): DebtPlan | undefined {
  // The first payment reminder says when the plan starts; without one, period 0 is the month of the chat (the first
  // bill the month after, later when the plan follows a deferral).
  const anchor: PlanAnchor =
    record.firstPlanDue !== undefined ? { firstDue: monthOfInstant(record.firstPlanDue, utcOffsetMinutes) } : { start: monthOfInstant(record.startedAt, utcOffsetMinutes) };
  const payments = planPayments(row, record.agreedTerms, anchor);
  if (!payments) return undefined;
  return { debtId: row.id, kind: 'agreed', source: 'record', sessionId: record.id, offer: record.agreedTerms, currency: row.currency, payments };
}

/**
 * The plan agreed for a debt, if any: the one the person named (a record, or typed terms), else the newest of its
 * records whose terms are agreed. One per debt, so a plan seen both in a record and typed is never counted twice.
 */
export function agreedPlanOf(row: DebtRow, records: ReadonlyMap<string, RecordFacts>, utcOffsetMinutes: number): DebtPlan | undefined {
  if (row.agreed?.from === 'typed') {
    const firstDue = parseMonth(row.agreed.firstDue);
    const payments = firstDue === undefined ? undefined : planPayments(row, row.agreed.offer, { firstDue });
    return payments ? { debtId: row.id, kind: 'agreed', source: 'typed', offer: row.agreed.offer, currency: row.currency, payments } : undefined;
  }
  if (row.agreed?.from === 'record') {
    const named = records.get(row.agreed.sessionId);
    return agreedRecord(named) ? fromRecord(row, named, utcOffsetMinutes) : undefined;
  }
  const newest = row.recordIds
    .map((id) => records.get(id))
    .filter(agreedRecord)
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1))[0];
  return newest ? fromRecord(row, newest, utcOffsetMinutes) : undefined;
}

/** The plan the person means to propose: its first payment in the month they chose, else agreed this month. */
export function proposedPlanOf(row: DebtRow, currentMonth: MonthIndex): DebtPlan | undefined {
  if (!row.proposed) return undefined;
  const firstDue = row.proposed.firstDue ? parseMonth(row.proposed.firstDue) : undefined;
  const payments = planPayments(row, row.proposed.offer, firstDue !== undefined ? { firstDue } : { start: currentMonth });
  return payments ? { debtId: row.id, kind: 'proposed', source: 'typed', offer: row.proposed.offer, currency: row.currency, payments } : undefined;
}
