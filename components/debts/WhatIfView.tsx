import { useMemo, useState } from 'react';
import { saveDebt } from '../../lib/db/debts';
import { db } from '../../lib/db/instance';
import { planCounts, type BookEntry } from '../../lib/debts/book';
import { formatMonth } from '../../lib/debts/months';
import { planFromText } from '../../lib/debts/plan-text';
import { planPayments, type DebtPlan } from '../../lib/debts/plans';
import { debtBalance } from '../../lib/debts/types';
import { whatIf, type ScenarioTotals } from '../../lib/debts/what-if';
import { describeOffer, formatMoney } from '../../lib/negotiate/index';
import type { Currency, Offer } from '../../lib/negotiate/types';
import { t, type Lang } from '../../lib/ui/i18n';
import { debtLabel } from './labels';

function Change({ before, after, format, lowerIsBetter = true }: { before: number; after: number; format: (n: number) => string; lowerIsBetter?: boolean }) {
  const better = lowerIsBetter ? after < before : after > before;
  const worse = lowerIsBetter ? after > before : after < before;
  return <td className={better ? 'better' : worse ? 'worse' : undefined}>{format(after)}</td>;
}

/** Change the plan to propose for one debt and see what it leaves for the others, and the totals. */
export function WhatIfView({ book, capacity, cashNow, currency, from, lang }: { book: readonly BookEntry[]; capacity: number; cashNow: number; currency: Currency; from: number; lang: Lang }) {
  const candidates = book.filter((e) => e.status !== 'paid-off' && !(e.agreed && planCounts(e.status)) && e.row.currency === currency);
  const [debtId, setDebtId] = useState(candidates[0]?.row.id ?? '');
  const entry = candidates.find((e) => e.row.id === debtId) ?? candidates[0];
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const offer: Offer | undefined = useMemo(() => (entry ? planFromText(text, entry.row.currency, debtBalance(entry.row)) : undefined), [text, entry]);
  const plan: DebtPlan | null | undefined = useMemo(() => {
    if (!entry || !offer) return undefined;
    const payments = planPayments(entry.row, offer, { start: from });
    return payments ? { debtId: entry.row.id, kind: 'proposed', source: 'typed', offer, currency: entry.row.currency, payments } : undefined;
  }, [entry, offer, from]);
  const result = useMemo(
    () => (entry && plan ? whatIf({ book: book.filter((e) => e.row.currency === currency), change: { debtId: entry.row.id, plan }, capacity, cashNow, from }) : undefined),
    [book, entry, plan, capacity, cashNow, from, currency],
  );
  if (!entry) return <p className="hint">{t('whatIfNoDebts')}</p>;
  const money = (m: number) => formatMoney(m, currency, lang);
  const month = (m: number | undefined) => (m === undefined ? '—' : formatMonth(m));
  const names = new Map(book.map((e) => [e.row.id, debtLabel(e.row, book.map((b) => b.row), lang)]));
  const rows: [string, (s: ScenarioTotals) => number, (n: number) => string][] = [
    [t('whatIfPeak'), (s) => s.peakMonthly, money],
    [t('whatIfOverMonths'), (s) => s.overMonths, String],
    [t('whatIfTotal'), (s) => s.totalToPay, money],
  ];
  return (
    <div className="what-if debts-views__panel" data-testid="debts-what-if">
      <h3>{t('whatIfTitle')}</h3>
      <p className="hint">{t('whatIfHint')}</p>
      <label className="field" htmlFor="what-if-debt">
        <span>{t('whatIfDebt')}</span>
        <select
          id="what-if-debt"
          value={entry.row.id}
          onChange={(e) => {
            setDebtId(e.target.value);
            setSaved(false);
          }}
        >
          {candidates.map((c) => (
            <option key={c.row.id} value={c.row.id}>
              {names.get(c.row.id)}
            </option>
          ))}
        </select>
      </label>
      {entry.proposed ? <p className="hint">{t('debtPlanProposed', describeOffer(entry.proposed.offer, lang))}</p> : null}
      <label className="field" htmlFor="what-if-plan">
        <span>{t('whatIfPlan')}</span>
        <textarea
          id="what-if-plan"
          data-testid="what-if-plan"
          rows={2}
          value={text}
          placeholder="60期，每期手续费率0.5% / 60 months at 0.5% a month"
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
        />
      </label>
      {text.trim() && !offer ? <p className="debt-form__plan debt-form__plan--bad">{t('debtPlanNotRead')}</p> : null}
      {offer ? <p className="hint">{describeOffer(offer, lang)}</p> : null}
      {result ? (
        <>
          <table data-testid="what-if-table">
            <thead>
              <tr>
                <th />
                <th>{t('whatIfNow')}</th>
                <th>{t('whatIfWith')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, pick, format]) => (
                <tr key={label}>
                  <td>{label}</td>
                  <td>{format(pick(result.before))}</td>
                  <Change before={pick(result.before)} after={pick(result.after)} format={format} />
                </tr>
              ))}
              <tr>
                <td>{t('whatIfLast')}</td>
                <td>{month(result.before.lastMonth)}</td>
                <td>{month(result.after.lastMonth)}</td>
              </tr>
              {result.effects
                .filter((e) => e.debtId !== entry.row.id)
                .map((e) => (
                  <tr key={e.debtId} data-testid="what-if-effect">
                    <td>{t('whatIfLeftFor', names.get(e.debtId) ?? e.debtId)}</td>
                    <td>{money(e.leftBefore)}</td>
                    <Change before={e.leftBefore} after={e.leftAfter} format={money} lowerIsBetter={false} />
                  </tr>
                ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button
              type="button"
              className="btn"
              data-testid="what-if-keep"
              onClick={() => {
                const { updatedAt: _u, ...row } = entry.row;
                void saveDebt(db, { ...row, proposed: { offer: offer! } }).then((r) => setSaved(r.ok));
              }}
            >
              {t('whatIfKeep')}
            </button>
            <span role="status" className="ok">
              {saved ? t('saved') : ''}
            </span>
          </div>
        </>
      ) : null}
      {entry.proposed && !result ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              const { updatedAt: _u, proposed: _p, ...row } = entry.row;
              void saveDebt(db, row);
            }}
          >
            {t('whatIfClear')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
