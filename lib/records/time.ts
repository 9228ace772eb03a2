/**
 * Time helpers. Instants are epoch ms and are written as UTC ISO-8601 with milliseconds; calendar dates are
 * 'YYYY-MM-DD' and are handled as day numbers (days since 1970-01-01) so arithmetic never meets DST or the host zone.
 * A user's calendar day depends on their zone, so functions that turn an instant into a day take an explicit
 * `utcOffsetMinutes` (east positive, +480 for China).
 */

const DAY_MS = 86_400_000;
const MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z: beyond it ISO strings need an expanded year
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidInstant(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= MAX_MS;
}

/** UTC ISO string with milliseconds. Throws RangeError on a value that is not a whole epoch ms in years 1970–9999. */
export function toUtcIso(ms: number): string {
  if (!isValidInstant(ms)) throw new RangeError(`not a valid epoch-ms timestamp: ${String(ms)}`);
  return new Date(ms).toISOString();
}

/**
 * An instant as a person reads it on paper: local date and time with the zone named, "2026-11-23 14:00 (UTC+08:00)".
 * `utcOffsetMinutes` (east positive) defaults to this computer's zone at that instant, so summer time is right.
 * A value that is not an ISO instant is returned as it is.
 */
export function localStamp(iso: string, utcOffsetMinutes?: number): string {
  const ms = fromUtcIso(iso);
  if (ms === undefined) return iso;
  const offset = utcOffsetMinutes ?? -new Date(ms).getTimezoneOffset();
  const local = new Date(ms + offset * 60_000).toISOString();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.slice(0, 10)} ${local.slice(11, 16)} (${zone})`;
}

/** Strict inverse of toUtcIso: only the exact form it writes is accepted, so a value round-trips unchanged. */
export function fromUtcIso(iso: string): number | undefined {
  if (!ISO_RE.test(iso)) return undefined;
  const ms = Date.parse(iso);
  if (!isValidInstant(ms)) return undefined;
  return new Date(ms).toISOString() === iso ? ms : undefined;
}

/** The runtime's own offset at that instant; only a default, callers with a user setting should pass it. */
export function localOffsetAt(ms: number): number {
  const off = -new Date(ms).getTimezoneOffset();
  return off === 0 ? 0 : off; // avoid -0 leaking into arithmetic and test output
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDay(text: string): number | undefined {
  const m = DAY_RE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? dayNumber(y, mo, d) : undefined;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayParts(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/**
 * The day `n` working days after `day`, skipping Saturdays and Sundays only: public holidays and China's swapped
 * working weekends (调休) are not known here, so a result can be a day early around holidays.
 */
export function addWorkingDays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d += 1;
    if (!isWeekend(d)) left -= 1;
  }
  return d;
}

export function localDay(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** The last millisecond of a calendar day in the user's zone. */
export function endOfLocalDay(day: number, utcOffsetMinutes: number): number {
  return (day + 1) * DAY_MS - 1 - utcOffsetMinutes * 60_000;
}

/** iCalendar DATE (YYYYMMDD). */
export function icsDate(day: number): string {
  return formatDay(day).replace(/-/g, '');
}

/** iCalendar UTC DATE-TIME (YYYYMMDDTHHMMSSZ). */
export function icsUtcDateTime(ms: number): string {
  return toUtcIso(ms).replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
