import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/negotiate/parse/index';

function terms(text: string) {
  return extractMentions(text).flatMap((m) => (m.t === 'periods' ? [m.value] : []));
}
function durations(text: string) {
  return extractMentions(text).flatMap((m) => (m.t === 'defer' || m.t === 'count' ? [`${m.t}:${m.value}`] : []));
}

describe('terms', () => {
  it.each<[string, number[]]>([
    ['分24期', [24]],
    ['分成二十四期', [24]],
    ['分十二期', [12]],
    ['分两期', [2]],
    ['２４期', [24]],
    ['分12个月还', [12]],
    ['分3年还清', [36]],
    ['分5年', [60]],
    ['分一年半还清', [18]],
    ['36 months', [36]],
    ['a 24-month plan', [24]],
    ['over three years', [36]],
    ['for 5 years', [60]],
    ['12 monthly payments', [12]],
    ['twelve monthly payments', [12]],
    ['10 equal payments', [10]],
    ['24 instalments', [24]],
    ['6 months', [6]],
  ])('%s → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each<[string, number[]]>([
    ['12/24/36期可选', [12, 24, 36]],
    ['3、6、12、24期', [3, 6, 12, 24]],
    ['分12期或24期', [12, 24]],
    ['6, 12 or 24 months', [6, 12, 24]],
    ['12, 24, or 36 months', [12, 24, 36]],
    ['either 12 months at 0.5% or 24 at 0.7%', [12, 24]],
  ])('menu %s → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    '逾期已经3个月了',
    '您已逾期3个月',
    '第3期',
    '还剩5期未还',
    '3个月前',
    '62 days past due',
    'six consecutive on-time payments',
    '3 months ago',
    '可以分12-24期',
    '2023年',
    '近2年',
    'a $35 payment',
  ])('%s is not a term', (text) => {
    expect(terms(text)).toEqual([]);
  });
});

describe('deferrals and part counts', () => {
  it.each<[string, string[]]>([
    ['延期3个月', ['defer:3']],
    ['宽限30天', ['defer:1']],
    ['暂停还款两个月', ['defer:2']],
    ['延后两期还款', ['defer:2']],
    ['延期半年', []], // 半年 without a numeral is not read (limitation)
    ['defer payments for 90 days', ['defer:3']],
    ['defer your next two payments', ['defer:2']],
    ['skip one payment', ['defer:1']],
    ['you can skip a payment this month', ['defer:1']],
    ['a 3-month payment holiday', ['defer:3']],
    ['a forbearance of two months', ['defer:2']],
    ['postpone your due date by one month', ['defer:1']],
    ['a 60-day breathing space', ['defer:2']],
    ['分3次还清', ['count:3']],
    ['一次性结清', []],
  ])('%s → %j', (text, expected) => {
    expect(durations(text)).toEqual(expected);
  });
});
