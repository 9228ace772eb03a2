/**
 * Offer deadlines: "请于2025年4月15日前", "本月25日前", "月底前", "三天内", "7个工作日内", "by March 31",
 * "within 14 days", "by end of the month", "today". A date counts only next to a deadline word (前, 内, 截止, by,
 * until…), so a first due date or a statement date is not mistaken for the offer's deadline. Dates without a year and
 * relative ones need opts.now; without it they are left out rather than guessed.
 */

import { parseEnglishNumber, parseNumeral } from './numbers';
import type { Ctx, Mention } from './types';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toUtc({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d);
}

function fromUtc(t: number): Ymd {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(day: Ymd, n: number): Ymd {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** `n` working days after `day`, skipping Saturdays and Sundays (public holidays are not known here). */
export function addBusinessDays(day: Ymd, n: number): Ymd {
  let t = toUtc(day);
  let left = n;
  while (left > 0) {
    t += DAY_MS;
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return fromUtc(t);
}

export function addMonths(day: Ymd, n: number): Ymd {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

/** The local calendar day of a Date, or undefined when it is not a valid date. */
export function localDay(now: Date | undefined): Ymd | undefined {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return undefined;
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

/**
 * A month and day with no year: this year's date, unless that lies more than 60 days back, in which case next year's
 * (a recent past date is kept so an expired offer reads as expired).
 */
export function inferYear(today: Ymd, m: number, d: number): Ymd | undefined {
  if (!validYmd(today.y, m, d) && !validYmd(today.y + 1, m, d)) return undefined;
  const here = { y: today.y, m, d };
  if (validYmd(here.y, m, d) && compareYmd(here, addDays(today, -60)) >= 0) return here;
  const next = { y: today.y + 1, m, d };
  return validYmd(next.y, m, d) ? next : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6,
};

/** Small counts in deadline phrases: "3", "三", "fourteen". */
function count(raw: string): number {
  const a = parseNumeral(raw);
  return Number.isFinite(a) ? a : parseEnglishNumber(raw);
}

const CN_NUM = '[0-9零〇一二两三四五六七八九十]{1,3}';
const EN_NUM = '\\d{1,3}|[a-z]+(?:-[a-z]+)?';
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

interface Found {
  start: number;
  end: number;
  day?: Ymd;
  /** Needs a deadline word nearby to count. */
  needsCue: boolean;
  year: boolean;
}

const CUE_AFTER_ZH = /^\s*(?:24点|二十四点|晚上\d+点|下班)?\s*(?:前|之前|以前|内|之内|以内|为止|截止|有效|止)/;
const CUE_BEFORE_ZH = /(?:截止|截至|于|在|有效期至|有效期到|有效期为|到|最晚|最迟|deadline|期限)\s*(?:是|为|到|至|:)?\s*$/;
const CUE_BEFORE_EN = /(?:\bby|\bbefore|\buntil|\btill|\bthrough|no later than|on or before|deadline(?: is)?|\bexpires?(?: on)?|valid (?:until|through|till)|prior to|\bends?(?: on)?|\bclose of business)\s*(?:the\s+)?$/;
const TODAY_CUE_AFTER_ZH = /^(?:之内|内|前|以前|有效|能|可以|就|还|付|结清|完成|办理|24点|下班)/;

/** Records a date; one that cannot be resolved (no opts.now, impossible day) is kept only to claim its numbers. */
function pushDay(out: Found[], start: number, end: number, day: Ymd | undefined, needsCue: boolean, year: boolean) {
  const ok = day !== undefined && validYmd(day.y, day.m, day.d);
  out.push(ok ? { start, end, day, needsCue, year } : { start, end, needsCue, year });
}

function findAll(text: string, today: Ymd | undefined): Found[] {
  const out: Found[] = [];
  let m: RegExpExecArray | null;

  // Absolute dates with a year: 2025年4月15日, 2025-04-15, 2025/4/15, 2025.4.15
  const ABS = /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/g;
  while ((m = ABS.exec(text)) !== null) {
    const y = Number(m[1]);
    const mo = Number(m[2] ?? m[4]);
    const d = Number(m[3] ?? m[5]);
    pushDay(out, m.index, m.index + m[0].length, { y, m: mo, d }, true, true);
  }
  // Numeric day/month/year: 30/04/2025 (UK when the first part cannot be a month), 04/30/2025
  const DMY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g;
  while ((m = DMY.exec(text)) !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const ukFirst = a > 12 || /£|gbp|pound/.test(text);
    const [mo, d] = ukFirst && b <= 12 ? [b, a] : [a, b];
    pushDay(out, m.index, m.index + m[0].length, { y, m: mo, d }, true, true);
  }
  // 本月25日, 下个月5号
  const REL_MONTH = new RegExp(`(本月|这个月|当月|下月|下个月)\\s*(${CN_NUM})\\s*[日号]`, 'g');
  while ((m = REL_MONTH.exec(text)) !== null) {
    const base = today && (m[1]!.startsWith('下') ? addMonths({ ...today, d: 1 }, 1) : { ...today, d: 1 });
    pushDay(out, m.index, m.index + m[0].length, base && { y: base.y, m: base.m, d: count(m[2]!) }, true, false);
  }
  // 3月31日, 三月三十一号 (a year-less date)
  const MD_ZH = new RegExp(`(?<![\\d年])(${CN_NUM})\\s*月\\s*(${CN_NUM})\\s*[日号]`, 'g');
  while ((m = MD_ZH.exec(text)) !== null) {
    const mo = count(m[1]!);
    const d = count(m[2]!);
    pushDay(out, m.index, m.index + m[0].length, today && inferYear(today, mo, d), true, false);
  }
  // 月底 / 本月底 / 下月底
  const EOM_ZH = /(本月|这个月|当月|下月|下个月)?\s*(?:月底|月末|底)(?=前|之前|以前|内|为止|截止|有效|\s)/g;
  while ((m = EOM_ZH.exec(text)) !== null) {
    if (!today) continue;
    if (m[1] === undefined && !/月[底末]/.test(m[0])) continue;
    const base = m[1]?.startsWith('下') ? addMonths({ ...today, d: 1 }, 1) : { ...today, d: 1 };
    pushDay(out, m.index, m.index + m[0].length, { y: base.y, m: base.m, d: daysInMonth(base.y, base.m) }, false, false);
  }
  // 本月内 / 本周内: by the end of this month or week
  const WITHIN_CURRENT_ZH = /(本月|这个月|当月|本周|这周|这个星期|本星期)\s*(?:之内|以内|内)/g;
  while ((m = WITHIN_CURRENT_ZH.exec(text)) !== null) {
    if (!today) continue;
    const day = m[1]!.endsWith('月')
      ? { y: today.y, m: today.m, d: daysInMonth(today.y, today.m) }
      : addDays(today, (7 - new Date(toUtc(today)).getUTCDay()) % 7);
    pushDay(out, m.index, m.index + m[0].length, day, false, false);
  }
  // 今天 / 明天 / 后天
  const DAY_WORD_ZH = /(今天|今日|当天|今晚|明天|明日|后天)/g;
  while ((m = DAY_WORD_ZH.exec(text)) !== null) {
    if (!today) continue;
    const end = m.index + m[0].length;
    if (!TODAY_CUE_AFTER_ZH.test(text.slice(end, end + 4)) && !CUE_BEFORE_ZH.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const w = m[1]!;
    const n = w.startsWith('明') ? 1 : w === '后天' ? 2 : 0;
    pushDay(out, m.index, end, addDays(today, n), false, false);
  }
  // 3天内, 三个工作日内, 一周内, 两个月内
  const WITHIN_ZH = new RegExp(`(${CN_NUM})\\s*(?:个)?\\s*(工作日|天|日|周|星期|礼拜|月)\\s*(?:之内|以内|内)`, 'g');
  while ((m = WITHIN_ZH.exec(text)) !== null) {
    // 两个月内不用还: the stretch with nothing to pay is a deferral's length, not a date to pay by.
    if (/^\s*(?:都)?(?:不用|无需|不需要|不必|暂不)(?:还|偿还|供)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const n = count(m[1]!);
    const unit = m[2]!;
    const day = !today || !Number.isFinite(n) || n <= 0 || n > 365
      ? undefined
      : unit === '工作日' ? addBusinessDays(today, n) : unit === '月' ? (n <= 3 ? addMonths(today, n) : undefined) : addDays(today, unit === '天' || unit === '日' ? n : n * 7);
    pushDay(out, m.index, m.index + m[0].length, day, false, false);
  }
  // 本周五前, 周五之前
  const WEEKDAY_ZH = /(?:本|这)?(?:周|星期|礼拜)([一二三四五六日天])\s*(?=前|之前|以前|内|为止)/g;
  while ((m = WEEKDAY_ZH.exec(text)) !== null) {
    if (!today) continue;
    const want = WEEKDAYS[m[1]!]!;
    const wd = new Date(toUtc(today)).getUTCDay();
    pushDay(out, m.index, m.index + m[0].length, addDays(today, (want - wd + 7) % 7), false, false);
  }

  // English month-name dates: March 31, March 31st, 2025 / 31 March 2025 / the 31st of March
  const MDY = new RegExp(`(?<![a-z])${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:,?\\s*(\\d{4}))?`, 'g');
  while ((m = MDY.exec(text)) !== null) {
    const mo = MONTHS[m[1]!.slice(0, 3)]!;
    const d = Number(m[2]);
    const explicit = m[3] !== undefined;
    const day = explicit ? { y: Number(m[3]), m: mo, d } : today ? inferYear(today, mo, d) : undefined;
    pushDay(out, m.index, m.index + m[0].length, day, true, explicit);
  }
  const DMY_EN = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?![a-z])\\.?(?:,?\\s*(\\d{4}))?`, 'g');
  while ((m = DMY_EN.exec(text)) !== null) {
    const d = Number(m[1]);
    const mo = MONTHS[m[2]!.slice(0, 3)]!;
    const explicit = m[3] !== undefined;
    const day = explicit ? { y: Number(m[3]), m: mo, d } : today ? inferYear(today, mo, d) : undefined;
    pushDay(out, m.index, m.index + m[0].length, day, true, explicit);
  }
  // the 25th
  const ORD = /(?<![a-z])the\s+(\d{1,2})(?:st|nd|rd|th)(?![a-z])(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/g;
  while ((m = ORD.exec(text)) !== null) {
    const d = Number(m[1]);
    if (!today) {
      pushDay(out, m.index, m.index + m[0].length, undefined, true, false);
      continue;
    }
    let day: Ymd | undefined = { y: today.y, m: today.m, d };
    if (!validYmd(day.y, day.m, d) || compareYmd(day, today) < 0) {
      const nm = addMonths({ ...today, d: 1 }, 1);
      day = validYmd(nm.y, nm.m, d) ? { y: nm.y, m: nm.m, d } : undefined;
    }
    pushDay(out, m.index, m.index + m[0].length, day, true, false);
  }
  // end of the month / end of next month / month-end
  const EOM_EN = /(?<![a-z])(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?month(?![a-z])|(?<![a-z])month[- ]end(?![a-z])/g;
  while ((m = EOM_EN.exec(text)) !== null) {
    if (!today) continue;
    const base = m[1] ? addMonths({ ...today, d: 1 }, 1) : { ...today, d: 1 };
    pushDay(out, m.index, m.index + m[0].length, { y: base.y, m: base.m, d: daysInMonth(base.y, base.m) }, false, false);
  }
  // within 14 days / in the next two weeks / within 10 business days
  const WITHIN_EN = new RegExp(
    `(?<![a-z])(?:within|in the next|in the coming)\\s+(${EN_NUM})\\s+(business days?|working days?|days?|weeks?|months?)(?![a-z])`,
    'g',
  );
  while ((m = WITHIN_EN.exec(text)) !== null) {
    const n = count(m[1]!);
    const unit = m[2]!;
    const day = !today || !Number.isFinite(n) || n <= 0 || n > 365
      ? undefined
      : /business|working/.test(unit)
      ? addBusinessDays(today, n)
      : unit.startsWith('week')
        ? addDays(today, n * 7)
        : unit.startsWith('month')
          ? n <= 3
            ? addMonths(today, n)
            : undefined
          : addDays(today, n);
    pushDay(out, m.index, m.index + m[0].length, day, false, false);
  }
  // today / tomorrow (only as a deadline: "by end of day today", "if you pay ... today")
  const DAY_WORD_EN = /(?<![a-z])(today|tonight|tomorrow)(?![a-z])/g;
  while ((m = DAY_WORD_EN.exec(text)) !== null) {
    if (!today) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!/(?:\bby|\bbefore|\buntil|end of (?:the )?day|close of business|\bpay|\bpaid|\bpayment|\bsettle|\breceived|\bvalid)\b[^.?!]*$/.test(before)) continue;
    pushDay(out, m.index, m.index + m[0].length, addDays(today, m[1] === 'tomorrow' ? 1 : 0), false, false);
  }
  // by Friday / before this Friday
  const WEEKDAY_EN = /(?<![a-z])(?:by|before|until|on)\s+(?:this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])/g;
  while ((m = WEEKDAY_EN.exec(text)) !== null) {
    if (!today) continue;
    const want = WEEKDAYS[m[1]!]!;
    const wd = new Date(toUtc(today)).getUTCDay();
    pushDay(out, m.index, m.index + m[0].length, addDays(today, (want - wd + 7) % 7), false, false);
  }
  return out;
}

function hasCue(text: string, f: Found): boolean {
  if (!f.needsCue) return true;
  if (CUE_AFTER_ZH.test(text.slice(f.end, f.end + 12))) return true;
  const before = text.slice(Math.max(0, f.start - 30), f.start);
  return CUE_BEFORE_ZH.test(before.slice(-10)) || CUE_BEFORE_EN.test(before);
}

/** Deadline mentions, and every date's numbers marked as used so no other extractor reads "3月31日" as amounts. */
export function findDeadlines(ctx: Ctx): Mention[] {
  const found = findAll(ctx.text, ctx.today);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  let k = 0;
  for (const f of found) {
    if (f.start < lastEnd) continue; // overlapping matches: keep the earliest, longest
    lastEnd = f.end;
    while (k < ctx.tokens.length && ctx.tokens[k]!.start < f.start) k++;
    for (let i = k; i < ctx.tokens.length && ctx.tokens[i]!.start < f.end; i++) {
      if (ctx.tokens[i]!.end <= f.end) ctx.used[i] = 1;
    }
    if (!f.day || !hasCue(ctx.text, f)) continue;
    out.push({ t: 'deadline', start: f.start, end: f.end, clause: ctx.clauseAt(f.start), date: formatYmd(f.day), year: f.year });
  }
  return out;
}

/** A resolved deadline before today: the offer has lapsed. */
export function isExpired(date: string, today: Ymd | undefined): boolean {
  if (!today) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  return compareYmd({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, today) < 0;
}
