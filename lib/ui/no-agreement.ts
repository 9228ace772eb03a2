/**
 * A chat that ends without agreed terms still has an outcome and a next step. Before, the panel said nothing once
 * "本次会话已结束" came without a plan: the record stayed "open" and the person was left to work out what to do.
 * Here, from the last lines of the chat: how it ended (the bank turned the request down, promised to contact the
 * person again, or simply closed), the outcome to record with one click, and the steps that fit — a reminder to
 * contact the bank again, a written application, another channel.
 *
 * Pure functions; the panel proposes, the person confirms. Nothing here is legal advice or a promise of a result.
 */

import { addWorkingDays, endOfLocalDay, localDay } from '../records/time';
import type { FollowUp, Outcome } from '../records/types';
import { isEndLine, type Line, type SessionEnd } from './session-end';

export type NoAgreementWhy = 'refused' | 'callback' | 'closed';
export type NextStep = 'callback-reminder' | 'follow-up' | 'written-application' | 'other-channel';

export interface NoAgreementAdvice {
  why: NoAgreementWhy;
  /** The outcome to propose for the record. */
  outcome: Extract<Outcome, 'no-agreement' | 'refused' | 'pending-callback'>;
  /** In the order to do them. */
  steps: NextStep[];
  /** The person already set an outcome (this one or another): show the steps, propose nothing. */
  recorded: boolean;
}

// "再见", "祝您生活愉快", "Goodbye", "Have a nice day", "Thank you for contacting us." (a welcome asks a question).
const FAREWELL_ZH = /再见|再會|再見|祝您生活愉快|祝您(一切)?顺利|祝您(一切)?順利|感谢您的(来电|咨询|使用)[^？?]*$|感謝您的(來電|諮詢|使用)[^？?]*$/;
const FAREWELL_EN = /\b(?:good-?bye|bye for now|have a (?:good|nice|great|lovely) (?:day|evening|weekend))\b|^(?![^?]*\?)[^?]*\bthank(?:s| you) for (?:contacting|chatting with) us\b/i;

// The bank turns the request down: "无法为您办理", "不符合办理条件", "申请未通过", "we are unable to offer".
const REFUSED_ZH = /(无法|無法|不能|暂时无法|暫時無法)(为您|為您)?(办理|辦理|减免|減免|通过|通過|申请|申請|分期|同意)|不符合(办理|辦理|申请|申請)?条件|不符合(辦理|申請)?條件|暂不支持|暫不支持|(申请|申請|审批|審批)(未|没有|沒有)(通过|通過)/;
const REFUSED_EN = /\b(?:unable to|cannot|can't|can not|won't be able to)\s+(?:offer|approve|agree|waive|set up|accept|arrange|reduce)\b|\bnot eligible\b|\b(?:has been|was|is) (?:declined|not approved|rejected)\b/i;

// The bank will be back in touch: "3个工作日内回电", "稍后会有专员联系您", "we will call you back".
const CALLBACK_ZH = /回电|回電|回复您|回覆您|(会|會|将|將)(有)?(专人|專人|专员|專員|同事)?(再)?(与您|與您|给您|給您)?(联系|聯繫|聯系|致电|致電)|(联系|聯繫|致电|致電)(您|你)/;
const CALLBACK_EN = /\b(?:call|phone|ring|contact|get back to|reach out to|email) you(?: back)?\b(?! now)|\bcall(?:ing)? back\b|\bsomeone will (?:call|contact)/i;

const RECENT_BANK_LINES = 12;

function fromBank(l: Pick<Line, 'role'>): boolean {
  return l.role === 'agent' || l.role === 'bot';
}

/** The bank's goodbye after the person's last message: the chat is over even if no "session ended" notice came. */
export function farewellLineId(lines: readonly Line[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.role === 'customer') return undefined;
    if (fromBank(l) && (FAREWELL_ZH.test(l.text) || FAREWELL_EN.test(l.text))) return l.id;
  }
  return undefined;
}

/** How the chat ended, read from the bank's last lines (the end notice itself is not read for a reason). */
export function whyNoAgreement(lines: readonly Line[]): NoAgreementWhy {
  const bank = lines.filter((l) => fromBank(l) && !isEndLine(l)).slice(-RECENT_BANK_LINES);
  // A refusal followed by "we will call you" is still a refusal; a callback is the bank's own next step otherwise.
  if (bank.some((l) => REFUSED_ZH.test(l.text) || REFUSED_EN.test(l.text))) return 'refused';
  if (bank.some((l) => CALLBACK_ZH.test(l.text) || CALLBACK_EN.test(l.text))) return 'callback';
  return 'closed';
}

const ADVICE: Record<NoAgreementWhy, Pick<NoAgreementAdvice, 'outcome' | 'steps'>> = {
  // Wait for the call, but not forever; put the request in writing meanwhile.
  callback: { outcome: 'pending-callback', steps: ['callback-reminder', 'written-application'] },
  // A refusal in chat is often not the last word: the request in writing with papers, then another channel.
  refused: { outcome: 'refused', steps: ['written-application', 'other-channel', 'follow-up'] },
  // Nothing decided: come back soon, by another channel if this one keeps closing.
  closed: { outcome: 'no-agreement', steps: ['follow-up', 'other-channel', 'written-application'] },
};

export interface NoAgreementInput {
  end: SessionEnd;
  /** The chat's last lines, oldest first. */
  lines: readonly Line[];
  /** The record's outcome as stored (absent = open). */
  outcome: Outcome | undefined;
}

/**
 * The advice for a chat that is over (an end notice or the bank's goodbye) without an agreement; undefined while the
 * chat goes on, when a plan was agreed (the agreement summary handles that), or when the record says "agreed".
 */
export function noAgreementAdvice({ end, lines, outcome }: NoAgreementInput): NoAgreementAdvice | undefined {
  const over = end.ended || farewellLineId(lines) !== undefined;
  if (!over || end.agreement || outcome === 'agreed') return undefined;
  const why = whyNoAgreement(lines);
  return { why, ...ADVICE[why], steps: [...ADVICE[why].steps], recorded: (outcome ?? 'open') !== 'open' };
}

/** Working days to wait before contacting the bank again, or before chasing a callback that did not come. */
export const FOLLOW_UP_WORKING_DAYS: Record<'callback-reminder' | 'follow-up', number> = { 'callback-reminder': 3, 'follow-up': 2 };

/**
 * The reminder a step sets: a few working days after today (never a Saturday or Sunday), due at the end of that day
 * in the person's time zone, one per session and step so pressing twice does not add a second.
 */
export function nextStepFollowUp(
  step: 'callback-reminder' | 'follow-up',
  sessionId: string,
  now: number,
  utcOffsetMinutes: number,
  title: string,
): FollowUp {
  const day = addWorkingDays(localDay(now, utcOffsetMinutes), FOLLOW_UP_WORKING_DAYS[step]);
  return { id: `next:${sessionId}:${step}`, sessionId, dueAt: endOfLocalDay(day, utcOffsetMinutes), title, source: 'user', done: false };
}
