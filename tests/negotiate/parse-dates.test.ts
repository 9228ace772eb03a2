import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/negotiate/parse/index';
import { addBusinessDays, addMonths, daysInMonth, formatYmd, inferYear, isExpired, localDay, validYmd } from '../../lib/negotiate/parse/dates';

/** Monday 10 March 2025. */
const NOW = new Date(2025, 2, 10, 10, 0);
const TODAY = { y: 2025, m: 3, d: 10 };

function deadlines(text: string, withNow = true) {
  return extractMentions(text, withNow ? { now: NOW } : {}).flatMap((m) => (m.t === 'deadline' ? [m.date] : []));
}

describe('date arithmetic', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('daysInMonth(%d, %d) = %d', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });

  it.each([
    [5, '2025-03-17'], // Mon + 5 working days → next Mon
    [7, '2025-03-19'],
    [10, '2025-03-24'],
  ])('addBusinessDays(Mon 10 Mar, %d) = %s', (n, out) => {
    expect(formatYmd(addBusinessDays(TODAY, n))).toBe(out);
  });

  it('addMonths clamps to the month end', () => {
    expect(formatYmd(addMonths({ y: 2025, m: 1, d: 31 }, 1))).toBe('2025-02-28');
    expect(formatYmd(addMonths({ y: 2025, m: 11, d: 15 }, 3))).toBe('2026-02-15');
  });

  it.each([
    [3, 31, '2025-03-31'],
    [2, 28, '2025-02-28'], // recent past stays this year, so an expired offer reads as expired
    [1, 5, '2026-01-05'], // long past: next year's
    [2, 29, '2028-02-29'], // no 29 February in 2025 or 2026: nothing to infer nearby…
  ])('inferYear(%d/%d)', (m, d, out) => {
    const day = inferYear(TODAY, m, d);
    if (m === 2 && d === 29) expect(day).toBeUndefined();
    else expect(day && formatYmd(day)).toBe(out);
  });

  it('validYmd, localDay, isExpired', () => {
    expect(validYmd(2025, 2, 29)).toBe(false);
    expect(validYmd(2024, 2, 29)).toBe(true);
    expect(localDay(new Date(Number.NaN))).toBeUndefined();
    expect(localDay(NOW)).toEqual(TODAY);
    expect(isExpired('2025-03-09', TODAY)).toBe(true);
    expect(isExpired('2025-03-10', TODAY)).toBe(false);
    expect(isExpired('2025-03-09', undefined)).toBe(false);
  });
});

describe('deadlines (now = Monday 2025-03-10)', () => {
  it.each([
    ['请于2025年4月15日前完成还款', '2025-04-15'],
    ['有效期至2025-04-01', '2025-04-01'],
    ['2025/4/1之前', '2025-04-01'],
    ['需在本月25日前还款', '2025-03-25'],
    ['下个月5号前', '2025-04-05'],
    ['3月31日前', '2025-03-31'],
    ['三月三十一日之前', '2025-03-31'],
    ['截止到4月1日', '2025-04-01'],
    ['本月底前', '2025-03-31'],
    ['月底前还清', '2025-03-31'],
    ['下月底前', '2025-04-30'],
    ['三天内有效', '2025-03-13'],
    ['3日内', '2025-03-13'],
    ['7个工作日内', '2025-03-19'],
    ['一周内', '2025-03-17'],
    ['两个月内', '2025-05-10'],
    ['今天之内有效', '2025-03-10'],
    ['今天能还款的话', '2025-03-10'],
    ['明天前', '2025-03-11'],
    ['本周五前', '2025-03-14'],
    ['限本月内办理', '2025-03-31'],
    ['by March 31', '2025-03-31'],
    ['by March 31st, 2025', '2025-03-31'],
    ['before 31 March 2025', '2025-03-31'],
    ['by April 15, 2025', '2025-04-15'],
    ['valid until April 4', '2025-04-04'],
    ['within 14 days', '2025-03-24'],
    ['within two weeks', '2025-03-24'],
    ['within 10 business days', '2025-03-24'],
    ['in the next 5 days', '2025-03-15'],
    ['by the end of the month', '2025-03-31'],
    ['by end of next month', '2025-04-30'],
    ['by Friday', '2025-03-14'],
    ['by 30/04/2025', '2025-04-30'],
    ['by 04/30/2025', '2025-04-30'],
    ['if you pay the rest today', '2025-03-10'],
    ['by tomorrow', '2025-03-11'],
    ['by the 25th', '2025-03-25'],
    ['by the 5th', '2025-04-05'],
  ])('%s → %s', (text, date) => {
    expect(deadlines(text)).toEqual([date]);
  });

  it('resolves relative dates only with opts.now; absolute ones always', () => {
    for (const text of ['本月25日前', '三天内', '3月31日前', 'within 14 days', 'by March 31', 'by the end of the month', 'today']) {
      expect(deadlines(text, false)).toEqual([]);
    }
    expect(deadlines('请于2025年4月15日前还款', false)).toEqual(['2025-04-15']);
    expect(deadlines('by April 15, 2025', false)).toEqual(['2025-04-15']);
  });

  it.each(['首期还款日为4月8日', '还款日是每月5号', 'Your payment is due on the 15th', 'How can I help today?', '今天为您服务的是小王', '2025年2月30日前'])(
    '%s is not a deadline',
    (text) => {
      expect(deadlines(text)).toEqual([]);
    },
  );
});
