/**
 * Terms typed by the person (from a letter, a phone call, or to try in What if) read with the same offer parser as
 * the chat. A deferral followed by its plan ("先延期3个月，之后分12期") is one package: the plan, which carries the
 * deferral (afterDeferral). Positions in the typed text mean nothing once stored, so they are dropped.
 */
import { parseOffer } from '../negotiate/parse/index';
import type { Currency, Offer } from '../negotiate/types';

export function planFromText(text: string, currency: Currency, balance: number): Offer | undefined {
  if (!text.trim()) return undefined;
  const offers = parseOffer(text, { currency, balance });
  const first = offers[0];
  if (!first) return undefined;
  const plan = first.kind === 'deferral' && first.leadsPlan && offers[1] ? offers[1] : first;
  const { spans: _spans, ...rest } = plan;
  return { ...rest, currency: plan.currency ?? currency };
}
