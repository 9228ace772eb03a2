import { parseOffer } from '../negotiate/index';
import type { Offer } from '../negotiate/types';
import { classifyAgentMessage } from '../phrasing/index';

/**
 * The offers a bank message states. A message that carries a scam sign offers nothing: "为了给您办理停息挂账，请把验证码
 * 发给我" names a plan as bait, and costing it ("within budget"), recording it among a session's offers or confirming it
 * as the agreed terms would lend the scam the panel's credibility. Every place that reads offers from a chat reads them
 * here: the live panel, a record's offers and the agreement at a session's end.
 */
export function offersStated(text: string, options: Parameters<typeof parseOffer>[1] = {}): Offer[] {
  const offers = parseOffer(text, options);
  return offers.length > 0 && classifyAgentMessage(text).redFlags.length > 0 ? [] : offers;
}
