import { describe, expect, it } from 'vitest';
import { agentFigureText, approximateMoney, monthlyFigureText } from '../../lib/negotiate/plan-figure';

describe('monthlyFigureText names the figure as what it is', () => {
  const cases = [
    { bills: { first: 106296, regular: 106264 }, zh: '首月¥1,062.96，之后每月¥1,062.64', en: 'first month ¥1,062.96, then ¥1,062.64', sentence: '¥1,062.96 the first month and ¥1,062.64 after that' },
    { bills: { first: 81714, regular: 81714 }, zh: '每月¥817.14', en: '¥817.14 a month', sentence: '¥817.14 a month' },
  ];
  for (const c of cases) {
    it(`${c.bills.first}/${c.bills.regular}`, () => {
      expect(monthlyFigureText(c.bills, 'CNY', 'zh')).toBe(c.zh);
      expect(monthlyFigureText(c.bills, 'CNY', 'en')).toBe(c.en);
      expect(monthlyFigureText(c.bills, 'CNY', 'en', 'sentence')).toBe(c.sentence);
    });
  }
});

describe('approximate figures have no cents', () => {
  it.each([
    [120000, '¥1,200'],
    [119950, '¥1,200'],
    [119949, '¥1,199'],
    [81714, '¥817'],
    [40, '¥0.40'],
  ])('%i → %s', (minor, text) => {
    expect(approximateMoney(minor, 'CNY', 'en')).toBe(text);
  });
});

describe('the agent’s figure as the agent said it', () => {
  it.each([
    [106265, true, 'zh', '约¥1,062.65'],
    [81700, true, 'en', 'about $817'],
    [81714, false, 'en', '$817.14'],
  ] as const)('%i approx=%s %s → %s', (minor, approx, lang, text) => {
    expect(agentFigureText(minor, approx, lang === 'zh' ? 'CNY' : 'USD', lang)).toBe(text);
  });
});
