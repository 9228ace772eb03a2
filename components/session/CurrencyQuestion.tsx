import type { Currency } from '../../lib/negotiate/types';
import type { PlanCurrencyAnswer } from '../../lib/ui/chat-currency';
import { t, type MessageKey } from '../../lib/ui/i18n';
import './session-end.css';

// Names carry no "$": a "$" inside a substitution is eaten by the browser's i18n ("US dollars (" was shown).
const NAME: Record<Currency, MessageKey> = {
  CNY: 'currencyCNY',
  USD: 'currencyUSD',
  GBP: 'currencyGBP',
  EUR: 'currencyEUR',
  HKD: 'currencyHKD',
};

/**
 * Asked once per site when the Plan's currency is not the chat's: until it is answered no figure of the Plan is
 * compared with the bank's, so a $ budget is never set against a ¥ offer.
 */
export function CurrencyQuestion({ ask, onAnswer }: { ask: { plan: Currency; chat: Currency }; onAnswer: (answer: PlanCurrencyAnswer) => void }) {
  const chat = t(NAME[ask.chat]);
  const plan = t(NAME[ask.plan]);
  return (
    <section className="notice notice--warn currency-question" data-testid="currency-question">
      <p>{t('currencyQuestion', [chat, plan])}</p>
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={() => onAnswer('chat')}>
          {t('currencyAnswerChat', chat)}
        </button>
        <button type="button" className="btn" onClick={() => onAnswer('plan')}>
          {t('currencyAnswerPlan', plan)}
        </button>
      </div>
    </section>
  );
}
