/**
 * Offers for the record: those already stored, plus those the offer parser reads from what the bank said. Spans
 * (character offsets into one message) are dropped before storing: they mean nothing outside that message.
 */
import type { Currency, Offer } from '../../negotiate/types';
import type { AgreedTerms, Message } from '../../records/types';

export type ParseOffer = (text: string, opts?: { currency?: Currency; now?: Date }) => Offer[];

export function withoutSpans(offer: Offer): Offer {
  const copy = { ...offer };
  delete copy.spans;
  return copy;
}

function canonical(offer: Offer): string {
  const o = withoutSpans(offer) as unknown as Record<string, unknown>;
  return JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
}

export const sameOffer = (a: Offer, b: Offer) => canonical(a) === canonical(b);

export interface FoundOffer {
  offer: Offer;
  /** The message it was read from; absent for offers stored in the record. */
  messageId?: string;
}

/** Stored offers first, then new ones in the order the bank made them; each offer once. */
export function recordOffers(
  stored: readonly Offer[] | undefined,
  messages: readonly Message[],
  parse: ParseOffer | undefined,
  currency?: Currency,
): FoundOffer[] {
  const out: FoundOffer[] = (stored ?? []).map((offer) => ({ offer: withoutSpans(offer) }));
  if (!parse) return out;
  for (const m of [...messages].sort((a, b) => a.seq - b.seq)) {
    // The customer's own proposals are not offers, and neither is anything the page itself printed.
    if (m.role !== 'agent' && m.role !== 'bot') continue;
    let parsed: Offer[];
    try {
      parsed = parse(m.text, { ...(currency ? { currency } : {}), now: new Date(m.at) });
    } catch {
      continue;
    }
    for (const offer of parsed) {
      const plain = withoutSpans(offer);
      if (!out.some((o) => sameOffer(o.offer, plain))) out.push({ offer: plain, messageId: m.id });
    }
  }
  return out;
}

/** The offer part of agreed terms, to compare with the offers found. */
export function termsOnly(agreed: AgreedTerms): Offer {
  const copy: Partial<AgreedTerms> = { ...agreed };
  delete copy.confirmed;
  return withoutSpans(copy as Offer);
}
