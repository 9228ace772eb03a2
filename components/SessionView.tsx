import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
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
 * Offers are read from what the agent (or bot) said; the customer's own proposals are not offers. Parsed when a
 * message is first rendered and remembered by id and text, so opening a session of thousands of messages costs the
 * rows on screen, and a live update costs nothing for messages already seen.
 */
function useOffersOf(profile: Profile | undefined): (m: Message) => Offer[] {
  const currency = profile?.debt.currency;
  return useMemo(() => {
    const parsed = new Map<string, { text: string; offers: Offer[] }>();
    const opts = currency ? { currency } : {};
    return (m: Message) => {
      if (m.role !== 'agent' && m.role !== 'bot') return [];
      let entry = parsed.get(m.id);
      if (!entry || entry.text !== m.text) parsed.set(m.id, (entry = { text: m.text, offers: parseOffer(m.text, opts) }));
      return entry.offers;
    };
  }, [currency]);
}

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
  const offersOf = useOffersOf(profile);
  const redFlags = useMemo(() => redFlagsIn(messages ?? [], session), [messages, session]);
  const renderAfter = useCallback(
    (m: Message) => {
      const offers = offersOf(m);
      return offers.length > 0 ? offers.map((offer, i) => <OfferCard key={i} offer={offer} profile={profile} lang={lang} onInsert={onInsert} />) : null;
    },
    [offersOf, profile, lang, onInsert],
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
