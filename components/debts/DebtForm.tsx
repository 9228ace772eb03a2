import { useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { saveDebt, type DebtInput } from '../../lib/db/debts';
import { db } from '../../lib/db/instance';
import { daysOverdueOn } from '../../lib/debts/figures';
import { formatMonth } from '../../lib/debts/months';
import { agreedRecord, type RecordFacts } from '../../lib/debts/plans';
import { planFromText } from '../../lib/debts/plan-text';
import { CREDITOR_KINDS, DEBT_PRODUCTS, DEBT_STATUSES, debtBalance, type CreditorKind, type DebtRow, type QuotedRate } from '../../lib/debts/types';
import { describeOffer } from '../../lib/negotiate/index';
import type { Currency, Offer } from '../../lib/negotiate/types';
import { formatDay } from '../../lib/records/time';
import { FINANCE_SITES, type FinanceSite } from '../../lib/sites/registry';
import { t, type Lang, type MessageKey } from '../../lib/ui/i18n';
import { parsePercent, percentText } from '../../lib/ui/percent-input';
import { MoneyInput } from '../plan/MoneyInput';
import { PRODUCT_LABEL, STATUS_LABEL } from './labels';

type Draft = Omit<DebtInput, 'agreed' | 'proposed'>;
type AgreedMode = 'auto' | 'typed' | `record:${string}`;

const TYPED: Record<CreditorKind, MessageKey> = { bank: 'debtCreditorTypedBank', 'lending-app': 'debtCreditorTypedApp', other: 'debtCreditorTypedOther' };
const MARKET_CURRENCY: Record<DebtRow['market'], Currency> = { CN: 'CNY', US: 'USD', UK: 'GBP' };
const FIELD_LABEL: Partial<Record<string, MessageKey>> = {
  creditorName: 'debtCreditorName',
  principal: 'fieldPrincipal',
  interest: 'fieldInterest',
  fees: 'fieldFees',
  penalties: 'fieldPenalties',
  daysOverdue: 'debtDaysOverdue',
  rate: 'debtRate',
  penaltyRate: 'debtPenaltyRate',
  lateFee: 'debtLateFee',
  agreed: 'debtAgreedPlan',
  proposed: 'debtProposed',
};

function siteMarket(site: FinanceSite): DebtRow['market'] | undefined {
  return site.region === 'CN' || site.region === 'US' || site.region === 'UK' ? site.region : undefined;
}

function blankDraft(profile: Profile | undefined, first: boolean, today: string): Draft {
  const market = profile?.debt.market ?? 'CN';
  const base: Draft = {
    creditorKind: 'bank',
    creditorName: '',
    product: 'card',
    currency: profile?.debt.currency ?? MARKET_CURRENCY[market],
    market,
    principal: 0,
    interest: 0,
    fees: 0,
    penalties: 0,
    daysOverdue: 0,
    overdueOn: today,
    status: 'not-contacted',
  };
  // The first debt starts from the figures already in the Plan, so nothing is typed twice.
  if (first && profile) {
    const { principal, interest, fees, penalties } = profile.debt;
    Object.assign(base, { principal, interest, fees, penalties });
    const site = profile.bankId ? FINANCE_SITES.find((s) => s.id === profile.bankId) : undefined;
    if (site) Object.assign(base, { siteId: site.id, creditorName: site.name.zh });
  }
  return base;
}

function RateField({ id, label, rate, onChange }: { id: string; label: string; rate: QuotedRate | undefined; onChange: (rate: QuotedRate | undefined | null) => void }) {
  const [text, setText] = useState(percentText(rate?.value));
  const [per, setPer] = useState<QuotedRate['per']>(rate?.per ?? 'day');
  const parsed = parsePercent(text);
  const emit = (t: string, p: QuotedRate['per']) => {
    const value = parsePercent(t);
    onChange(value === undefined ? null : value === null ? undefined : { value, per: p });
  };
  return (
    <>
      <label className={`field ${parsed === undefined ? 'field--invalid' : ''}`} htmlFor={id}>
        <span>{label}</span>
        <input
          id={id}
          inputMode="decimal"
          value={text}
          placeholder={per === 'day' ? '0.05' : '18'}
          onChange={(e) => {
            setText(e.target.value);
            emit(e.target.value, per);
          }}
        />
      </label>
      <label className="field" htmlFor={`${id}-per`}>
        <span>{t('debtRatePer')}</span>
        <select
          id={`${id}-per`}
          value={per}
          onChange={(e) => {
            const p = e.target.value as QuotedRate['per'];
            setPer(p);
            emit(text, p);
          }}
        >
          <option value="day">{t('ratePerDay')}</option>
          <option value="year">{t('ratePerYear')}</option>
        </select>
      </label>
    </>
  );
}

/** Terms typed as the bank put them, read back as a plan line so the person sees what Parley understood. */
function PlanText({ id, label, offer, currency, balance, lang, onChange }: { id: string; label: string; offer: Offer | undefined; currency: Currency; balance: number; lang: Lang; onChange: (offer: Offer | undefined, text: string) => void }) {
  const [text, setText] = useState(offer ? describeOffer(offer, lang) : '');
  const [read, setRead] = useState<Offer | undefined>(offer);
  return (
    <>
      <label className="field field--wide" htmlFor={id}>
        <span>{label}</span>
        <textarea
          id={id}
          rows={2}
          value={text}
          placeholder="36期，每期手续费率0.6% / 36 months at 0.5% a month"
          onChange={(e) => {
            setText(e.target.value);
            const next = planFromText(e.target.value, currency, balance);
            setRead(next);
            onChange(next, e.target.value);
          }}
        />
      </label>
      {text.trim() ? (
        <p className={`debt-form__plan ${read ? '' : 'debt-form__plan--bad'}`} data-testid={`${id}-read`}>
          {read ? describeOffer(read, lang) : t('debtPlanNotRead')}
        </p>
      ) : null}
    </>
  );
}

export interface DebtFormProps {
  row?: DebtRow;
  profile: Profile | undefined;
  lang: Lang;
  /** Records this debt lists, for "the agreed plan is this record's". */
  records: ReadonlyMap<string, RecordFacts>;
  today: number;
  currentMonth: number;
  first: boolean;
  onDone: () => void;
}

/** Add or change one debt: who it is owed to, how much and how late, its rates, status and plans. */
export function DebtForm({ row, profile, lang, records, today, currentMonth, first, onDone }: DebtFormProps) {
  const todayText = formatDay(today);
  const [draft, setDraft] = useState<Draft>(() => {
    if (!row) return blankDraft(profile, first, todayText);
    const { agreed: _a, proposed: _p, updatedAt: _u, ...rest } = row;
    return { ...rest, daysOverdue: daysOverdueOn(row, today), overdueOn: todayText };
  });
  const [agreedMode, setAgreedMode] = useState<AgreedMode>(row?.agreed ? (row.agreed.from === 'typed' ? 'typed' : `record:${row.agreed.sessionId}`) : 'auto');
  const [typedAgreed, setTypedAgreed] = useState<Offer | undefined>(row?.agreed?.from === 'typed' ? row.agreed.offer : undefined);
  const [typedDue, setTypedDue] = useState(row?.agreed?.from === 'typed' ? row.agreed.firstDue : formatMonth(currentMonth + 1));
  const [proposed, setProposed] = useState<Offer | undefined>(row?.proposed?.offer);
  const [proposedDue, setProposedDue] = useState(row?.proposed?.firstDue ?? '');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [badInput, setBadInput] = useState(new Set<string>());
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const flag = (field: string, bad: boolean) =>
    setBadInput((s) => {
      const next = new Set(s);
      if (bad) next.add(field);
      else next.delete(field);
      return next;
    });
  const money = (key: 'principal' | 'interest' | 'fees' | 'penalties' | 'lateFee') => (minor: number | undefined) => {
    flag(key, minor === undefined);
    if (minor !== undefined) set(key === 'lateFee' && minor === 0 ? { lateFee: undefined } : { [key]: minor });
  };
  const rate = (key: 'rate' | 'penaltyRate') => (value: QuotedRate | undefined | null) => {
    flag(key, value === null);
    if (value !== null) set({ [key]: value });
  };

  const sites = useMemo(() => [...FINANCE_SITES].sort((a, b) => Number(siteMarket(b) === draft.market) - Number(siteMarket(a) === draft.market)), [draft.market]);
  const creditorValue = draft.siteId ? `site:${draft.siteId}` : `typed:${draft.creditorKind}`;
  const agreedRecords = (row?.recordIds ?? []).map((id) => records.get(id)).filter(agreedRecord);
  const balance = debtBalance(draft);

  const submit = async () => {
    const input: DebtInput = { ...draft };
    for (const k of ['siteId', 'rate', 'penaltyRate', 'lateFee', 'note'] as const) if (input[k] === undefined || input[k] === '') delete input[k];
    if (!input.collection) delete input.collection;
    if (!input.legal) delete input.legal;
    if (agreedMode === 'typed' && typedAgreed) input.agreed = { from: 'typed', offer: typedAgreed, firstDue: typedDue };
    else if (agreedMode.startsWith('record:')) input.agreed = { from: 'record', sessionId: agreedMode.slice('record:'.length) };
    if (proposed) input.proposed = proposedDue ? { offer: proposed, firstDue: proposedDue } : { offer: proposed };
    const result = await saveDebt(db, input);
    if (result.ok) onDone();
    else setInvalid(t(FIELD_LABEL[result.path.split('.')[0] ?? ''] ?? 'debtCreditorName'));
  };

  return (
    <form
      className="debt-form"
      data-testid="debt-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t(row ? 'debtFormTitleEdit' : 'debtFormTitleNew')}</h3>
      <label className="field field--wide" htmlFor="debt-creditor">
        <span>{t('debtCreditor')}</span>
        <select
          id="debt-creditor"
          data-testid="debt-creditor"
          value={creditorValue}
          onChange={(e) => {
            const [how, value] = e.target.value.split(':') as [string, string];
            if (how === 'typed') {
              set({
                siteId: undefined,
                creditorKind: value as CreditorKind,
                creditorName: draft.siteId ? '' : draft.creditorName,
                ...(value === 'lending-app' ? { product: 'online-lending' as const } : {}),
              });
              return;
            }
            const site = FINANCE_SITES.find((s) => s.id === value)!;
            const market = siteMarket(site) ?? draft.market;
            set({
              siteId: site.id,
              creditorName: site.name.zh,
              creditorKind: site.kind === 'lending-platform' ? 'lending-app' : 'bank',
              market,
              currency: MARKET_CURRENCY[market],
              ...(site.kind === 'lending-platform' ? { product: 'online-lending' as const } : {}),
            });
          }}
        >
          <optgroup label={t('debtGroupBanks')}>
            {sites
              .filter((s) => s.kind !== 'lending-platform')
              .map((s) => (
                <option key={s.id} value={`site:${s.id}`}>
                  {s.name[lang]}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('debtGroupApps')}>
            {sites
              .filter((s) => s.kind === 'lending-platform')
              .map((s) => (
                <option key={s.id} value={`site:${s.id}`}>
                  {s.name[lang]}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('debtGroupTyped')}>
            {CREDITOR_KINDS.map((k) => (
              <option key={k} value={`typed:${k}`}>
                {t(TYPED[k])}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {draft.siteId ? null : (
        <label className="field field--wide" htmlFor="debt-creditor-name">
          <span>{t('debtCreditorName')}</span>
          <input id="debt-creditor-name" data-testid="debt-creditor-name" value={draft.creditorName} maxLength={256} onChange={(e) => set({ creditorName: e.target.value })} />
        </label>
      )}
      <label className="field" htmlFor="debt-product">
        <span>{t('debtProduct')}</span>
        <select id="debt-product" data-testid="debt-product" value={draft.product} onChange={(e) => set({ product: e.target.value as DebtRow['product'] })}>
          {DEBT_PRODUCTS.map((p) => (
            <option key={p} value={p}>
              {t(PRODUCT_LABEL[p])}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor="debt-status">
        <span>{t('debtStatus')}</span>
        <select id="debt-status" data-testid="debt-status" value={draft.status} onChange={(e) => set({ status: e.target.value as DebtRow['status'] })}>
          {DEBT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL[s])}
            </option>
          ))}
        </select>
      </label>
      <MoneyInput id="debt-principal" label={t('fieldPrincipal')} value={draft.principal} onChange={money('principal')} />
      <MoneyInput id="debt-interest" label={t('fieldInterest')} value={draft.interest} onChange={money('interest')} />
      <MoneyInput id="debt-fees" label={t('fieldFees')} value={draft.fees} onChange={money('fees')} />
      <MoneyInput id="debt-penalties" label={t('fieldPenalties')} value={draft.penalties} onChange={money('penalties')} />
      <label className="field" htmlFor="debt-days">
        <span>{t('debtDaysOverdue')}</span>
        <input
          id="debt-days"
          type="number"
          min={0}
          max={36500}
          inputMode="numeric"
          value={String(draft.daysOverdue)}
          onChange={(e) => set({ daysOverdue: Math.max(0, Math.floor(Number(e.target.value) || 0)), overdueOn: todayText })}
        />
      </label>
      <details>
        <summary>{t('debtMore')}</summary>
        <div>
          <RateField id="debt-rate" label={t('debtRate')} rate={draft.rate} onChange={rate('rate')} />
          <RateField id="debt-penalty-rate" label={t('debtPenaltyRate')} rate={draft.penaltyRate} onChange={rate('penaltyRate')} />
          <MoneyInput id="debt-late-fee" label={t('debtLateFee')} value={draft.lateFee ?? 0} onChange={money('lateFee')} />
          <span />
          <label className="rec-check">
            <input type="checkbox" checked={Boolean(draft.collection)} onChange={(e) => set({ collection: e.target.checked })} />
            {t('debtCollection')}
          </label>
          <label className="rec-check">
            <input type="checkbox" checked={Boolean(draft.legal)} onChange={(e) => set({ legal: e.target.checked })} />
            {t('debtLegal')}
          </label>
          <label className="field field--wide" htmlFor="debt-agreed">
            <span>{t('debtAgreedPlan')}</span>
            <select id="debt-agreed" value={agreedMode} onChange={(e) => setAgreedMode(e.target.value as AgreedMode)}>
              <option value="auto">{t('agreedAuto')}</option>
              {agreedRecords.map((r) => (
                <option key={r.id} value={`record:${r.id}`}>
                  {`${t('agreedRecord')} ${formatDay(Math.floor(r.startedAt / 86_400_000))} · ${describeOffer(r.agreedTerms, lang)}`}
                </option>
              ))}
              <option value="typed">{t('agreedTyped')}</option>
            </select>
          </label>
          {agreedMode === 'typed' ? (
            <>
              <PlanText id="debt-agreed-text" label={t('debtPlanText')} offer={typedAgreed} currency={draft.currency} balance={balance} lang={lang} onChange={(o) => setTypedAgreed(o)} />
              <label className="field" htmlFor="debt-agreed-due">
                <span>{t('debtFirstDue')}</span>
                <input id="debt-agreed-due" type="month" placeholder="2027-01" value={typedDue} onChange={(e) => setTypedDue(e.target.value)} />
              </label>
            </>
          ) : null}
          <PlanText id="debt-proposed-text" label={t('debtProposed')} offer={proposed} currency={draft.currency} balance={balance} lang={lang} onChange={(o) => setProposed(o)} />
          <label className="field" htmlFor="debt-proposed-due">
            <span>{t('debtFirstDue')}</span>
            <input id="debt-proposed-due" type="month" placeholder="2027-01" value={proposedDue} onChange={(e) => setProposedDue(e.target.value)} />
          </label>
          <label className="field field--wide" htmlFor="debt-note">
            <span>{t('debtNote')}</span>
            <textarea id="debt-note" rows={2} maxLength={10_000} value={draft.note ?? ''} onChange={(e) => set({ note: e.target.value })} />
          </label>
        </div>
      </details>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" data-testid="debt-save" disabled={badInput.size > 0}>
          {t('save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('debtCancel')}
        </button>
        <span role="status" className="bad">
          {invalid ? t('debtInvalid', invalid) : badInput.size > 0 ? t('invalidAmount') : ''}
        </span>
      </div>
    </form>
  );
}
