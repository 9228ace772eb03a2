import { formatMoney, monthlyBills, type OfferAnalysis } from '../../lib/negotiate/index';
import { t, type Lang } from '../../lib/ui/i18n';

/**
 * The key monthly figure, named as the card's plan line names it: the bill paid every month, large, with a first
 * bill that differs (the fen remainder, an up-front fee) beside it as "first month ¥…" — the same two figures the
 * plan line, the ladder and the replies give, never a third.
 */
export function MonthlyFigure({ analysis, lang }: { analysis: OfferAnalysis; lang: Lang }) {
  const currency = analysis.offer.currency ?? 'CNY';
  const bills = analysis.offer.kind === 'settlement' ? null : monthlyBills(analysis.schedule);
  const money = (m: number) => formatMoney(m, currency, lang);
  if (!bills || bills.first === bills.regular) {
    return (
      <span className="key-figure__value" data-testid="key-monthly">
        {money(bills?.regular ?? analysis.maxMonthlyPayment)}
      </span>
    );
  }
  return (
    <>
      <span className="key-figure__value" data-testid="key-monthly">
        {money(bills.regular)}
      </span>
      <small data-testid="key-first-month">{t('offerFirstMonth', money(bills.first))}</small>
    </>
  );
}
