/**
 * Dates said in a message, resolved to calendar days in the user's zone. Relative phrases ("明天", "3个工作日内",
 * "within 5 business days", "本月25日") resolve against `anchor` — for a transcript, the time the message was sent,
 * not the time the extraction runs. Ambiguous forms are skipped rather than guessed: "03/04/2026" (day or month
 * first?), English "next Monday" (this coming one, or the week after?), a weekday named on that same weekday.
 */
import { addWorkingDays, dayNumber, dayParts, daysInMonth, formatDay, isRealDate, localDay, localOffsetAt, weekday } from '../time';
import type { DateMention } from '../types';
import { foldWidth, NUM, parseNumber } from './text';

export interface DateContext {
  /** Epoch ms the phrase is relative to. */
  anchor: number;
  /** User's offset from UTC in minutes (east positive). */
  utcOffsetMinutes: number;
}

export interface DateHit {
  start: number;
  end: number;
  day: number;
  relative: boolean;
  /** An exact instant, when the phrase counts hours ("48小时内", "within 24 hours"). */
  at?: number;
  /** "今天" / "today": a real date, but too common to be worth listing on its own. */
  trivial?: boolean;
}

type Resolved = Omit<DateHit, 'start' | 'end'> | undefined;
type Rule = { re: RegExp; resolve: (m: RegExpMatchArray, ctx: DateContext, today: number) => Resolved };

const MONTHS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const monthOf = (name: string) => MONTHS[name.slice(0, 3)] ?? MONTHS[name];
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, 'twenty-one': 21, 'forty-five': 45,
};
const EN_NUM = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|twenty-one|forty-five)';
const enNum = (s: string) => (/^\d+$/.test(s) ? Number(s) : WORDS[s.toLowerCase()]);
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_ZH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };

function real(y: number, m: number, d: number): number | undefined {
  return isRealDate(y, m, d) ? dayNumber(y, m, d) : undefined;
}

/** A month and day without a year: the year that puts it closest to today (ties go to the future). */
function nearestYear(month: number, day: number, today: number): number | undefined {
  const { year } = dayParts(today);
  let best: number | undefined;
  for (const y of [year, year + 1, year - 1]) {
    const d = real(y, month, day);
    if (d === undefined) continue;
    if (best === undefined || Math.abs(d - today) < Math.abs(best - today) || (Math.abs(d - today) === Math.abs(best - today) && d > best)) best = d;
  }
  return best;
}

/** The next day-of-month `dom` on or after today (the 31st skips short months). */
function nextDayOfMonth(dom: number, today: number): number | undefined {
  if (dom < 1 || dom > 31) return undefined;
  let { year, month } = dayParts(today);
  for (let i = 0; i < 4; i++) {
    const d = real(year, month, dom);
    if (d !== undefined && d >= today) return d;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return undefined;
}

function addMonths(today: number, n: number, dom?: number): number | undefined {
  const p = dayParts(today);
  const total = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (dom === undefined) return dayNumber(year, month, Math.min(p.day, daysInMonth(year, month)));
  return real(year, month, dom);
}

function monthEnd(today: number, n: number): number {
  const p = dayParts(today);
  const total = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayNumber(year, month, daysInMonth(year, month));
}

const monthShift = (word: string) => (word.startsWith('下下') ? 2 : word.startsWith('下') ? 1 : 0);
const small = (n: number | undefined, max: number) => (n !== undefined && n > 0 && n <= max ? n : undefined);
// Durations after these words describe the past or a length of arrears ("逾期30天后"), not a date to come.
const NOT_AHEAD = '(?<!逾期|超过|已经|已|满|超|拖欠|欠款)';

const RULES: Rule[] = [
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, resolve: (m) => ok(real(+m[1]!, +m[2]!, +m[3]!), false) },
  { re: /(?<![\d.\-/])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g, resolve: (m) => ok(real(+m[1]!, +m[3]!, +m[4]!), false) },
  {
    re: new RegExp(`(本月|这个月|当月|下下个?月|下个?月)\\s*(${NUM})\\s*[日号]`, 'g'),
    resolve: (m, _c, today) => ok(addMonths(today, monthShift(m[1]!), small(parseNumber(m[2]!), 31)), true),
  },
  {
    re: new RegExp(`(?<![\\d年每])(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`, 'g'),
    resolve: (m, _c, today) => {
      const mo = small(parseNumber(m[1]!), 12);
      const d = small(parseNumber(m[2]!), 31);
      return mo && d ? ok(nearestYear(mo, d, today), true) : undefined;
    },
  },
  {
    re: /(?<![\d月.\-/每])(\d{1,2})\s*[日号]\s*(?=之前|以前|前)/g,
    resolve: (m, _c, today) => ok(nextDayOfMonth(+m[1]!, today), true),
  },
  {
    re: /(本|这个|当|下下个?|下个?)?月(底|末)/g,
    resolve: (m, _c, today) => ok(monthEnd(today, m[1] ? monthShift(m[1]) : 0), true),
  },
  { re: /大后天|后天|明天|明日|今天|今日/g, resolve: (m, _c, today) => relDay(today, { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3 }[m[0]]!) },
  {
    re: new RegExp(`${NOT_AHEAD}(${NUM})\\s*个?\\s*工作日`, 'g'),
    resolve: (m, _c, today) => {
      const n = small(parseNumber(m[1]!), 60);
      return n ? ok(addWorkingDays(today, n), true) : undefined;
    },
  },
  {
    re: new RegExp(`${NOT_AHEAD}(${NUM})\\s*个?\\s*(?:自然)?[天日]\\s*(?=内|之内|以内|后|之后)`, 'g'),
    resolve: (m, _c, today) => {
      const n = small(parseNumber(m[1]!), 366);
      return n ? ok(today + n, true) : undefined;
    },
  },
  {
    re: new RegExp(`${NOT_AHEAD}(${NUM})\\s*个?\\s*(?:周|星期|礼拜)\\s*(?=内|之内|以内|后|之后)`, 'g'),
    resolve: (m, _c, today) => {
      const n = small(parseNumber(m[1]!), 52);
      return n ? ok(today + 7 * n, true) : undefined;
    },
  },
  {
    re: new RegExp(`${NOT_AHEAD}(${NUM})\\s*个\\s*月\\s*(?=内|之内|以内|后|之后)`, 'g'),
    resolve: (m, _c, today) => {
      const n = small(parseNumber(m[1]!), 60);
      return n ? ok(addMonths(today, n), true) : undefined;
    },
  },
  {
    re: new RegExp(`${NOT_AHEAD}(${NUM})\\s*个?\\s*小时\\s*(?=内|之内|以内)`, 'g'),
    resolve: (m, c) => hours(c, small(parseNumber(m[1]!), 240)),
  },
  {
    re: /(下下|下|本|这)个?(?:周|星期|礼拜)([一二三四五六日天])/g,
    resolve: (m, _c, today) => {
      const monday = today - ((weekday(today) + 6) % 7);
      const idx = (WEEKDAY_ZH[m[2]!]! + 6) % 7;
      const weeks = m[1] === '下下' ? 2 : m[1] === '下' ? 1 : 0;
      return ok(monday + 7 * weeks + idx, true);
    },
  },
  {
    re: new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    resolve: (m, _c, today) => englishDate(monthOf(m[1]!), +m[2]!, m[3], today),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    resolve: (m, _c, today) => englishDate(monthOf(m[2]!), +m[1]!, m[3], today),
  },
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    resolve: (m) => {
      const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
      if (a > 12 && b <= 12) return ok(real(y, b, a), false);
      if (b > 12 && a <= 12) return ok(real(y, a, b), false);
      return undefined;
    },
  },
  { re: /\bthe day after tomorrow\b/gi, resolve: (_m, _c, today) => relDay(today, 2) },
  { re: /\b(tomorrow|today)\b/gi, resolve: (m, _c, today) => relDay(today, m[1]!.toLowerCase() === 'today' ? 0 : 1) },
  {
    re: new RegExp(`\\b(?:within|in)\\s+(?:the\\s+next\\s+)?${EN_NUM}\\s+(?:working|business)\\s+days?\\b`, 'gi'),
    resolve: (m, _c, today) => {
      const n = small(enNum(m[1]!), 60);
      return n ? ok(addWorkingDays(today, n), true) : undefined;
    },
  },
  {
    re: new RegExp(`\\b(?:within|in)\\s+(?:the\\s+next\\s+)?${EN_NUM}\\s+(days?|weeks?|hours?)\\b`, 'gi'),
    resolve: (m, c, today) => {
      const n = enNum(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (unit.startsWith('hour')) return hours(c, small(n, 240));
      const days = unit.startsWith('week') ? small(n, 52) && 7 * n! : small(n, 366);
      return days ? ok(today + days, true) : undefined;
    },
  },
  {
    re: /\b(?:by|on|before|until)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])/gi,
    resolve: (m, _c, today) => ok(nextDayOfMonth(+m[1]!, today), true),
  },
  {
    re: /\b(?:by|on|before|until)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, _c, today) => {
      const target = WEEKDAYS_EN.indexOf(m[1]!);
      const ahead = (target - weekday(today) + 7) % 7;
      return ahead === 0 ? undefined : ok(today + ahead, true);
    },
  },
  {
    re: /\b(?:the\s+)?end of (this|the|next) month\b/gi,
    resolve: (m, _c, today) => ok(monthEnd(today, m[1]!.toLowerCase() === 'next' ? 1 : 0), true),
  },
];

function ok(day: number | undefined, relative: boolean): Resolved {
  return day === undefined ? undefined : { day, relative };
}

function relDay(today: number, n: number): Resolved {
  return { day: today + n, relative: true, trivial: n === 0 || undefined };
}

function hours(c: DateContext, n: number | undefined): Resolved {
  if (n === undefined) return undefined;
  const at = c.anchor + n * 3_600_000;
  return { day: localDay(at, c.utcOffsetMinutes), relative: true, at };
}

function englishDate(month: number | undefined, day: number, year: string | undefined, today: number): Resolved {
  if (month === undefined) return undefined;
  if (year !== undefined) return ok(real(+year, month, day), false);
  return ok(nearestYear(month, day, today), true);
}

/** Every date phrase in `text`, in order; where phrases overlap, the earlier rule (the more specific form) wins. */
export function findDates(text: string, ctx: DateContext): DateHit[] {
  const folded = foldWidth(text);
  const today = localDay(ctx.anchor, ctx.utcOffsetMinutes);
  const taken: DateHit[] = [];
  const overlaps = (s: number, e: number) => taken.some((h) => s < h.end && e > h.start);
  for (const rule of RULES) {
    for (const m of folded.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const r = rule.resolve(m, ctx, today);
      if (r) taken.push({ start, end, ...r });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Dates mentioned in one text, as record entries. `now` is when the text was said; the offset defaults to the
 * runtime's zone. "今天"/"today" is left out: it is in nearly every chat and says nothing worth keeping.
 */
export function extractDates(text: string, opts: { now: number; utcOffsetMinutes?: number }): DateMention[] {
  const ctx = { anchor: opts.now, utcOffsetMinutes: opts.utcOffsetMinutes ?? localOffsetAt(opts.now) };
  return findDates(text, ctx)
    .filter((h) => !h.trivial)
    .map((h) => ({ date: formatDay(h.day), text: text.slice(h.start, h.end), relative: h.relative }));
}
