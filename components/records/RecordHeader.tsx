import { CHANNELS, OUTCOMES, channelOf, outcomeOf, type Channel, type Outcome, type RecordFields, type SessionRecord } from '../../lib/records/types';
import { formatDateTime, messagesLabel, t, type Lang } from '../../lib/ui/i18n';
import { CommitField } from './CommitField';
import { bankLabel } from './format';
import { CHANNEL_LABEL, OUTCOME_LABEL } from './labels';

export function RecordHeader({
  session,
  messageCount,
  lang,
  onChange,
}: {
  session: SessionRecord;
  messageCount: number;
  lang: Lang;
  onChange: (patch: Partial<RecordFields>) => Promise<unknown>;
}) {
  const outcome = outcomeOf(session);
  return (
    <section className="rec-card rec-head" data-testid="record-header">
      <div className="rec-head__top">
        <h2 className="rec-head__bank">{bankLabel(session, lang)}</h2>
        <span className={`rec-pill rec-pill--${outcome}`}>{t(OUTCOME_LABEL[outcome])}</span>
      </div>
      <p className="rec-head__when">
        {formatDateTime(session.startedAt, lang)} · {messagesLabel(messageCount)}
      </p>
      <div className="rec-grid">
        <label className="field">
          {t('recBank')}
          <CommitField
            label={t('recBank')}
            value={session.bankName ?? ''}
            placeholder={bankLabel({ siteId: session.siteId }, lang)}
            onCommit={(v) => onChange({ bankName: v.trim() || undefined })}
          />
        </label>
        <label className="field">
          {t('recChannel')}
          <select value={channelOf(session)} onChange={(e) => void onChange({ channel: e.target.value as Channel })}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(CHANNEL_LABEL[c])}
              </option>
            ))}
          </select>
        </label>
        <label className="field rec-grid__wide">
          {t('recOutcome')}
          <select data-testid="record-outcome" value={outcome} onChange={(e) => void onChange({ outcome: e.target.value as Outcome })}>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(OUTCOME_LABEL[o])}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
