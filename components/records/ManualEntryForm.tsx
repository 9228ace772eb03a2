import { useState } from 'react';
import { db } from '../../lib/db/instance';
import { saveManualEntry, type ManualEntry } from '../../lib/db/manual-entry';
import { FINANCE_SITES } from '../../lib/sites/registry';
import { t, type Lang } from '../../lib/ui/i18n';
import { dateTimeInputValue, parseLocalInput } from './format';
import { CHANNEL_LABEL } from './labels';

const CHANNELS: ManualEntry['channel'][] = ['phone', 'visit', 'letter', 'app'];

/** A phone call, branch visit, letter or app message, typed in by the user so every contact is on record. */
export function ManualEntryForm({ lang, onSaved, onCancel }: { lang: Lang; onSaved: (sessionId: string) => void; onCancel: () => void }) {
  const [channel, setChannel] = useState<ManualEntry['channel']>('phone');
  const [when, setWhen] = useState(() => dateTimeInputValue(Date.now()));
  const [bankName, setBankName] = useState('');
  const [agentName, setAgentName] = useState('');
  const [agentId, setAgentId] = useState('');
  const [said, setSaid] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | undefined>();
  const at = parseLocalInput(when);

  const save = async () => {
    if (at === undefined) return setError(t('recInvalidDate'));
    if (!bankName.trim()) return setError(t('recBankRequired'));
    const id = await saveManualEntry(db, { channel, at, bankName, agentName, agentId, said, notes });
    onSaved(id);
  };

  return (
    <form
      className="rec-card rec-form"
      data-testid="manual-entry"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="rec-form__title">{t('recNewEntryTitle')}</h2>
      <p className="hint">{t('recNewEntryHint')}</p>
      <div className="rec-segmented" role="radiogroup" aria-label={t('recChannel')}>
        {CHANNELS.map((c) => (
          <button key={c} type="button" role="radio" aria-checked={channel === c} className="rec-segmented__item" onClick={() => setChannel(c)}>
            {t(CHANNEL_LABEL[c])}
          </button>
        ))}
      </div>
      <div className="rec-grid">
        <label className="field">
          {t('recWhen')}
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
        </label>
        <label className="field">
          {t('recBank')}
          <input list="rec-banks" value={bankName} onChange={(e) => setBankName(e.target.value)} placeholder={t('recBankPlaceholder')} />
          <datalist id="rec-banks">
            {FINANCE_SITES.filter((s) => !s.demo).map((s) => (
              <option key={s.id} value={s.name[lang]} />
            ))}
          </datalist>
        </label>
        <label className="field">
          {t('recAgentName')}
          <input value={agentName} onChange={(e) => setAgentName(e.target.value)} />
        </label>
        <label className="field">
          {t('recAgentId')}
          <input value={agentId} onChange={(e) => setAgentId(e.target.value)} />
        </label>
      </div>
      <label className="field">
        {t('recWhatWasSaid')}
        <textarea rows={4} value={said} onChange={(e) => setSaid(e.target.value)} placeholder={t('recWhatWasSaidPlaceholder')} />
      </label>
      <label className="field">
        {t('recNotes')}
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {error ? (
        <p className="rec-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="rec-actions">
        <button type="submit" className="btn btn--primary" data-testid="manual-save">
          {t('recSaveEntry')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t('recCancel')}
        </button>
      </div>
    </form>
  );
}
