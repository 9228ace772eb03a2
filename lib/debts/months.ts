/**
 * Calendar months as whole numbers (year × 12 + month − 1), so "three months after December" is arithmetic and a
 * plan's period k falls in month start + k. Written 'YYYY-MM'.
 */
import { dayParts, localDay } from '../records/time';

export type MonthIndex = number;

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** 'YYYY-MM' → month index; undefined for anything else (a month 13, a year before 1970). */
export function parseMonth(text: string): MonthIndex | undefined {
  const m = MONTH_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1970 || year > 9999 || month < 1 || month > 12) return undefined;
  return monthIndex(year, month);
}

export function formatMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month an instant falls in, in the person's zone (east-positive minutes from UTC). */
export function monthOfInstant(ms: number, utcOffsetMinutes: number): MonthIndex {
  const p = dayParts(localDay(ms, utcOffsetMinutes));
  return monthIndex(p.year, p.month);
}

/** The month of a day number (days since 1970-01-01). */
export function monthOfDay(day: number): MonthIndex {
  const p = dayParts(day);
  return monthIndex(p.year, p.month);
}
