/**
 * iCalendar (RFC 5545) files for an agreed repayment schedule and for follow-ups: all-day events with a reminder,
 * CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
 * UIDs are derived from the content, so importing an updated file into a calendar updates events instead of
 * duplicating them.
 */
import type { Currency } from '../negotiate/types';
import { formatMoney } from './export/labels';
import { utf8 } from './integrity/digest';
import { sha256, toHex } from './integrity/hash';
import { icsDate, icsUtcDateTime, localDay, localOffsetAt, parseDay } from './time';
import type { FollowUp, OutputFile } from './types';

const CRLF = '\r\n';

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as "\n". */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold one content line into chunks of at most 75 octets; continuation lines start with a space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let chunk = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8.encode(ch).length;
    if (size + n > 75) {
      out.push(chunk);
      chunk = ' '; // the leading space counts towards the next line's 75 octets
      size = 1;
    }
    chunk += ch;
    size += n;
  }
  out.push(chunk);
  return out.join(CRLF);
}

export interface IcsOptions {
  /** DTSTAMP, epoch ms. */
  now?: number;
  /** Reminder offset as an RFC 5545 duration before the all-day event starts; default -PT15H (09:00 the day before). */
  alarm?: string;
  /** Language of the fixed words in summaries and reminders. */
  lang?: 'zh' | 'en';
}

interface IcsEvent {
  uid: string;
  day: number;
  summary: string;
  description?: string;
}

function uid(...parts: string[]): string {
  return `${toHex(sha256(utf8.encode(parts.join('\u0000')))).slice(0, 32)}@parley.local`;
}

function calendar(events: IcsEvent[], name: string, opts: IcsOptions): string {
  const stamp = icsUtcDateTime(opts.now ?? Date.now());
  const alarm = opts.alarm ?? '-PT15H';
  if (!/^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/.test(alarm) || /T$/.test(alarm) || !/\d/.test(alarm)) {
    throw new RangeError(`not an RFC 5545 duration: ${alarm}`);
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Parley//Negotiation records//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeIcsText(name)}`];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.day)}`,
      `DTEND;VALUE=DATE:${icsDate(e.day + 1)}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(e.summary)}`,
      `TRIGGER:${alarm}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export interface RepaymentPlanInput {
  /** E.g. "招商银行信用卡 个性化分期". */
  title: string;
  currency: Currency;
  payments: { dueDate: string; amount: number }[];
}

/** One all-day event per payment. Throws RangeError on a due date that is not a real YYYY-MM-DD. */
export function scheduleToIcs(plan: RepaymentPlanInput, opts: IcsOptions = {}): string {
  const zh = (opts.lang ?? 'zh') === 'zh';
  const n = plan.payments.length;
  const events = plan.payments.map((p, i) => {
    const day = parseDay(p.dueDate);
    if (day === undefined) throw new RangeError(`payments[${i}].dueDate is not a real date YYYY-MM-DD: ${p.dueDate}`);
    const amount = formatMoney(p.amount, plan.currency);
    return {
      uid: uid('payment', plan.title, String(i), p.dueDate),
      day,
      summary: zh ? `还款 ${i + 1}/${n}：${amount} — ${plan.title}` : `Payment ${i + 1}/${n}: ${amount} — ${plan.title}`,
      description: zh
        ? `${plan.title}\n第 ${i + 1} 期，共 ${n} 期\n应还：${amount}\n请按约定日期还款并保留凭证。`
        : `${plan.title}\nPayment ${i + 1} of ${n}\nAmount: ${amount}\nPay on the agreed date and keep the receipt.`,
    };
  });
  return calendar(events, plan.title, opts);
}

export interface FollowUpIcsOptions extends IcsOptions {
  /** The user's offset from UTC in minutes, to put each follow-up on their calendar day; default the runtime's. */
  utcOffsetMinutes?: number;
  /** Include follow-ups already done (default false). */
  includeDone?: boolean;
}

export function followUpsToIcs(followUps: readonly FollowUp[], opts: FollowUpIcsOptions = {}): string {
  const zh = (opts.lang ?? 'zh') === 'zh';
  const events = followUps
    .filter((f) => opts.includeDone || !f.done)
    .map((f) => ({
      uid: uid('follow-up', f.id),
      day: localDay(f.dueAt, opts.utcOffsetMinutes ?? localOffsetAt(f.dueAt)),
      summary: f.title,
      description: zh ? '来自 Parley 协商记录的待办事项。' : 'A follow-up from a Parley negotiation record.',
    }));
  return calendar(events, zh ? 'Parley 待办事项' : 'Parley follow-ups', opts);
}

export function icsFile(content: string, filename: string): OutputFile {
  return { filename: filename.endsWith('.ics') ? filename : `${filename}.ics`, mime: 'text/calendar;charset=utf-8', content };
}
