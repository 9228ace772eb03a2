import { linkDebtRecord, unlinkDebtRecord } from '../../lib/db/debts';
import { db } from '../../lib/db/instance';
import type { RecordMatch } from '../../lib/debts/links';
import type { DebtRow } from '../../lib/debts/types';
import { t, type Lang } from '../../lib/ui/i18n';
import { creditorName, PRODUCT_LABEL } from './labels';
import './debts.css';

/** Which listed debt a chat or record is about: found by its bank, or chosen here (and changed here). */
export function DebtLink({ sessionId, rows, match, lang }: { sessionId: string; rows: readonly DebtRow[]; match: RecordMatch | undefined; lang: Lang }) {
  if (rows.length === 0) return null;
  const chosen = match?.debt?.id ?? '';
  return (
    <div className="debt-link" data-testid="debt-link">
      <label className="debt-link__row">
        <span>{t('debtLinkLabel')}</span>
        <select
          value={chosen}
          data-testid="debt-link-select"
          onChange={(e) => void (e.target.value ? linkDebtRecord(db, e.target.value, sessionId) : unlinkDebtRecord(db, sessionId))}
        >
          <option value="">{t('debtLinkNone')}</option>
          {rows.map((d) => (
            <option key={d.id} value={d.id}>
              {`${creditorName(d, lang)} · ${t(PRODUCT_LABEL[d.product])}`}
            </option>
          ))}
        </select>
      </label>
      {match?.how === 'ambiguous' ? <p className="hint">{t('debtLinkAmbiguous')}</p> : null}
    </div>
  );
}
