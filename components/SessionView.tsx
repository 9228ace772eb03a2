import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { Profile } from '../lib/db/database';
import { db } from '../lib/db/instance';
import { sessionMessages } from '../lib/db/queries';
import type { Message } from '../lib/db/types';
import { parseOffer } from '../lib/negotiate/index';
import type { Offer } from '../lib/negotiate/types';
import { t, uiLang } from '../lib/ui/i18n';
import { OfferCard } from './offer/OfferCard';
import { SessionHeader } from './SessionHeader';
import { SafetyBanner } from './suggest/SafetyBanner';
import { SuggestionDock } from './suggest/SuggestionDock';
import { redFlagsIn } from '../lib/ui/suggestion-context';
import { Transcript } from './Transcript';

/** Offers are read from what the agent (or bot) said; the customer's own proposals are not offers. */
function offersByMessage(messages: readonly Message[], profile: Profile | undefined): Map<string, Offer[]> {
  const found = new Map<string, Offer[]>();
  const opts = profile ? { currency: profile.debt.currency } : {};
  for (const m of messages) {
    if (m.role !== 'agent' && m.role !== 'bot') continue;
    const offers = parseOffer(m.text, opts);
    if (offers.length > 0) found.set(m.id, offers);
  }
  return found;
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
  const offers = useMemo(() => offersByMessage(messages ?? [], profile), [messages, profile]);
  const redFlags = useMemo(() => redFlagsIn(messages ?? [], session), [messages, session]);
  useEffect(() => {
    if (live) document.querySelector('.transcript > li:last-child')?.scrollIntoView({ block: 'end' });
  }, [live, messages?.length]);
  if (!session || !messages) return null;
  return (
    <>
      <SafetyBanner flags={redFlags} lang={lang} />
      <SessionHeader session={session} count={messages.length} lang={lang} live={live} />
      {messages.length === 0 ? (
        <p className="empty-note">{t('waitingForMessages')}</p>
      ) : (
        <Transcript
          messages={messages}
          lang={lang}
          renderAfter={(m) =>
            offers.get(m.id)?.map((offer, i) => (
              <OfferCard key={i} offer={offer} profile={profile} lang={lang} onInsert={onInsert} />
            )) ?? null
          }
        />
      )}
      {live ? <SuggestionDock messages={messages} session={session} profile={profile} lang={lang} onInsert={onInsert} /> : null}
    </>
  );
}
