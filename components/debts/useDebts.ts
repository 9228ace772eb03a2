import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { debtBook, type BookEntry } from '../../lib/debts/book';
import { monthOfInstant, type MonthIndex } from '../../lib/debts/months';
import type { RecordFacts } from '../../lib/debts/plans';
import type { DebtRow } from '../../lib/debts/types';
import { loadDebts, loadRecordFacts } from '../../lib/db/debts';
import { db } from '../../lib/db/instance';
import { localDay, localOffsetAt } from '../../lib/records/time';

export interface DebtsState {
  rows: DebtRow[];
  records: ReadonlyMap<string, RecordFacts>;
  book: BookEntry[];
  currentMonth: MonthIndex;
  /** Today as a day number in this computer's zone. */
  today: number;
  utcOffsetMinutes: number;
}

/** The debts and the records they list, live: a plan agreed in any record changes every figure at once. */
export function useDebts(): DebtsState | undefined {
  const data = useLiveQuery(async () => {
    const rows = await loadDebts(db);
    return { rows, records: await loadRecordFacts(db, rows) };
  }, []);
  return useMemo(() => {
    if (!data) return undefined;
    const now = Date.now();
    const utcOffsetMinutes = localOffsetAt(now);
    const currentMonth = monthOfInstant(now, utcOffsetMinutes);
    return {
      ...data,
      book: debtBook({ debts: data.rows, records: data.records, currentMonth, utcOffsetMinutes }),
      currentMonth,
      today: localDay(now, utcOffsetMinutes),
      utcOffsetMinutes,
    };
  }, [data]);
}
