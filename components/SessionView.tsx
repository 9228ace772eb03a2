import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef } from 'react';
import type { Profile } from '../lib/db/database';
import { db } from '../lib/db/instance';
import { sessionMessages } from '../lib/db/queries';
import type { Message } from '../lib/db/types';
import { parseOffer } from '../lib/negotiate/index';
import type { Offer } from '../lib/negotiate/types';
import { t, uiLang } from '../lib/ui/i18n';
import { OfferCard } from './offer/OfferCard';
import { SessionHeader } from './SessionHeader';
import { StorageNotice } from './StorageNotice';
import { SafetyBanner } from './suggest/SafetyBanner';
import { SuggestionDock } from './suggest/SuggestionDock';
import { redFlagsIn } from '../lib/ui/suggestion-context';
import { Transcript } from './Transcript';

/**
 * Offers are read from what the agent (or bot) said; the customer's own proposals are not offers. A live session
 * re-reads its messages on every new one, so each message's offers are parsed once and remembered by id and text:
 * a long session costs its new messages, not a re-parse of thousands.
 */
function useOffersByMessage(messages: readonly Message[], profile: Profile | undefined): Map<string, Offer[]> {
  const currency = profile?.debt.currency;
  const cache = useRef<{ currency: string | undefined; parsed: Map<string, { text: string; offers: Offer[] }> }>({ currency, parsed: new Map() });
  return useMemo(() => {
    if (cache.current.currency !== currency) cache.current = { currency, parsed: new Map() };
    const { parsed } = cache.current;
    const found = new Map<string, Offer[]>();
    const opts = currency ? { currency } : {};
    for (const m of messages) {
      if (m.role !== 'agent' && m.role !== 'bot') continue;
      let entry = parsed.get(m.id);
      if (!entry || entry.text !== m.text) parsed.set(m.id, (entry = { text: m.text, offers: parseOffer(m.text, opts) }));
      if (entry.offers.length > 0) found.set(m.id, entry.offers);
    }
    return found;
  }, [messages, currency]);
}

const NO_MESSAGES: readonly Message[] = [];

export function SessionView({
  sessionId,
  live,
  profile,
  onInsert,
}: {
  sessionId: string;
  live: boolean;
  profile: Profile | undefined;
  onInsert: (text: string) => Promise<boolean>;
}) {
  const lang = uiLang();
  const session = useLiveQuery(() => db.sessions.get(sessionId), [sessionId]);
  const messages = useLiveQuery(() => sessionMessages(db, sessionId), [sessionId]);
  const offers = useOffersByMessage(messages ?? NO_MESSAGES, profile);
  const redFlags = useMemo(() => redFlagsIn(messages ?? [], session), [messages, session]);
  const renderAfter = useCallback(
    (m: Message) =>
      offers.get(m.id)?.map((offer, i) => <OfferCard key={i} offer={offer} profile={profile} lang={lang} onInsert={onInsert} />) ?? null,
    [offers, profile, lang, onInsert],
  );
  if (!session || !messages) return null;
  return (
    <>
      <SafetyBanner flags={redFlags} lang={lang} />
      <SessionHeader session={session} count={messages.length} lang={lang} live={live} />
      <StorageNotice sessionId={sessionId} lang={lang} />
      {messages.length === 0 ? (
        <p className="empty-note">{t('waitingForMessages')}</p>
      ) : (
        <Transcript messages={messages} lang={lang} follow={live} renderAfter={renderAfter} />
      )}
      {live ? <SuggestionDock messages={messages} session={session} profile={profile} lang={lang} onInsert={onInsert} /> : null}
    </>
  );
}
