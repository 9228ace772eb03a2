import { t } from '../lib/ui/i18n';

export function EmptyState() {
  return (
    <div className="empty">
      <svg className="empty__art" viewBox="0 0 64 64" aria-hidden="true">
        <rect x="6" y="10" width="40" height="28" rx="8" fill="#ccfbf1" />
        <path d="M16 38 l-4 10 l12-10z" fill="#ccfbf1" />
        <rect x="22" y="24" width="36" height="24" rx="8" fill="#0f766e" />
        <path d="M48 48 l4 9 l-12-9z" fill="#0f766e" />
        <circle cx="32" cy="36" r="2.5" fill="#fff" />
        <circle cx="40" cy="36" r="2.5" fill="#fff" />
        <circle cx="48" cy="36" r="2.5" fill="#fff" />
      </svg>
      <h2>{t('idleTitle')}</h2>
      <p>{t('idleBody')}</p>
    </div>
  );
}
