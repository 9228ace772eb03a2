import { RED_FLAG_LABELS, type RedFlagId } from '../../lib/phrasing/index';
import { formatTime, t, type Lang } from '../../lib/ui/i18n';
import type { RedFlagSign } from '../../lib/ui/suggestion-context';

const ADVICE_KEY = {
  'asks-secret': 'redFlagSecret',
  'safe-account': 'redFlagSafeAccount',
  'remote-control': 'redFlagRemote',
  'credit-repair': 'redFlagCreditRepair',
  'lookalike-domain': 'redFlagLookalike',
} as const satisfies Record<RedFlagId, string>;

/** Signs raised by one message quote it once, after the last of them. */
const sameMessage = (next: RedFlagSign | undefined, quote: string, at: number | undefined) => next?.quote === quote && next.at === at;

/**
 * Scam signs are shown first and in red: a request for a code is the one moment that matters more than any offer.
 * Each sign names the words it was read from and quotes the message that raised them, so the person can check what
 * Parley read as a scam's (as text: page words are never markup).
 */
export function SafetyBanner({ signs, lang }: { signs: readonly RedFlagSign[]; lang: Lang }) {
  if (signs.length === 0) return null;
  return (
    <section className="safety" role="alert" data-testid="safety-banner">
      <h2>{t('redFlagTitle')}</h2>
      <ul>
        {signs.map(({ flag, quote, at, words }, i) => (
          <li key={flag}>
            <b>{RED_FLAG_LABELS[flag][lang]}</b> {t(ADVICE_KEY[flag])}
            {words !== undefined && (
              <span className="safety__words" data-testid="safety-words">
                {t('redFlagWords', words)}
              </span>
            )}
            {quote !== undefined && !sameMessage(signs[i + 1], quote, at) && (
              <span className="safety__quote" data-testid="safety-quote">
                {at !== undefined ? `${t('redFlagRaisedBy', formatTime(at, lang))} ` : ''}“{quote}”
              </span>
            )}
          </li>
        ))}
      </ul>
      <p>{t('redFlagWhatToDo')}</p>
    </section>
  );
}
