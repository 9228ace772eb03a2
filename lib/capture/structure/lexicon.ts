/**
 * The small closed vocabulary a chat row shows besides the message itself (research: structural-detection.md §4):
 * delivery receipts, clock times, relative times and dates. A row part whose whole text is one of these is chrome.
 */
/** Dots a chat puts between a name, a time and a receipt on one line ("Fargo ・ 13:24", "Read · 2 min ago"). */
export const DOTS = '·•・‧';

const RECEIPT_WORDS =
  '已送达|已送達|送达|送達|已读|已讀|未读|未讀|已发送|已發送|发送中|發送中|发送失败|發送失敗|已撤回|not delivered|delivered|unread|read|seen|sent|sending|failed';
const RECEIPT = new RegExp(`^(?:[✓✔]{1,2}\\s*)?(?:${RECEIPT_WORDS})\\s*[${DOTS},]?\\s*`, 'i');
const CLOCK = /^(?:(?:上午|下午|晚上|凌晨|中午|早上)\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$/;
const DATE = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?)(?:\s*(?:星期|周)[一二三四五六日天])?$/;
const WEEKDAY = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|(?:星期|周)[一二三四五六日天]|jan[a-z]*|feb[a-z]*|mar[a-z]*|apr[a-z]*|may|jun[a-z]*|jul[a-z]*|aug[a-z]*|sep[a-z]*|oct[a-z]*|nov[a-z]*|dec[a-z]*)$/i;
/** A month and day in words ("December 5", "5th Dec"), and a year beside them. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const MONTH_DAY = new RegExp(`^(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:\\s+\\d{4})?$`, 'i');
const YEAR = /^(?:19|20)\d{2}$/;
const RELATIVE =
  /^(?:just now|now|a moment ago|moments? ago|刚刚|刚才|剛剛|剛才|today|yesterday|今天|昨天|前天|\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前|(?:a|an|\d+)\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s*ago)$/i;

/** Parts joined by separators ("Today, 10:32", "Read · 2 min ago", "Fargo ・ 13:24", "2024-05-01 10:23:11"). */
const PIECE_BREAK = new RegExp(`\\s*[,${DOTS}|]\\s*|\\s+(?=\\d{1,2}[:：]\\d{2})|(?<=\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\s+|(?<=日)\\s*(?=\\d)|(?<=[天日])\\s+|\\s+at\\s+`, 'i');

function pieces(text: string): string[] {
  return text
    .split(PIECE_BREAK)
    .map((p) => p.trim())
    .filter(Boolean);
}

function isTimePiece(piece: string): boolean {
  return CLOCK.test(piece) || DATE.test(piece) || MONTH_DAY.test(piece) || YEAR.test(piece) || WEEKDAY.test(piece) || RELATIVE.test(piece) || /^\d{1,2}$/.test(piece);
}

/** A clock time, date, relative time or a mix of them ("昨天 21:05", "Mon, May 6 at 10:32 AM"). */
export function isTimeText(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 40) return false;
  if (CLOCK.test(t) || DATE.test(t) || RELATIVE.test(t)) return true;
  const parts = pieces(t.replace(/\b(\d{1,2}[:：]\d{2})\s*([AaPp]\.?[Mm]\.?)/g, '$1$2'));
  const timely = parts.filter((p) => isTimePiece(p) || /^\d{1,2}[:：]\d{2}[AaPp]\.?[Mm]\.?$/.test(p));
  // At least one real time or date among the pieces, not just a bare number or a month word.
  return timely.length === parts.length && parts.some((p) => CLOCK.test(p) || DATE.test(p) || MONTH_DAY.test(p) || RELATIVE.test(p) || /[:：]/.test(p));
}

/** A delivery or read receipt ("已读", "Delivered", "Seen 10:32", "Read by Sam"); "Read the terms first" is a message. */
export function isReceiptText(text: string): boolean {
  const t = text.trim();
  if (/^[✓✔]{1,2}$/.test(t)) return true;
  const m = t.length <= 40 ? RECEIPT.exec(t) : null;
  if (!m) return false;
  const rest = t.slice(m[0].length);
  return rest === '' || isTimeText(rest) || /^by\s+\S.{0,28}$/i.test(rest);
}

const STARTED = /^(?:[会會][话話][开開]始(?:于|於|时间|時間)|[对對][话話][开開]始(?:于|於)|[开開]始[会會][话話](?:于|於)|(?:chat|conversation|session) (?:started|began)(?: at| on)?|started(?: at| on)?)\s*[:：]?\s*(.+)$/i;

/**
 * A date divider: a date or time alone, or "会话开始于 10:00" / "Chat started at 10:00" — the conversation's own
 * clock, not something anyone said. ("Chat started" with no time is a notice, and stays one.)
 */
export function isDividerText(text: string): boolean {
  const t = text.trim();
  if (isTimeText(t)) return true;
  const rest = STARTED.exec(t)?.[1];
  return rest !== undefined && isTimeText(rest);
}

/** Reactions under a bubble: emoji with an optional count ("👍 1", "❤️2 😂"). */
const REACTION = /^(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200d)+\s*\d{0,4}\s*)+$/u;

export function isReactionText(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && REACTION.test(t);
}

/** The pill a chat shows over its list when messages arrive below the view ("New Messages ↓", 有3条新消息). */
const JUMP_PROMPT =
  /^(?:\d+\s*)?(?:new messages?(?: below)?|unread messages?|jump to (?:the )?(?:latest|bottom|new messages?)|scroll to (?:the )?bottom|back to (?:the )?(?:latest|bottom)|有?\s*\d*\s*[条條]?新[消訊][息]|查看新[消訊]息|回到底部|回到最新)\s*[↓⬇▼⌄]?$/i;

export function isJumpPromptText(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && JUMP_PROMPT.test(t);
}

/** Chrome text: nothing a person wrote. */
export function isChromeText(text: string): boolean {
  return isDividerText(text) || isReceiptText(text) || isReactionText(text) || isJumpPromptText(text);
}
