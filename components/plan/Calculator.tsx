import { useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { parseOffer } from '../../lib/negotiate/index';
import { t, type Lang } from '../../lib/ui/i18n';
import { OfferCard } from '../offer/OfferCard';

/** For offers made by phone or letter: the same analysis and counter-offers as in the chat, from typed text. */
export function Calculator({ profile, lang, onInsert }: { profile: Profile | undefined; lang: Lang; onInsert: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const offers = useMemo(
    () => (text.trim() ? parseOffer(text, profile ? { currency: profile.debt.currency, balance: profile.debt.principal + profile.debt.interest + profile.debt.fees + profile.debt.penalties } : {}) : []),
    [text, profile],
  );
  return (
    <section className="calculator">
      <h2>{t('calculatorTitle')}</h2>
      <p className="hint">{t('calculatorHint')}</p>
      <textarea
        className="calculator__input"
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="24期，每期手续费率0.6% / 36 months at 0.5% a month"
        data-testid="calculator-input"
      />
      {text.trim() && offers.length === 0 ? <p className="hint">{t('calculatorNoOffer')}</p> : null}
      {offers.map((offer, i) => (
        <OfferCard key={`${i}-${offer.kind}-${offer.periods ?? ''}`} offer={offer} profile={profile} lang={lang} onInsert={onInsert} />
      ))}
    </section>
  );
}
