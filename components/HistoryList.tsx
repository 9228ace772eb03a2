import type { SessionSummary } from '../lib/db/queries';
import { formatDateTime, t, type Lang } from '../lib/ui/i18n';
import { siteName } from './SessionHeader';

export function HistoryList({
  summaries,
  lang,
  onOpen,
}: {
  summaries: readonly SessionSummary[];
  lang: Lang;
  onOpen: (sessionId: string) => void;
}) {
  if (summaries.length === 0) return <p className="empty-note">{t('historyEmpty')}</p>;
  return (
    <ul className="history">
      {summaries.map(({ session, messageCount }) => (
        <li key={session.id}>
          <button type="button" className="history__item" onClick={() => onOpen(session.id)}>
            <span className="history__bank">{siteName(session.siteId, lang)}</span>
            <span className="history__when">{formatDateTime(session.startedAt, lang)}</span>
            <span className="history__meta">
              {session.agentName ? `${session.agentName}${session.agentId ? ` · ${session.agentId}` : ''} · ` : ''}
              {t('messagesCount', String(messageCount))}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
