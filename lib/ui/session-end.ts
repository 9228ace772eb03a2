/**
 * Whether the chat is over and whether a plan was agreed, read from the transcript. After "本次会话已结束" the panel
 * stopped saying it was recording; after "已为您提交…受理编号 HX…" the agreed terms and the reference are shown as
 * one summary to confirm instead of waiting among suggestion cards that each repeat the same quote.
 *
 * Pure functions over the stored lines; nothing here writes. The panel proposes, the person confirms.
 */

import { extractFacts } from '../phrasing/facts';
import { offersStated } from './offers-stated';
import type { Currency, Offer } from '../negotiate/types';

export interface Line {
  id: string;
  role: 'customer' | 'agent' | 'bot' | 'system';
  text: string;
}

// "本次会话已结束", "会话已关闭", "客服已离开", "this chat has ended", "The agent has left the chat".
const ENDED_ZH = /(会话|對話|对话|會話|服务|服務|咨询|諮詢)(已经?|已經)(结束|結束|关闭|關閉|超时|超時)|已(结束|結束)(本次)?(会话|會話|对话|對話)|客服已(离开|離開|退出|结束|結束)/;
const ENDED_EN = /\b(?:chat|conversation|session)\s+(?:has\s+)?(?:now\s+)?(?:ended|been\s+(?:closed|ended)|closed|timed\s+out)\b|\bagent\s+has\s+left\b|\bhas\s+left\s+the\s+(?:chat|conversation)\b/i;
// "已为您提交…申请", "申请已受理", "审批通过", "I have submitted your plan", "your plan is approved / set up".
const AGREED_ZH = /(已|已经|已經)(为您|為您|帮您|幫您|給您|给您)?(提交|办理|辦理|受理|登记|登記|开通|開通|生效)|申请(已|已经)(提交|受理|通过)|审批(已)?通过|協議已|协议已/;
const AGREED_EN = /\b(?:i(?:'ve| have)\s+(?:submitted|set\s+up|processed|arranged|approved)|(?:plan|arrangement|agreement|request|application)\s+(?:is|has\s+been)\s+(?:submitted|approved|set\s+up|confirmed|in\s+place))\b/i;

export function isEndLine(line: Pick<Line, 'role' | 'text'>): boolean {
  if (line.role === 'customer') return false;
  return ENDED_ZH.test(line.text) || ENDED_EN.test(line.text);
}

export interface Agreement {
  /** The agent's message that confirmed it. */
  messageId: string;
  referenceNo?: string;
  /** The offer on the table when it was agreed: the newest offer the bank stated up to that message. */
  offer?: Offer;
  offerMessageId?: string;
}

export interface SessionEnd {
  ended: boolean;
  /** The line that ended it (system notice or agent), when ended. */
  endLineId?: string;
  agreement?: Agreement;
}

function fromBank(l: Line): boolean {
  return l.role === 'agent' || l.role === 'bot';
}

/** The reference number said in one message, read the way the phrasing facts read it. */
function referenceIn(text: string): string | undefined {
  return extractFacts([{ role: 'agent', text }]).referenceNo;
}

function agreementIn(lines: readonly Line[], currency: Currency | undefined): Agreement | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (!fromBank(l) || !(AGREED_ZH.test(l.text) || AGREED_EN.test(l.text))) continue;
    const referenceNo = referenceIn(l.text);
    // A submission without a reference number is not yet something to confirm.
    if (!referenceNo) continue;
    const agreement: Agreement = { messageId: l.id, referenceNo };
    const opts = currency ? { currency } : {};
    for (let j = i; j >= 0; j--) {
      const m = lines[j]!;
      if (!fromBank(m)) continue;
      // The confirming message restates the first payment ("首期应还¥1,062.65"), which is not a new offer.
      const offers = offersStated(m.text, opts).filter((o) => j !== i || o.periods !== undefined || o.kind === 'settlement');
      const plan = offers.find((o) => o.kind !== 'deferral') ?? offers[0];
      if (plan) {
        agreement.offer = plan;
        agreement.offerMessageId = m.id;
        break;
      }
    }
    return agreement;
  }
  return undefined;
}

/** Reads the last lines of a chat; `currency` is the chat's (lib/ui/chat-currency.ts) for offers that name none. */
export function sessionEnd(lines: readonly Line[], currency?: Currency): SessionEnd {
  const recent = lines.slice(-40);
  let endLineId: string | undefined;
  for (let i = recent.length - 1; i >= 0; i--) {
    const l = recent[i]!;
    if (l.role === 'customer') break;
    if (isEndLine(l)) {
      endLineId = l.id;
      break;
    }
  }
  const out: SessionEnd = { ended: endLineId !== undefined };
  if (endLineId) out.endLineId = endLineId;
  const agreement = agreementIn(recent, currency);
  if (agreement) out.agreement = agreement;
  return out;
}

/** The record outcome to propose with one click: agreed when a plan was confirmed with a reference, else none. */
export function suggestedOutcome(end: SessionEnd): 'agreed' | undefined {
  return end.agreement ? 'agreed' : undefined;
}
