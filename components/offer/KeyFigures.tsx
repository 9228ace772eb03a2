import { formatMoney, formatPercent, type OfferAnalysis } from '../../lib/negotiate/index';
import { offerVerdict } from '../../lib/negotiate/verdict';
import { t, type Lang } from '../../lib/ui/i18n';
import { MonthlyFigure } from './MonthlyFigure';
import './key-figures.css';

/**
 * The two numbers a person needs in three seconds — the monthly payment against their budget and the real annual
 * rate — as the card's largest text, under a one-line verdict; what the plan costs and pays in total follow, smaller.
 */
export function KeyFigures({
  analysis,
  lang,
  withBudget,
  say = (s) => s,
}: {
  analysis: OfferAnalysis;
  lang: Lang;
  withBudget: boolean;
  /** The verdict in the panel's characters (OfferCard's inPanelScript). */
  say?: (text: string) => string;
}) {
  const currency = analysis.offer.currency ?? 'CNY';
  // An offer that names no amount, judged with no figures of the person's, has nothing to pay in it: "¥0.00" and
  // "nothing beyond the principal" would be false, so the totals read "—" and there is no verdict.
  const known = analysis.totalPaid > 0;
  const money = (minor: number) => (known ? formatMoney(minor, currency, lang) : '—');
  const over = withBudget && analysis.monthlyHeadroom < 0;
  const verdict = offerVerdict(
    {
      currency,
      monthly: analysis.maxMonthlyPayment,
      ...(withBudget ? { budget: analysis.affordableMonthly } : {}),
      costBeyondPrincipal: analysis.totalCost,
    },
    lang,
  );
  return (
    <div className="key-figures">
      {known ? (
        <p className={`verdict verdict--${verdict.tone}`} data-testid="offer-verdict">
          {say(verdict.text)}
        </p>
      ) : null}
      <dl className="offer-figures">
        <div className="key-figure">
          <dt>{t('offerMonthlyNamed')}</dt>
          <dd className={over ? 'bad' : undefined}>
            {/* Without an amount there is no bill to show: "¥0.00" a month would be false, as the totals would. */}
            {known ? <MonthlyFigure analysis={analysis} lang={lang} /> : <span className="key-figure__value" data-testid="key-monthly">—</span>}
            {withBudget ? (
              <small>
                {t('offerBudget')} {formatMoney(analysis.affordableMonthly, currency, lang)}
              </small>
            ) : null}
          </dd>
        </div>
        <div className="key-figure">
          <dt>{t('offerApr')}</dt>
          <dd>
            <span className="key-figure__value" data-testid="key-apr">
              {analysis.apr === null ? '—' : formatPercent(analysis.apr, lang)}
            </span>
            {analysis.simpleAnnualRate !== null && analysis.apr !== null ? <small>{t('offerAdvertised', formatPercent(analysis.simpleAnnualRate, lang))}</small> : null}
          </dd>
        </div>
        <div>
          <dt>{t('offerTotalCost')}</dt>
          <dd>{money(analysis.totalCost)}</dd>
        </div>
        <div>
          <dt>{t('offerTotalPaid')}</dt>
          <dd>{money(analysis.totalPaid)}</dd>
        </div>
      </dl>
    </div>
  );
}
