import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/instance';
import { recordSummaries, type RecordSummary } from '../../lib/db/records-queries';
import { channelOf, outcomeOf } from '../../lib/records/types';
import { formatDateTime, messagesLabel, t, type Lang } from '../../lib/ui/i18n';
import { bankLabel, formatDate } from './format';
import { CHANNEL_LABEL, OUTCOME_LABEL } from './labels';

function agentOf({ session }: RecordSummary): string | undefined {
  const a = session.agents?.[0];
  const name = a?.name ?? session.agentName;
  const id = a?.id ?? session.agentId;
  if (!name && !id) return undefined;
  return [name, id].filter(Boolean).join(' · ');
}

function Row({ summary, lang, onOpen }: { summary: RecordSummary; lang: Lang; onOpen: () => void }) {
  const { session, messageCount, openFollowUps, nextDueAt } = summary;
  const outcome = outcomeOf(session);
  const agent = agentOf(summary);
  return (
    <li>
      <button type="button" className="rec-row" data-testid="record-row" data-session-id={session.id} onClick={onOpen}>
        <span className="rec-row__top">
          <span className="rec-row__bank">{bankLabel(session, lang)}</span>
          <span className={`rec-pill rec-pill--${outcome}`}>{t(OUTCOME_LABEL[outcome])}</span>
        </span>
        <span className="rec-row__meta">
          <span className="rec-chip">{t(CHANNEL_LABEL[channelOf(session)])}</span>
          <span>{formatDateTime(session.startedAt, lang)}</span>
        </span>
        <span className="rec-row__meta">
          {agent ? <span className="rec-row__agent">{agent}</span> : null}
          <span>{messagesLabel(messageCount)}</span>
          {openFollowUps > 0 && nextDueAt !== undefined ? (
            <span className="rec-row__due">{t('recNextDue', [String(openFollowUps), formatDate(nextDueAt, lang)])}</span>
          ) : null}
        </span>
      </button>
    </li>
  );
}

export function RecordList({ lang, onOpen, onNew }: { lang: Lang; onOpen: (sessionId: string) => void; onNew: () => void }) {
  const summaries = useLiveQuery(() => recordSummaries(db), []);
  return (
    <section className="rec-list" aria-label={t('recListTitle')}>
      <header className="rec-list__head">
        <div>
          <h2 className="rec-list__title">{t('recListTitle')}</h2>
          <p className="rec-list__sub">{t('recListSub')}</p>
        </div>
        <button type="button" className="btn btn--primary" data-testid="record-new" onClick={onNew}>
          + {t('recNewEntry')}
        </button>
      </header>
      {summaries === undefined ? null : summaries.length === 0 ? (
        <p className="empty-note">{t('recListEmpty')}</p>
      ) : (
        <ul className="rec-rows">
          {summaries.map((s) => (
            <Row key={s.session.id} summary={s} lang={lang} onOpen={() => onOpen(s.session.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
