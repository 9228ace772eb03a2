import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Profile } from '../lib/db/database';
import { db } from '../lib/db/instance';
import { sessionMessages } from '../lib/db/queries';
import type { Message } from '../lib/db/types';
import type { Currency, Offer } from '../lib/negotiate/types';
import type { SessionRecord } from '../lib/records/types';
import { t, uiLang } from '../lib/ui/i18n';
import { DebtLink } from './debts/DebtLink';
import { useChatDebt } from './debts/useChatDebt';
import { OfferCard } from './offer/OfferCard';
import { AgreementSummary } from './session/AgreementSummary';
import { CurrencyQuestion } from './session/CurrencyQuestion';
import { NoAgreementCard } from './session/NoAgreementCard';
import { useChatContext } from './session/useChatContext';
import { SessionHeader } from './SessionHeader';
import { StorageNotice } from './StorageNotice';
import { SafetyBanner } from './suggest/SafetyBanner';
import { SuggestionDock } from './suggest/SuggestionDock';
import { offersStated } from '../lib/ui/offers-stated';
import { redFlagSigns } from '../lib/ui/suggestion-context';
import { Transcript } from './Transcript';

/**
 * Offers are read from what the agent (or bot) said; the customer's own proposals are not offers. Parsed when a
 * message is first rendered and remembered by id and text, so opening a session of thousands of messages costs the
 * rows on screen, and a live update costs nothing for messages already seen.
 */
function useOffersOf(currency: Currency | undefined): (m: Message) => Offer[] {
  // The chat's currency (lib/ui/chat-currency.ts) for offers that name none; one the message names wins.
  return useMemo(() => {
    const parsed = new Map<string, { text: string; offers: Offer[] }>();
    const opts = currency ? { currency } : {};
    return (m: Message) => {
      if (m.role !== 'agent' && m.role !== 'bot') return [];
      let entry = parsed.get(m.id);
      if (!entry || entry.text !== m.text) parsed.set(m.id, (entry = { text: m.text, offers: offersStated(m.text, opts).map((o) => (o.currency || !currency ? o : { ...o, currency })) }));
      return entry.offers;
    };
  }, [currency]);
}

/** Bank messages searched back for the offer on the table; older offers are folded whatever they said. */
const OFFER_LOOKBACK = 400;

/** The id of the newest bank message that states an offer: its card stays open, every older one folds to a line. */
function latestOfferMessage(messages: readonly Message[], offersOf: (m: Message) => Offer[]): string | undefined {
  let looked = 0;
  for (let i = messages.length - 1; i >= 0 && looked < OFFER_LOOKBACK; i--) {
    const m = messages[i]!;
    if (m.role !== 'agent' && m.role !== 'bot') continue;
    looked++;
    if (offersOf(m).length > 0) return m.id;
  }
  return undefined;
}

export function SessionView({
  sessionId,
  live,
  profile,
  onInsert,
  intro,
}: {
  sessionId: string;
  live: boolean;
  profile: Profile | undefined;
  onInsert: (text: string) => Promise<boolean>;
  /** Notices shown above the session card, scrolling away with it. */
  intro?: ReactNode;
}) {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const lang = uiLang();
  const session = useLiveQuery(() => db.sessions.get(sessionId), [sessionId]);
  const messages = useLiveQuery(() => sessionMessages(db, sessionId), [sessionId]);
  // The debt this chat is about: its own figures, and only what the plans agreed with other creditors leave.
  const chatDebt = useChatDebt(session as SessionRecord | undefined, profile, lang, live);
  const budgetNote = chatDebt.note;
  const chat = useChatContext(session, messages, chatDebt.profile);
  // The Plan as this chat may use it: in the chat's currency, or left out until the person says which currency it is.
  const plan = chat.plan.profile;
  const offersOf = useOffersOf(chat.currency.currency);
  const reply = chat.reply;
  const redFlags = useMemo(() => redFlagSigns(messages ?? [], session), [messages, session]);
  const latestOffer = useMemo(() => latestOfferMessage(messages ?? [], offersOf), [messages, offersOf]);
  const renderAfter = useCallback(
    (m: Message) => {
      const offers = offersOf(m);
      const folded = m.id !== latestOffer;
      return offers.length > 0
        ? offers.map((offer, i) => <OfferCard key={i} offer={offer} profile={plan} lang={lang} reply={reply} onInsert={onInsert} folded={folded} budgetNote={plan ? budgetNote : undefined} />)
        : null;
    },
    [offersOf, plan, lang, reply, onInsert, latestOffer, budgetNote],
  );
  if (!session || !messages) return null;
  const found = chat.end.agreement;
  const agreement = found?.offer ? { ...found, offer: found.offer } : undefined;
  const body = (
    <>
      {intro}
      <SessionHeader session={session} count={messages.length} lang={lang} live={live && !chat.end.ended} ended={chat.end.ended} />
      <DebtLink sessionId={session.id} rows={chatDebt.debts?.rows ?? []} match={chatDebt.match} lang={lang} />
      {chat.plan.ask ? <CurrencyQuestion ask={chat.plan.ask} onAnswer={chat.answerCurrency} /> : null}
      <StorageNotice sessionId={sessionId} lang={lang} />
      {messages.length === 0 ? (
        <p className="empty-note">{t('waitingForMessages')}</p>
      ) : (
        <Transcript messages={messages} lang={lang} follow={live} renderAfter={renderAfter} scroller={live ? scroller : null} />
      )}
      {agreement ? (
        <AgreementSummary session={session as SessionRecord} agreement={agreement} profile={plan} lang={lang} />
      ) : (
        <NoAgreementCard session={session as SessionRecord} messages={messages} end={chat.end} lang={lang} />
      )}
    </>
  );
  if (!live) {
    return (
      <>
        <SafetyBanner signs={redFlags} lang={lang} />
        {body}
      </>
    );
  }
  // The live chat is the panel's main view: the transcript scrolls on its own between the safety warning (always in
  // sight) and the suggestions (one line until opened), so neither ever covers the agent's latest message.
  return (
    <div className="chat-view">
      <SafetyBanner signs={redFlags} lang={lang} />
      <section className="chat-scroll" ref={setScroller} tabIndex={0} aria-label={t('chatRegionLabel')} data-testid="chat-scroll">
        {body}
      </section>
      <SuggestionDock
        messages={messages}
        session={session}
        profile={plan}
        lang={lang}
        reply={chat.reply}
        currency={chat.currency.currency}
        onInsert={onInsert}
        budgetNote={plan ? budgetNote : undefined}
      />
    </div>
  );
}
