import { useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { countedAgreedPlans } from '../../lib/debts/book';
import { budgetLeft } from '../../lib/debts/budget-left';
import { plansToShow, timeline } from '../../lib/debts/timeline';
import { affordableMonthly, formatMoney } from '../../lib/negotiate/index';
import { t, uiScript, type Lang, type MessageKey } from '../../lib/ui/i18n';
import { inPanelScript } from '../../lib/ui/panel-script';
import { DebtCard } from './DebtCard';
import { DebtForm } from './DebtForm';
import { debtColour, debtLabel } from './labels';
import { RankingView } from './RankingView';
import { SplitView } from './SplitView';
import { TimelineChart } from './TimelineChart';
import { useDebts } from './useDebts';
import { WhatIfView } from './WhatIfView';
import './debts.css';

type View = 'rank' | 'split' | 'timeline' | 'what-if';
const VIEWS: { view: View; label: MessageKey }[] = [
  { view: 'rank', label: 'debtsViewRank' },
  { view: 'split', label: 'debtsViewSplit' },
  { view: 'timeline', label: 'debtsViewTimeline' },
  { view: 'what-if', label: 'debtsViewWhatIf' },
];

/**
 * Several debts, one budget: every debt the person is behind on, what the budget leaves once the agreed plans are
 * paid, which to negotiate first, how to split what is left, the months ahead, and what another plan would change.
 */
export function DebtsSection({ profile, lang }: { profile: Profile | undefined; lang: Lang }) {
  const debts = useDebts();
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const [view, setView] = useState<View>('rank');
  const say = (text: string) => inPanelScript(text, { lang, script: uiScript() });
  const currency = profile?.debt.currency ?? 'CNY';
  const capacity = profile ? affordableMonthly(profile.budget) : 0;
  const summary = useMemo(() => {
    if (!debts) return undefined;
    const agreed = countedAgreedPlans(debts.book).filter((p) => p.currency === currency);
    const left = budgetLeft({ capacity, cashNow: profile?.budget.cashNow ?? 0, plans: agreed, from: debts.currentMonth });
    const tightest = left.tightestMonth === undefined ? 0 : left.months[left.tightestMonth - debts.currentMonth]!.committed;
    return { left, tightest, timeline: timeline(plansToShow(debts.book).filter((p) => p.currency === currency), debts.currentMonth, capacity) };
  }, [debts, capacity, currency, profile?.budget.cashNow]);
  if (!debts || !summary) return null;
  const money = (m: number) => formatMoney(m, currency, lang);
  const series = debts.rows.map((d, i) => ({ debtId: d.id, name: debtLabel(d, debts.rows, lang), colour: debtColour(i) }));
  const editedRow = editing && editing !== 'new' ? debts.rows.find((d) => d.id === editing) : undefined;
  const form = (
    <DebtForm
      key={editing}
      {...(editedRow ? { row: editedRow } : {})}
      profile={profile}
      lang={lang}
      records={debts.records}
      today={debts.today}
      currentMonth={debts.currentMonth}
      first={debts.rows.length === 0}
      onDone={() => setEditing(undefined)}
    />
  );

  return (
    <section className="debts" data-testid="debts" aria-labelledby="debts-title">
      <h2 id="debts-title">{t('debtsTitle')}</h2>
      <p className="hint">{t('debtsHint')}</p>
      {debts.rows.length > 0 ? (
        profile && profile.budget.monthlyIncome > 0 ? (
          <>
            <dl className="debts__budget" data-testid="debts-budget">
              <div>
                <dt>{t('debtsBudgetCapacity')}</dt>
                <dd>{money(capacity)}</dd>
              </div>
              <div>
                <dt>{t('debtsBudgetAgreed')}</dt>
                <dd>{money(summary.tightest)}</dd>
              </div>
              <div className="debts__left">
                <dt>{t('debtsBudgetLeft')}</dt>
                <dd data-testid="debts-left">{money(summary.left.left)}</dd>
              </div>
            </dl>
            <p className="hint">{t('debtsCountedOnce')}</p>
          </>
        ) : (
          <p className="hint">{t('debtsNeedBudget')}</p>
        )
      ) : (
        <p className="hint">{t('debtsEmpty')}</p>
      )}
      <ul className="debts__list">
        {debts.book.map((entry, i) =>
          editing === entry.row.id ? (
            <li key={entry.row.id}>{form}</li>
          ) : (
            <DebtCard key={entry.row.id} entry={entry} colour={debtColour(i)} today={debts.today} lang={lang} onEdit={() => setEditing(entry.row.id)} />
          ),
        )}
      </ul>
      {editing === 'new' ? (
        form
      ) : (
        <div className="form-actions">
          <button type="button" className="btn btn--primary" data-testid="debt-add" onClick={() => setEditing('new')}>
            {t('debtsAdd')}
          </button>
        </div>
      )}
      {debts.rows.length > 0 ? (
        <div className="debts-views">
          <div className="rec-segmented" role="radiogroup" aria-label={t('debtsViews')}>
            {VIEWS.map((v) => (
              <button
                key={v.view}
                type="button"
                role="radio"
                aria-checked={view === v.view}
                className="rec-segmented__item"
                data-testid={`debts-view-${v.view}`}
                onClick={() => setView(v.view)}
              >
                {t(v.label)}
              </button>
            ))}
          </div>
          {view === 'rank' ? <RankingView book={debts.book} today={debts.today} lang={lang} say={say} /> : null}
          {view === 'split' ? <SplitView book={debts.book} left={summary.left} currency={currency} from={debts.currentMonth} lang={lang} say={say} /> : null}
          {view === 'timeline' ? (
            <div className="debts-views__panel">
              <h3>{t('timelineTitle')}</h3>
              <TimelineChart timeline={summary.timeline} series={series} currency={currency} lang={lang} />
            </div>
          ) : null}
          {view === 'what-if' ? <WhatIfView book={debts.book} capacity={capacity} cashNow={profile?.budget.cashNow ?? 0} currency={currency} from={debts.currentMonth} lang={lang} /> : null}
        </div>
      ) : null}
    </section>
  );
}
