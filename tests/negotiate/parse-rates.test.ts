import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/negotiate/parse/index';
import type { RateBasis } from '../../lib/negotiate/parse/types';

type Found = { value: number; basis: RateBasis | 'ratio' };

function rates(text: string): Found[] {
  return extractMentions(text).flatMap((m): Found[] => (m.t === 'rate' ? [{ value: m.value, basis: m.basis }] : m.t === 'ratio' ? [{ value: m.value, basis: 'ratio' }] : []));
}

describe('rates and their basis', () => {
  it.each<[string, number, RateBasis]>([
    ['每期手续费0.6%', 0.006, 'monthly'],
    ['每期手续费率百分之零点六', 0.006, 'monthly'],
    ['手续费是千分之六每期', 0.006, 'monthly'],
    ['费率0.58%/期', 0.0058, 'monthly'],
    ['手续费0.7%每期', 0.007, 'monthly'],
    ['月手续费0.6%', 0.006, 'monthly'],
    ['每期手续费０．７５％', 0.0075, 'monthly'],
    ['分12期，费率0.6%', 0.006, 'monthly'], // bare, under 1.5 %: how Chinese banks quote 分期
    ['总手续费率为7.2%', 0.072, 'total'],
    ['手续费7.2%', 0.072, 'total'], // bare Chinese fee above 1.5 %
    ['年化利率18%', 0.18, 'annual'],
    ['年利率10%', 0.1, 'annual'],
    ['利率9%', 0.09, 'annual'],
    ['日息万五', 0.0005, 'daily'],
    ['日利率万3', 0.0003, 'daily'],
    ['日利率万分之五', 0.0005, 'daily'],
    ['日利率0.04%', 0.0004, 'daily'],
    ['日费率0.03%', 0.0003, 'daily'],
    ['9.9% APR', 0.099, 'annual'],
    ['an APR of 7.5%', 0.075, 'annual'],
    ['4.5% a year', 0.045, 'annual'],
    ['interest rate reduced to 5.9%', 0.059, 'annual'],
    ['at the same 8.5% rate', 0.085, 'annual'],
    ['a 0.75% monthly fee', 0.0075, 'monthly'],
    ['1% a month', 0.01, 'monthly'],
    ['a monthly fee of 0.6%', 0.006, 'monthly'],
    ['12 months at 0.5%', 0.005, 'monthly'],
    ['0.05% per day', 0.0005, 'daily'],
    ['0% APR', 0, 'annual'],
    ['10 percent a year', 0.1, 'annual'],
  ])('%s → %d %s', (text, value, basis) => {
    const found = rates(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBeCloseTo(value, 12);
    expect(found[0]!.basis).toBe(basis);
  });
});

describe('settlement ratios', () => {
  it.each([
    ['六折结清', 0.6],
    ['打五五折', 0.55],
    ['6.5折', 0.65],
    ['七五折', 0.75],
    ['本金的七成', 0.7],
    ['还欠款的六成', 0.6],
    ['欠款的一半', 0.5],
    ['欠款总额的三分之二', 2 / 3],
    ['按本金的百分之六十', 0.6],
    ['settle for 60%', 0.6],
    ['60% of the outstanding balance', 0.6],
    ['accept half of the balance', 0.5],
    ['减免30%', 0.7],
    ['knock 20% off', 0.8],
  ])('%s → %d', (text, value) => {
    const found = rates(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.basis).toBe('ratio');
    expect(found[0]!.value).toBeCloseTo(value, 12);
  });
});

describe('percentages that are neither', () => {
  it.each([
    '先还30%作为首付',
    '首付10%',
    '减免60%的利息',
    'waive 50% of the accrued interest',
    '罚息可以减免一半',
    '分期手续费低至0.3%',
    '手续费每期0.75%起',
    'rates as low as 1.9%',
    '一成不变',
    '成功办理',
  ])('%s → nothing', (text) => {
    expect(rates(text)).toEqual([]);
  });
});
