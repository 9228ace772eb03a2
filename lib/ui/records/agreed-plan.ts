/**
 * The repayment schedule of the agreed terms, with calendar dates, and the payment reminders it implies. The engine
 * (lib/negotiate analyzeOffer) gives the amounts; the dates come from the first due date the user confirms (usually
 * said in the chat: "首期还款日为12月25日"), then the same day of each following month.
 */
import type { Profile } from '../../db/database';
import { analyzeOffer, type Schedule } from '../../negotiate/index';
import type { Currency, Debt, Offer } from '../../negotiate/types';
import { dayNumber, dayParts, daysInMonth, endOfLocalDay, formatDay, localDay, parseDay } from '../../records/time';
import type { DateMention, FollowUp, ScheduleRow } from '../../records/types';

const MARKET: Record<Currency, Debt['market']> = { CNY: 'CN', HKD: 'CN', USD: 'US', GBP: 'UK', EUR: 'UK' };

/**
 * Amounts per payment. With the user's figures (Plan tab) every gap in the terms is filled from their debt; without
 * them only terms that state the principal can be scheduled — anything else would be a schedule of a guess.
 */
export function agreedSchedule(terms: Offer, profile?: Pick<Profile, 'debt' | 'budget'>): Schedule | undefined {
  const hasDebt = profile !== undefined && profile.debt.principal > 0;
  let debt: Debt;
  let budget = profile?.budget ?? { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 };
  if (hasDebt) debt = profile.debt;
  else if (terms.amount !== undefined && terms.amount > 0) {
    const currency = terms.currency ?? 'CNY';
    debt = { currency, principal: terms.amount, interest: 0, fees: 0, penalties: 0, market: MARKET[currency] ?? 'CN' };
    budget = { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 };
  } else return undefined;
  try {
    const schedule = analyzeOffer(terms, debt, budget).schedule;
    return schedule.payments.length > 0 ? schedule : undefined;
  } catch {
    // The engine refuses terms it cannot schedule (RangeError); the record still keeps the terms themselves.
    return undefined;
  }
}

/** The same day of the month `months` later, or that month's last day (31 Jan → 28 Feb → 31 Mar). */
export function addMonths(day: number, months: number): number {
  const p = dayParts(day);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayNumber(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Payments in order; the first falls on `firstDue`, each next one a month later. Without a date, no dates. */
export function scheduleRows(schedule: Schedule, firstDue?: string): ScheduleRow[] {
  const start = firstDue === undefined ? undefined : parseDay(firstDue);
  return [...schedule.payments]
    .sort((a, b) => a.period - b.period)
    .map((p, i) => {
      const row: ScheduleRow = { period: p.period, total: p.total, principal: p.principal, fee: p.fee, interest: p.interest };
      if (start !== undefined) row.dueDate = formatDay(addMonths(start, i));
      return row;
    });
}

export const planFollowUpId = (sessionId: string, period: number) => `plan:${sessionId}:${period}`;

/**
 * One follow-up per dated payment, due at the end of its day in the user's zone (the reminder rings that morning).
 * Ids come from the session and the period, so regenerating the plan replaces reminders instead of doubling them.
 */
export function planFollowUps(
  sessionId: string,
  rows: readonly ScheduleRow[],
  utcOffsetMinutes: number,
  title: (row: ScheduleRow, index: number, count: number) => string,
): FollowUp[] {
  const dated = rows.filter((r) => r.dueDate !== undefined && parseDay(r.dueDate) !== undefined);
  return dated.map((r, i) => ({
    id: planFollowUpId(sessionId, r.period),
    sessionId,
    dueAt: endOfLocalDay(parseDay(r.dueDate!)!, utcOffsetMinutes),
    title: title(r, i, dated.length),
    source: 'plan',
    done: false,
  }));
}

/** The first due date of the plan reminders already stored, so the schedule shown and exported keeps its dates. */
export function storedFirstDue(followUps: readonly FollowUp[], utcOffsetMinutes: number): string | undefined {
  const plan = followUps.filter((f) => f.source === 'plan');
  if (plan.length === 0) return undefined;
  return formatDay(localDay(Math.min(...plan.map((f) => f.dueAt)), utcOffsetMinutes));
}

// Words just before a date that make it a payment date: "首期还款日为12月25日", "first payment is due on December 25".
const PAYMENT_CONTEXT = /还款|首期|扣款|到期|月供|缴款|payment|due|pay\b|instal/i;

/**
 * The first due date said in the chat: the earliest date said after the chat began in words about paying
 * ("首期还款日为12月25日"). A date said about something else ("within 3 working days" for the written agreement) is
 * not one. Undefined when none was said.
 */
export function saidFirstDue(
  startedAt: number,
  dates: readonly DateMention[] | undefined,
  messageText: (messageId: string) => string | undefined,
  utcOffsetMinutes: number,
): string | undefined {
  const startDay = localDay(startedAt, utcOffsetMinutes);
  const aboutPaying = (d: DateMention) => {
    const text = d.sourceMessageId === undefined ? undefined : messageText(d.sourceMessageId);
    const at = text?.indexOf(d.text) ?? -1;
    return text !== undefined && at >= 0 && PAYMENT_CONTEXT.test(text.slice(Math.max(0, at - 12), at));
  };
  const later = (dates ?? [])
    .filter(aboutPaying)
    .map((d) => parseDay(d.date))
    .filter((d): d is number => d !== undefined && d > startDay)
    .sort((a, b) => a - b);
  return later[0] === undefined ? undefined : formatDay(later[0]);
}

/** A first due date to propose in the date field: the one said in the chat, else a month after the chat. */
export function proposedFirstDue(
  startedAt: number,
  dates: readonly DateMention[] | undefined,
  messageText: (messageId: string) => string | undefined,
  utcOffsetMinutes: number,
): string {
  return saidFirstDue(startedAt, dates, messageText, utcOffsetMinutes) ?? formatDay(addMonths(localDay(startedAt, utcOffsetMinutes), 1));
}

/**
 * The first due date the record knows, for a letter that states it as fact: the payment reminders the person set
 * from the agreed plan (they chose that date), else the date the bank said for the first payment. Never the
 * "a month later" guess — the confirmation request then asks the bank for the date instead.
 */
export function knownFirstDue(
  followUps: readonly FollowUp[],
  startedAt: number,
  dates: readonly DateMention[] | undefined,
  messageText: (messageId: string) => string | undefined,
  utcOffsetMinutes: number,
): string | undefined {
  return storedFirstDue(followUps, utcOffsetMinutes) ?? saidFirstDue(startedAt, dates, messageText, utcOffsetMinutes);
}
