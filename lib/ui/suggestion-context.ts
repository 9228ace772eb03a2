import type { Profile, UserPhraseRow } from '../db/database';
import type { Message, Session } from '../db/types';
import { counterOffers } from '../negotiate/index';
import type { Currency, Offer } from '../negotiate/types';
import { classifyAgentMessage, domainRedFlag, suggest, type RedFlagId, type Suggestion, type SuggestContext } from '../phrasing/index';
import { FINANCE_SITES, findSiteById } from '../sites/registry';
import { toTraditional } from './hant';
import { offersStated } from './offers-stated';

const RECENT_AGENT_MESSAGES = 6;

function fromBank(m: Message): boolean {
  return m.role === 'agent' || m.role === 'bot';
}

/**
 * How many of the bank's latest messages are searched for the offer on the table. A real negotiation is tens to
 * hundreds of messages; without a limit, a long session with no offer in it would be parsed from its start on every
 * new message.
 */
export const OFFER_LOOKBACK = 400;

/** The newest offer the bank put on the table in this chat, if any, among its last OFFER_LOOKBACK messages. */
export function latestOffer(
  messages: readonly Message[],
  profile: Profile | undefined,
  lookback: number = OFFER_LOOKBACK,
  currency: Currency | undefined = profile?.debt.currency,
): Offer | undefined {
  const opts = currency ? { currency } : {};
  let searched = 0;
  for (let i = messages.length - 1; i >= 0 && searched < lookback; i -= 1) {
    const m = messages[i]!;
    if (!fromBank(m)) continue;
    searched += 1;
    const offers = offersStated(m.text, opts);
    // An offer with no money in it carries no currency from the parser; it is still in the chat's.
    if (offers.length > 0) return currency && !offers[0]!.currency ? { ...offers[0]!, currency } : offers[0];
  }
  return undefined;
}

/** A warning sign and why it is shown: the words of the message that raised it (none for the page's own address). */
export interface RedFlagSign {
  flag: RedFlagId;
  /** The start of the newest message that raised it, as the agent wrote it (page text, shown as text only). */
  quote?: string;
  /** When that message was written (ms since the epoch). */
  at?: number;
  /** The words of that message the sign was read from, as the agent wrote them (absent when the model alone saw it). */
  words?: string;
}

/** How much of the message a sign quotes: enough to recognise it in the transcript. */
const QUOTE_CHARS = 80;

const quoteOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
};

/**
 * Warning signs in what the "agent" wrote recently, plus a page that names a bank it does not belong to, each with the
 * message that raised it (the newest, when several did), in the order they first appeared. Recent messages rather
 * than only the last one: a request for a code two messages ago is still a reason to stop.
 */
export function redFlagSigns(messages: readonly Message[], session: Pick<Session, 'url' | 'title'> | undefined): RedFlagSign[] {
  return signsIn(messages, session, true);
}

/** The signs, with the words each was read from only when they will be shown (finding them searches the message). */
function signsIn(messages: readonly Message[], session: Pick<Session, 'url' | 'title'> | undefined, withWords: boolean): RedFlagSign[] {
  const signs = new Map<RedFlagId, RedFlagSign>();
  for (const m of messages.filter(fromBank).slice(-RECENT_AGENT_MESSAGES)) {
    const read = classifyAgentMessage(m.text);
    for (const flag of read.redFlags) {
      const words = withWords ? read.wordsBehind?.redFlags[flag] : undefined;
      signs.set(flag, { flag, quote: quoteOf(m.text), at: m.at, ...(words ? { words } : {}) });
    }
  }
  if (session) {
    try {
      const banks = FINANCE_SITES.map((s) => ({ id: s.id, names: [s.name.zh, s.name.en], domains: s.domains }));
      const hit = domainRedFlag({ pageHost: new URL(session.url).hostname, ...(session.title ? { pageTitle: session.title } : {}) }, banks);
      if (hit) signs.set('lookalike-domain', { flag: 'lookalike-domain' });
    } catch {
      // An unparsable stored URL carries no domain signal.
    }
  }
  return [...signs.values()];
}

export interface SuggestionInputs {
  /** Language of the replies (the chat's, lib/ui/reply-language.ts). */
  lang: 'zh' | 'en';
  /** Chinese replies in Traditional characters. */
  script?: 'hans' | 'hant';
  /** Language of the panel's labels (the `why` of each suggestion); defaults to `lang`. */
  labelLang?: 'zh' | 'en';
  /** The chat's currency (lib/ui/chat-currency.ts) for an offer that names none; else the Plan's. */
  currency?: Currency;
  messages: readonly Message[];
  session: Session | undefined;
  profile: Profile | undefined;
  pinned: readonly string[];
  userPhrases: readonly UserPhraseRow[];
  limit?: number;
}

/** Everything the phrasing engine needs, assembled from what the panel already has. */
export function suggestionContext(inputs: SuggestionInputs): SuggestContext {
  const { lang, messages, session, profile } = inputs;
  const offer = latestOffer(messages, profile, OFFER_LOOKBACK, inputs.currency ?? profile?.debt.currency);
  const ctx: SuggestContext = {
    lang,
    messages: messages.slice(-30).map((m) => ({ role: m.role, text: m.text })),
    redFlags: signsIn(messages, session, false).map((s) => s.flag),
    pinned: inputs.pinned,
    userPhrases: inputs.userPhrases.filter((p) => p.lang === lang).map((p) => ({ id: p.id, text: p.text, lang: p.lang, ...(p.stage ? { stage: p.stage } : {}), ...(p.pinned ? { pinned: true } : {}) })),
    limit: inputs.limit ?? 8,
  };
  if (inputs.labelLang) ctx.labelLang = inputs.labelLang;
  if (profile) ctx.profile = { debt: profile.debt, budget: profile.budget, ...(profile.hardship ? { hardship: profile.hardship } : {}) };
  if (offer) {
    ctx.offer = offer;
    if (profile && profile.debt.principal > 0) {
      try {
        const ladder = counterOffers(offer, profile.debt, profile.budget);
        ctx.counter = { opening: ladder.opening, target: ladder.target, walkAway: ladder.walkAway };
      } catch {
        // Suggestions still work without counter-offer figures; they fall back to natural wording.
      }
    }
  }
  if (session?.agentName || session?.agentId) {
    ctx.agent = { ...(session.agentName ? { name: session.agentName } : {}), ...(session.agentId ? { id: session.agentId } : {}) };
  }
  const site = session ? findSiteById(session.siteId) : undefined;
  if (site) ctx.bank = site.name[lang];
  return ctx;
}

export function suggestionsFor(inputs: SuggestionInputs): Suggestion[] {
  const out = suggest(suggestionContext(inputs));
  if (inputs.lang !== 'zh' || inputs.script !== 'hant') return out;
  // The user's own phrases are theirs, as written; Parley's own are given in the chat's characters.
  return out.map((s) => (s.source === 'phrasebook' ? { ...s, text: toTraditional(s.text) } : s));
}
