import { useState } from 'react';
import type { Currency, Offer, OfferKind } from '../../lib/negotiate/types';
import { t, type MessageKey } from '../../lib/ui/i18n';
import { EMPTY_TERMS_FORM, termsFromForm, type TermsForm as Form, type TermsFormError } from '../../lib/ui/records/terms-form';

export const KIND_LABEL: Record<OfferKind, MessageKey> = {
  installment: 'recKindInstallment',
  amortized: 'recKindAmortized',
  'interest-frozen': 'recKindInterestFrozen',
  settlement: 'recKindSettlement',
  deferral: 'recKindDeferral',
};

const ERROR: Record<TermsFormError, MessageKey> = {
  amount: 'recTermsBadAmount',
  monthlyPayment: 'recTermsBadAmount',
  settlementAmount: 'recTermsBadAmount',
  periods: 'recTermsBadPeriods',
  rate: 'recTermsBadRate',
  empty: 'recTermsEmpty',
};

/** For terms agreed on the phone or in a letter, or an offer the parser could not read. */
export function TermsForm({ currency, onSave }: { currency: Currency; onSave: (offer: Offer) => void }) {
  const [form, setForm] = useState<Form>(EMPTY_TERMS_FORM);
  const [error, setError] = useState<TermsFormError | undefined>();
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const monthlyRate = form.kind === 'installment' || form.kind === 'interest-frozen';
  return (
    <details className="rec-details">
      <summary>{t('recTermsByHand')}</summary>
      <div className="rec-grid">
        <label className="field rec-grid__wide">
          {t('recTermsKind')}
          <select value={form.kind} onChange={(e) => set({ kind: e.target.value as OfferKind })}>
            {(Object.keys(KIND_LABEL) as OfferKind[]).map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('recTermsAmount')}
          <input inputMode="decimal" value={form.amount} onChange={(e) => set({ amount: e.target.value })} />
        </label>
        <label className="field">
          {t('recTermsPeriods')}
          <input inputMode="numeric" value={form.periods} onChange={(e) => set({ periods: e.target.value })} />
        </label>
        <label className="field">
          {monthlyRate ? t('recTermsMonthlyFee') : t('recTermsAnnualRate')}
          <input inputMode="decimal" value={form.rate} onChange={(e) => set({ rate: e.target.value })} placeholder="0.6" />
        </label>
        <label className="field">
          {t('recTermsMonthlyPayment')}
          <input inputMode="decimal" value={form.monthlyPayment} onChange={(e) => set({ monthlyPayment: e.target.value })} />
        </label>
        {form.kind === 'settlement' ? (
          <label className="field rec-grid__wide">
            {t('recTermsSettlement')}
            <input inputMode="decimal" value={form.settlementAmount} onChange={(e) => set({ settlementAmount: e.target.value })} />
          </label>
        ) : null}
      </div>
      {error ? (
        <p className="rec-error" role="alert">
          {t(ERROR[error])}
        </p>
      ) : null}
      <div className="rec-actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            const r = termsFromForm(form, currency);
            if (!r.ok) return setError(r.error);
            setError(undefined);
            onSave(r.offer);
            setForm(EMPTY_TERMS_FORM);
          }}
        >
          {t('recTermsUse')}
        </button>
      </div>
    </details>
  );
}
