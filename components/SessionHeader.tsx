import type { Session } from '../lib/db/types';
import { findSiteById } from '../lib/sites/registry';
import { formatDateTime, messagesLabel, t, type Lang } from '../lib/ui/i18n';

export function siteName(siteId: string, lang: Lang): string {
  const site = findSiteById(siteId);
  return site ? site.name[lang] : siteId;
}

export function SessionHeader({ session, count, lang, live, ended = false }: { session: Session; count: number; lang: Lang; live: boolean; ended?: boolean }) {
  return (
    <section className="session-card">
      <div className="session-card__row">
        <h2 className="session-card__bank">{siteName(session.siteId, lang)}</h2>
        {live ? <span className="pill pill--live">{t('liveBadge')}</span> : null}
        {ended ? (
          <span className="pill pill--ended" data-testid="chat-ended">
            {t('chatEnded')}
          </span>
        ) : null}
      </div>
      <dl className="session-card__facts">
        <div>
          <dt>{t('agentLabel')}</dt>
          <dd>{session.agentName ?? t('unknownAgent')}</dd>
        </div>
        <div>
          <dt>{t('agentIdLabel')}</dt>
          <dd>{session.agentId ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('startedLabel')}</dt>
          <dd>{formatDateTime(session.startedAt, lang)}</dd>
        </div>
      </dl>
      <p className="session-card__count">{messagesLabel(count)}</p>
    </section>
  );
}
