/**
 * Every debt as it stands today, from the stored rows and the records they link to: its status (an agreed record
 * makes it agreed), the plan agreed and the plan proposed, each as payments per month. The other modules of
 * lib/debts (budget-left, ranking, split, timeline, what-if) work on this.
 */
import { agreedPlanOf, proposedPlanOf, type DebtPlan, type RecordFacts } from './plans';
import type { MonthIndex } from './months';
import type { DebtRow, DebtStatus } from './types';

export interface BookEntry {
  row: DebtRow;
  /** The status as it stands: the stored one, moved on by the records (an agreed record → 'agreed'). */
  status: DebtStatus;
  agreed?: DebtPlan;
  proposed?: DebtPlan;
}

export interface BookInput {
  debts: readonly DebtRow[];
  records: ReadonlyMap<string, RecordFacts>;
  currentMonth: MonthIndex;
  utcOffsetMinutes: number;
}

/** A plan counts against the budget while it is being paid: agreed or paying, never once paid off. */
export function planCounts(status: DebtStatus): boolean {
  return status === 'agreed' || status === 'paying';
}

export function effectiveStatus(row: DebtRow, hasAgreedPlan: boolean, records: ReadonlyMap<string, RecordFacts>): DebtStatus {
  if (hasAgreedPlan && (row.status === 'not-contacted' || row.status === 'negotiating')) return 'agreed';
  if (row.status === 'not-contacted' && row.recordIds.some((id) => records.has(id))) return 'negotiating';
  return row.status;
}

export function debtBook({ debts, records, currentMonth, utcOffsetMinutes }: BookInput): BookEntry[] {
  return debts.map((row) => {
    const agreed = row.status === 'paid-off' ? undefined : agreedPlanOf(row, records, utcOffsetMinutes);
    const proposed = proposedPlanOf(row, currentMonth);
    const entry: BookEntry = { row, status: effectiveStatus(row, agreed !== undefined, records) };
    if (agreed) entry.agreed = agreed;
    if (proposed) entry.proposed = proposed;
    return entry;
  });
}

/** The agreed plans that take money from the budget, one per debt. */
export function countedAgreedPlans(book: readonly BookEntry[]): DebtPlan[] {
  return book.flatMap((e) => (e.agreed && planCounts(e.status) ? [e.agreed] : []));
}
