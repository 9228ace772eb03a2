import type { BookEntry } from '../../lib/debts/book';
import { leftIn, type BudgetLeft } from '../../lib/debts/budget-left';
import { compareSplits, splitDebt, type SplitResult } from '../../lib/debts/split';
import { splitDifferenceText } from '../../lib/debts/split-text';
import { formatMoney } from '../../lib/negotiate/index';
import type { Currency } from '../../lib/negotiate/types';
import { t, type Lang } from '../../lib/ui/i18n';
import { debtLabel } from './labels';

const MAX_MONTHS = 600;

function Column({ result, title, names, currency, lang, testId }: { result: SplitResult; title: string; names: Map<string, string>; currency: Currency; lang: Lang; testId: string }) {
  const money = (m: number) => formatMoney(m, currency, lang);
  return (
    <section className="split__col" data-testid={testId}>
      <h3>{title}</h3>
      <p className="hint">{t('splitFirstMonth')}</p>
      <dl>
        {result.firstMonth.map((x) => (
          <div key={x.debtId} style={{ display: 'contents' }}>
            <dt>{names.get(x.debtId)}</dt>
            <dd>{money(x.amount)}</dd>
          </div>
        ))}
      </dl>
      <p>{result.months === undefined ? t('splitNever', String(MAX_MONTHS)) : t('splitMonths', String(result.months))}</p>
      <p>{t('splitCost', money(result.totalCost))}</p>
    </section>
  );
}

/** What is left of the budget, split across the debts still to negotiate, two ways, and the difference. */
export function SplitView({ book, left, currency, from, lang, say }: { book: readonly BookEntry[]; left: BudgetLeft; currency: Currency; from: number; lang: Lang; say: (text: string) => string }) {
  const open = book.filter((e) => e.status !== 'paid-off' && e.status !== 'agreed' && e.status !== 'paying' && e.row.currency === currency);
  const rows = book.map((e) => e.row);
  const names = new Map(open.map((e) => [e.row.id, debtLabel(e.row, rows, lang)]));
  if (open.length === 0) return <p className="hint">{t('rankNone')}</p>;
  if (left.left === 0 && left.capacity === 0) return <p className="hint">{t('debtsNeedBudget')}</p>;
  const debts = open.map((e) => splitDebt(e.row));
  const comparison = compareSplits({ debts, available: (m) => leftIn(left, m), start: from + 1, maxMonths: MAX_MONTHS });
  // A debt with no rate entered costs nothing to carry here, which the person should know when reading the totals.
  const noRate = debts.filter((d) => d.monthlyRate === 0).map((d) => names.get(d.id)!);
  const difference = splitDifferenceText(comparison, currency);
  const short = comparison.highestCost.short;
  return (
    <div className="debts-views__panel" data-testid="debts-split">
      <h3>{t('splitTitle', formatMoney(leftIn(left, from + 1), currency, lang))}</h3>
      <p className="hint">{t('splitHint')}</p>
      {leftIn(left, from + 1) === 0 ? <p className="flag flag--warning">{t('splitNothingLeft')}</p> : null}
      {short > 0 ? <p className="flag flag--warning">{t('splitShort', formatMoney(short, currency, lang))}</p> : null}
      <div className="split">
        <Column result={comparison.highestCost} title={t('splitHighest')} names={names} currency={currency} lang={lang} testId="split-highest" />
        <Column result={comparison.smallestBalance} title={t('splitSmallest')} names={names} currency={currency} lang={lang} testId="split-smallest" />
      </div>
      {noRate.length > 0 ? <p className="hint">{t('splitNoRate', noRate.join(lang === 'zh' ? '、' : ', '))}</p> : null}
      {difference ? (
        <p className="good-news" data-testid="split-difference">
          {say(difference[lang])}
        </p>
      ) : null}
    </div>
  );
}
