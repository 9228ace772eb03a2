import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import './letters.css';
import { browser } from 'wxt/browser';
import type { Profile } from '../../lib/db/database';
import { db } from '../../lib/db/instance';
import { saveManualEntry } from '../../lib/db/manual-entry';
import { updateRecord } from '../../lib/db/records-queries';
import { LETTER_DRAFT, LETTER_DRAFT_KEY, PREPARE, PREPARE_KEY, readSetting } from '../../lib/db/settings';
import { newDraft, type LetterDraft } from '../../lib/letters/draft';
import { draftLetter, LETTER_KINDS, letterLang, letterProblems, letterTitle, SFS_CATEGORIES, SFS_LABELS, type LetterInput, type LetterKind, type Proposal } from '../../lib/letters/index';
import { letterPagePath } from '../../lib/letters/letter-page';
import { localDay } from '../../lib/letters/today';
import type { Hardship } from '../../lib/letters/types';
import { counterOffers, describeOffer, parseOffer } from '../../lib/negotiate/index';
import { HARDSHIPS } from '../../lib/phrasing/types';
import { EMPTY_PREPARE, preparedLabels } from '../../lib/prepare/index';
import type { Lang } from '../../lib/ui/i18n';
import { distinctRungs } from '../../lib/ui/ladder-rungs';
import { minorToMajorText, parseMajorAmount } from '../../lib/ui/money-input';
import type { RungName } from '../../lib/ui/rung-reply';
import { HARDSHIP_NAMES } from './hardship-names';
import { tx, type TextKey } from './text';
import { TextActions } from './TextActions';
import { useStoredState } from './use-setting';

const DEFAULT_KIND: Record<'CN' | 'US' | 'UK', LetterKind> = { CN: 'cn-instalment', US: 'us-hardship', UK: 'uk-statement' };
const RUNG_WORDS: Record<RungName, TextKey> = { opening: 'rungOpening', target: 'rungTarget', walkAway: 'rungWalkAway' };

function RecordPicker({ lang, onSave }: { lang: Lang; onSave: (sessionId: string | 'new') => Promise<void> }) {
  const records = useLiveQuery(() => db.sessions.orderBy('startedAt').reverse().limit(30).toArray(), []);
  const [choice, setChoice] = useState<string>('new');
  const [saved, setSaved] = useState(false);
  return (
    <div className="rec-inline-form">
      <label className="field">
        <span>{tx('saveWith', lang)}</span>
        <select data-testid="letter-record" value={choice} onChange={(e) => (setChoice(e.target.value), setSaved(false))}>
          <option value="new">{tx('saveNewRecord', lang)}</option>
          {(records ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {`${localDay(new Date(s.startedAt))} · ${s.bankName ?? s.title ?? s.siteId}`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" data-testid="letter-save" onClick={async () => (await onSave(choice), setSaved(true))}>
        {tx('saveLetter', lang)}
      </button>
      <span role="status" className="ok">
        {saved ? tx('letterSaved', lang) : ''}
      </span>
    </div>
  );
}

/** The written application, drafted from the Plan's figures and the person's own words, edited, printed, kept. */
export function ApplicationSection({ profile, lang }: { profile: Profile | undefined; lang: Lang }) {
  const market = profile?.debt.market ?? (lang === 'zh' ? 'CN' : 'US');
  const [stored, setDraft] = useStoredState(LETTER_DRAFT_KEY, LETTER_DRAFT);
  // Read live: the papers ticked in the preparation section above appear in the enclosures at once.
  const prepare = useLiveQuery(() => readSetting(db, PREPARE_KEY, PREPARE), []);
  const draft: LetterDraft = stored ?? { ...newDraft(DEFAULT_KIND[market]), ...(profile?.hardship ? { hardship: profile.hardship as Hardship } : {}) };
  const set = (patch: Partial<LetterDraft>) => setDraft({ ...draft, ...patch });
  const hardship = draft.hardship ?? (profile?.hardship as Hardship | undefined);
  const debt = profile?.debt ?? { currency: market === 'CN' ? 'CNY' : market === 'US' ? 'USD' : 'GBP', principal: 0, interest: 0, fees: 0, penalties: 0, market };
  const budget = profile?.budget ?? { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 };
  const kLang = letterLang(draft.kind);

  const groups = useMemo(() => {
    const text = draft.bankOffer?.trim();
    if (!text || !profile) return [];
    const balance = debt.principal + debt.interest + debt.fees + debt.penalties;
    const offer = parseOffer(text, { currency: debt.currency, balance })[0];
    if (!offer) return [];
    try {
      return distinctRungs(counterOffers(offer, debt, budget));
    } catch {
      return [];
    }
  }, [draft.bankOffer, profile, debt, budget]);

  const proposal: Proposal = useMemo(() => {
    const p = draft.proposal;
    if (p.type === 'typed') return p.text.trim() ? { type: 'typed', text: p.text } : { type: 'budget' };
    if (p.type === 'rung') {
      const g = groups.find((x) => x.names.includes(p.rung));
      if (g) return { type: 'plan', offer: g.rung.offer, schedule: g.rung.analysis.schedule };
    }
    return { type: 'budget' };
  }, [draft.proposal, groups]);

  const generated = useMemo(() => {
    const input: LetterInput = {
      kind: draft.kind,
      today: localDay(new Date()),
      debt,
      budget,
      proposal,
      evidence: preparedLabels(prepare ?? EMPTY_PREPARE, hardship, market, kLang),
      ...(hardship ? { hardship } : {}),
      ...(draft.since ? { since: draft.since } : {}),
      ...(draft.recovery ? { recovery: draft.recovery } : {}),
      ...(draft.ownWords ? { ownWords: draft.ownWords } : {}),
      ...(draft.name ? { name: draft.name } : {}),
      ...(draft.bankName ? { bankName: draft.bankName } : {}),
      ...(draft.account ? { account: draft.account } : {}),
      ...(draft.sfs ? { sfs: draft.sfs } : {}),
    };
    return draftLetter(input);
  }, [draft, debt, budget, proposal, prepare, hardship, market, kLang]);

  const text = draft.edited ?? generated;
  const problems = draft.edited === undefined ? letterProblems(generated) : [];

  const field = (key: 'since' | 'recovery' | 'name' | 'bankName' | 'account', label: TextKey, placeholder?: TextKey) => (
    <label className="field">
      <span>{tx(label, lang)}</span>
      <input data-testid={`letter-${key}`} value={draft[key] ?? ''} placeholder={placeholder ? tx(placeholder, lang) : undefined} onChange={(e) => set({ [key]: e.target.value || undefined })} />
    </label>
  );

  const openPrint = () => {
    set({ edited: text });
    window.open(browser.runtime.getURL('/letter.html') + letterPagePath({ draft: true }, true).slice('/letter.html'.length), '_blank', 'noopener');
  };

  const saveWith = async (choice: string | 'new') => {
    set({ edited: text });
    const application = { kind: draft.kind, text, savedOn: localDay(new Date()) };
    const id = choice === 'new' ? await saveManualEntry(db, { channel: 'letter', at: Date.now(), ...(draft.bankName ? { bankName: draft.bankName } : {}) }) : choice;
    await updateRecord(db, id, { application });
  };

  return (
    <section className="letters-card" data-testid="application">
      <h2>{tx('appTitle', lang)}</h2>
      <p className="hint">{tx('appHint', lang)}</p>
      <div className="letters-row">
        <label className="field">
          <span>{tx('appKind', lang)}</span>
          <select data-testid="letter-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as LetterKind })}>
            {LETTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {letterTitle(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{tx('hardshipLabel', lang)}</span>
          <select data-testid="letter-hardship" value={hardship ?? ''} onChange={(e) => set({ hardship: (e.target.value || undefined) as Hardship | undefined })}>
            <option value="">{tx('hardshipUnset', lang)}</option>
            {[...HARDSHIPS, 'other' as const].map((id) => (
              <option key={id} value={id}>
                {HARDSHIP_NAMES[id][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="letters-row">
        {field('since', 'appSince', 'appSincePlaceholder')}
        {field('recovery', 'appRecovery')}
      </div>
      <label className="field field--wide">
        <span>{tx('appOwnWords', lang)}</span>
        <textarea data-testid="letter-own-words" rows={4} value={draft.ownWords ?? ''} onChange={(e) => set({ ownWords: e.target.value || undefined })} />
      </label>
      <div className="letters-row">
        {field('name', 'appName')}
        {field('bankName', 'appBank')}
        {field('account', 'appAccount')}
      </div>
      <fieldset className="letters-proposal">
        <legend>{tx('appProposal', lang)}</legend>
        <label className="field field--wide">
          <span>{tx('appBankOffer', lang)}</span>
          <input data-testid="letter-bank-offer" value={draft.bankOffer ?? ''} placeholder="24期，每期手续费率0.75% / 24 months at 0.75% a month" onChange={(e) => set({ bankOffer: e.target.value || undefined })} />
        </label>
        {draft.bankOffer?.trim() && groups.length === 0 ? <p className="hint">{profile ? tx('appNoLadder', lang) : tx('appNeedsPlan', lang)}</p> : null}
        <label className="rec-check">
          <input type="radio" name="proposal" checked={draft.proposal.type === 'budget'} onChange={() => set({ proposal: { type: 'budget' } })} />
          <span>{tx('appProposeBudget', lang)}</span>
        </label>
        {groups.map((g) => (
          <label className="rec-check" key={g.names.join('-')} data-testid="letter-rung">
            <input
              type="radio"
              name="proposal"
              checked={draft.proposal.type === 'rung' && g.names.includes(draft.proposal.rung)}
              onChange={() => set({ proposal: { type: 'rung', rung: g.voice } })}
            />
            <span>
              <b>{g.names.map((n) => tx(RUNG_WORDS[n], lang)).join(' / ')}</b> {describeOffer(g.rung.offer, lang, g.rung.analysis.schedule)}
            </span>
          </label>
        ))}
        <label className="rec-check">
          <input type="radio" name="proposal" checked={draft.proposal.type === 'typed'} onChange={() => set({ proposal: { type: 'typed', text: draft.proposal.type === 'typed' ? draft.proposal.text : '' } })} />
          <span>{tx('appProposeTyped', lang)}</span>
        </label>
        {draft.proposal.type === 'typed' ? (
          <input data-testid="letter-typed-proposal" aria-label={tx('appProposeTyped', lang)} value={draft.proposal.text} onChange={(e) => set({ proposal: { type: 'typed', text: e.target.value } })} />
        ) : null}
      </fieldset>
      {draft.kind === 'uk-statement' ? (
        <details className="letters-more">
          <summary>{tx('appSfs', lang)}</summary>
          <div className="letters-grid">
            {SFS_CATEGORIES.map((c) => (
              <label className="field" key={c}>
                <span>{SFS_LABELS[c][lang]}</span>
                <input
                  inputMode="decimal"
                  defaultValue={draft.sfs?.[c] ? minorToMajorText(draft.sfs[c]!) : ''}
                  onChange={(e) => {
                    const v = e.target.value.trim() ? parseMajorAmount(e.target.value) : 0;
                    if (v === undefined) return;
                    const sfs = { ...draft.sfs };
                    if (v > 0) sfs[c] = v;
                    else delete sfs[c];
                    set({ sfs });
                  }}
                />
              </label>
            ))}
          </div>
        </details>
      ) : null}
      <p className="hint">{!profile ? tx('appNeedsPlan', lang) : draft.edited !== undefined ? tx('appEdited', lang) : tx('appFromFigures', lang)}</p>
      <label className="field field--wide">
        <span>{letterTitle(draft.kind)}</span>
        <textarea className="letters-text" data-testid="letter-text" rows={16} value={text} lang={kLang === 'zh' ? 'zh-CN' : 'en'} onChange={(e) => set({ edited: e.target.value })} />
      </label>
      {problems.length > 0 ? <p className="rec-error">{tx('appProblems', lang)}</p> : null}
      <div className="rec-actions">
        <button type="button" className="btn btn--primary" data-testid="letter-print" onClick={openPrint}>
          {tx('letterOpenPrint', lang)}
        </button>
        {draft.edited !== undefined ? (
          <button type="button" className="btn btn--ghost" data-testid="letter-regenerate" onClick={() => set({ edited: undefined })}>
            {tx('appRegenerate', lang)}
          </button>
        ) : null}
      </div>
      <TextActions text={text} testId="letter" />
      <RecordPicker lang={lang} onSave={saveWith} />
    </section>
  );
}
