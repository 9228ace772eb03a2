/** A debt row and its exported form: the same fields, times as UTC ISO strings (lib/records/EXPORT-FORMAT.md). */
import { fromUtcIso, toUtcIso } from '../records/time';
import type { DebtRow } from './types';

export type ExportedDebt = Omit<DebtRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

export function toExportedDebt(row: DebtRow): ExportedDebt {
  return { ...row, createdAt: toUtcIso(row.createdAt), updatedAt: toUtcIso(row.updatedAt) };
}

/** Runs on schema-checked input, where both times are known to parse. */
export function fromExportedDebt(e: ExportedDebt): DebtRow {
  const createdAt = fromUtcIso(e.createdAt);
  const updatedAt = fromUtcIso(e.updatedAt);
  if (createdAt === undefined || updatedAt === undefined) throw new RangeError('not a UTC ISO timestamp');
  return { ...e, createdAt, updatedAt };
}

/** The debts an export of these records carries: those linked to one of them; an export of every record, all. */
export function debtsForExport(debts: readonly DebtRow[], sessionIds: readonly string[], everything: boolean): DebtRow[] {
  if (everything) return [...debts];
  const ids = new Set(sessionIds);
  return debts.filter((d) => d.recordIds.some((id) => ids.has(id)));
}
