import { useMemo } from 'react';
import { debtForRecord } from '../../lib/debts/links';
import type { SessionRecord } from '../../lib/records/types';
import type { Lang } from '../../lib/ui/i18n';
import { DebtLink } from './DebtLink';
import { useDebts } from './useDebts';

/** In a record: which of the person's debts it is about (a phone call or letter is filed by the bank name typed). */
export function RecordDebtLink({ session, lang }: { session: SessionRecord; lang: Lang }) {
  const debts = useDebts();
  const match = useMemo(() => {
    if (!debts || debts.rows.length === 0) return undefined;
    const status = new Map(debts.book.map((e) => [e.row.id, e.status]));
    return debtForRecord(debts.rows, session, (d) => status.get(d.id) ?? d.status);
  }, [debts, session]);
  return <DebtLink sessionId={session.id} rows={debts?.rows ?? []} match={match} lang={lang} />;
}
