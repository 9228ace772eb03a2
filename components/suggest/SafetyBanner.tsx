import { RED_FLAG_LABELS, type RedFlagId } from '../../lib/phrasing/index';
import { t, type Lang } from '../../lib/ui/i18n';

const ADVICE_KEY = {
  'asks-secret': 'redFlagSecret',
  'safe-account': 'redFlagSafeAccount',
  'remote-control': 'redFlagRemote',
  'credit-repair': 'redFlagCreditRepair',
  'lookalike-domain': 'redFlagLookalike',
} as const satisfies Record<RedFlagId, string>;

/** Scam signs are shown first and in red: a request for a code is the one moment that matters more than any offer. */
export function SafetyBanner({ flags, lang }: { flags: readonly RedFlagId[]; lang: Lang }) {
  if (flags.length === 0) return null;
  return (
    <section className="safety" role="alert" data-testid="safety-banner">
      <h2>{t('redFlagTitle')}</h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag}>
            <b>{RED_FLAG_LABELS[flag][lang]}</b> {t(ADVICE_KEY[flag])}
          </li>
        ))}
      </ul>
      <p>{t('redFlagWhatToDo')}</p>
    </section>
  );
}
