import { rankDebts } from '../../lib/debts/ranking';
import type { BookEntry } from '../../lib/debts/book';
import { t, type Lang } from '../../lib/ui/i18n';
import { debtLabel, STATUS_LABEL } from './labels';

/** Which debt to negotiate first, each with the reasons it rests on and where they come from. */
export function RankingView({ book, today, lang, say }: { book: readonly BookEntry[]; today: number; lang: Lang; say: (text: string) => string }) {
  const { ranked, settled } = rankDebts(book, today);
  const rows = book.map((e) => e.row);
  return (
    <div className="debts-views__panel" data-testid="debts-ranking">
      <h3>{t('rankTitle')}</h3>
      <p className="hint">{t('rankHint')}</p>
      {ranked.length === 0 ? <p className="hint">{t('rankNone')}</p> : null}
      <ol className="rank-list">
        {ranked.map((r) => (
          <li key={r.entry.row.id} className="rank-item" data-testid="rank-item">
            <div className="rank-item__head">
              <span className="rank-item__n">{r.rank}</span>
              <b>{debtLabel(r.entry.row, rows, lang)}</b>
              <span className="chip">{r.stage.label[lang]}</span>
            </div>
            <ul>
              {r.reasons.map((reason) => (
                <li key={reason.kind}>
                  {say(reason.text[lang])}
                  {reason.source ? <div className="rank-item__source">{t('rankSource', say(reason.source[lang]))}</div> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {settled.length > 0 ? (
        <p className="hint">
          {t('rankSettled')}: {settled.map((e) => `${debtLabel(e.row, rows, lang)} · ${t(STATUS_LABEL[e.status])}`).join(lang === 'zh' ? '、' : ', ')}
        </p>
      ) : null}
    </div>
  );
}
