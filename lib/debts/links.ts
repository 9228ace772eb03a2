/**
 * Which debt a record is about. A debt lists its records; a record no debt lists yet is matched by its creditor —
 * the registry bank a chat was captured on, or the bank name typed into a manual record — to the one such debt still
 * being negotiated (a bank's card and loan: the one not yet agreed), else to the only debt with that creditor.
 */
import { MANUAL_SITE_ID } from '../records/manual';
import type { DebtRow, DebtStatus } from './types';

export interface RecordCreditor {
  id: string;
  siteId?: string;
  bankName?: string;
}

export type RecordMatch = { debt: DebtRow; how: 'linked' | 'creditor' } | { debt: undefined; how: 'ambiguous' | 'none'; candidates: DebtRow[] };

const SETTLED: ReadonlySet<DebtStatus> = new Set(['agreed', 'paying', 'paid-off']);

const sameName = (a: string | undefined, b: string | undefined) => {
  const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
};

function sameCreditor(debt: DebtRow, record: RecordCreditor): boolean {
  if (record.siteId && record.siteId !== MANUAL_SITE_ID) return debt.siteId === record.siteId;
  return sameName(debt.creditorName, record.bankName);
}

/**
 * The debt `record` belongs to. `statusOf` gives each debt's status as it stands (an agreed record makes a debt
 * agreed before the person changes its status), so a second chat with the same bank finds the debt still open.
 */
export function debtForRecord(debts: readonly DebtRow[], record: RecordCreditor, statusOf: (debt: DebtRow) => DebtStatus = (d) => d.status): RecordMatch {
  const linked = debts.find((d) => d.recordIds.includes(record.id));
  if (linked) return { debt: linked, how: 'linked' };
  const same = debts.filter((d) => sameCreditor(d, record));
  const open = same.filter((d) => !SETTLED.has(statusOf(d)));
  if (open.length === 1) return { debt: open[0]!, how: 'creditor' };
  if (open.length === 0 && same.length === 1) return { debt: same[0]!, how: 'creditor' };
  return { debt: undefined, how: same.length > 1 ? 'ambiguous' : 'none', candidates: same.length > 0 ? same : [...debts] };
}

/** The row with `sessionId` among its records and taken out of every other debt's (a record is about one debt). */
export function linkRecord(debts: readonly DebtRow[], debtId: string, sessionId: string): DebtRow[] {
  const changed: DebtRow[] = [];
  for (const d of debts) {
    const has = d.recordIds.includes(sessionId);
    if (d.id === debtId && !has) changed.push({ ...d, recordIds: [...d.recordIds, sessionId] });
    else if (d.id !== debtId && has) changed.push({ ...d, recordIds: d.recordIds.filter((id) => id !== sessionId) });
  }
  return changed;
}
