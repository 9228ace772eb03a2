import { useEffect, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { emptyProfile, saveProfile } from '../../lib/db/profile';
import { db } from '../../lib/db/instance';
import { affordableMonthly, formatMoney } from '../../lib/negotiate/index';
import type { Currency } from '../../lib/negotiate/types';
import { HARDSHIP_LABELS, HARDSHIPS } from '../../lib/phrasing/index';
import { t, type Lang, type MessageKey } from '../../lib/ui/i18n';
import { MoneyInput } from './MoneyInput';

type Draft = Omit<Profile, 'id' | 'updatedAt'>;
type MoneyField =
  | ['debt', 'principal' | 'interest' | 'fees' | 'penalties']
  | ['budget', 'monthlyIncome' | 'essentialSpending' | 'otherDebtPayments' | 'cashNow'];

const DEBT_FIELDS: Array<{ path: MoneyField; label: MessageKey }> = [
  { path: ['debt', 'principal'], label: 'fieldPrincipal' },
  { path: ['debt', 'interest'], label: 'fieldInterest' },
  { path: ['debt', 'fees'], label: 'fieldFees' },
  { path: ['debt', 'penalties'], label: 'fieldPenalties' },
];
const BUDGET_FIELDS: Array<{ path: MoneyField; label: MessageKey }> = [
  { path: ['budget', 'monthlyIncome'], label: 'fieldIncome' },
  { path: ['budget', 'essentialSpending'], label: 'fieldEssentials' },
  { path: ['budget', 'otherDebtPayments'], label: 'fieldOtherDebts' },
  { path: ['budget', 'cashNow'], label: 'fieldCashNow' },
];

const MARKETS: Array<{ market: 'CN' | 'US' | 'UK'; currency: Currency; label: MessageKey }> = [
  { market: 'CN', currency: 'CNY', label: 'marketCN' },
  { market: 'US', currency: 'USD', label: 'marketUS' },
  { market: 'UK', currency: 'GBP', label: 'marketUK' },
];

/** The user's own figures: what they owe, item by item, and what they can afford each month. */
export function ProfileForm({ profile, lang }: { profile: Profile | undefined; lang: Lang }) {
  const [draft, setDraft] = useState<Draft>(profile ?? emptyProfile(lang === 'zh' ? 'CN' : 'US'));
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  useEffect(() => {
    if (profile) setDraft(profile);
  }, [profile]);

  const setMoney = ([group, key]: MoneyField, minor: number | undefined) => {
    if (minor === undefined) {
      setStatus('invalid');
      return;
    }
    setStatus('idle');
    setDraft((d) => ({ ...d, [group]: { ...d[group], [key]: minor } }) as Draft);
  };
  const currency = draft.debt.currency;
  const balance = draft.debt.principal + draft.debt.interest + draft.debt.fees + draft.debt.penalties;
  const spare = affordableMonthly(draft.budget);

  return (
    <form
      className="profile-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await saveProfile(db, draft);
        setStatus(result.ok ? 'saved' : 'invalid');
      }}
    >
      <fieldset>
        <legend>{t('profileDebt')}</legend>
        <label className="field field--wide">
          <span>{t('fieldMarket')}</span>
          <select
            value={draft.debt.market}
            onChange={(e) => {
              const choice = MARKETS.find((m) => m.market === e.target.value) ?? MARKETS[0]!;
              setDraft((d) => ({ ...d, debt: { ...d.debt, market: choice.market, currency: choice.currency } }));
            }}
          >
            {MARKETS.map((m) => (
              <option key={m.market} value={m.market}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </label>
        {DEBT_FIELDS.map((f) => (
          <MoneyInput key={f.path[1]} id={f.path[1]} label={t(f.label)} value={draft[f.path[0]][f.path[1] as never] as number} onChange={(v) => setMoney(f.path, v)} />
        ))}
        <p className="sum">
          {t('profileBalance')} <b>{formatMoney(balance, currency, lang)}</b>
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('profileBudget')}</legend>
        {BUDGET_FIELDS.map((f) => (
          <MoneyInput key={f.path[1]} id={f.path[1]} label={t(f.label)} value={draft[f.path[0]][f.path[1] as never] as number} onChange={(v) => setMoney(f.path, v)} />
        ))}
        <label className="field field--wide">
          <span>{t('fieldHardship')}</span>
          <select
            value={draft.hardship ?? ''}
            onChange={(e) => {
              const { hardship: _old, ...rest } = draft;
              setDraft(e.target.value ? { ...rest, hardship: e.target.value } : rest);
            }}
          >
            <option value="">{t('hardshipNone')}</option>
            {HARDSHIPS.map((id) => (
              <option key={id} value={id}>
                {HARDSHIP_LABELS[id][lang]}
              </option>
            ))}
          </select>
        </label>
        <p className="sum">
          {t('profileAffordable')} <b data-testid="affordable">{formatMoney(spare, currency, lang)}</b>
        </p>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={status === 'invalid'}>
          {t('save')}
        </button>
        <span role="status" className={status === 'invalid' ? 'bad' : 'ok'}>
          {status === 'saved' ? t('saved') : status === 'invalid' ? t('invalidAmount') : ''}
        </span>
      </div>
      <p className="hint">{t('profilePrivacy')}</p>
    </form>
  );
}
