import { describe, expect, it } from 'vitest';
import { chatCurrency, currenciesNamedIn, planForChat, type ChatCurrency } from '../../lib/ui/chat-currency';
import type { Debt } from '../../lib/negotiate/types';

describe('currenciesNamedIn', () => {
  it.each([
    ['每月还款约 ¥1,597.01', { CNY: 1 }],
    ['每月还1600元左右', { CNY: 1 }],
    ['人民币 RMB 3万元', { CNY: 3 }],
    ['about $817 a month', { USD: 1 }],
    ['我欠了500美元', { USD: 1 }],
    ['HK$8,000 或 8000港元', { HKD: 2 }],
    ['£40 a month', { GBP: 1 }],
    ['€1.200', { EUR: 1 }],
    ['a plan at 9.9% APR', {}],
  ])('%s', (text, counts) => {
    expect(currenciesNamedIn(text)).toEqual(counts);
  });
});

describe('chatCurrency: the chat first, then the bank, then the Plan', () => {
  const cases: { name: string; bankTexts: string[]; region?: 'CN' | 'US' | 'UK' | 'TEST'; plan?: 'USD' | 'CNY' | 'GBP'; want: ChatCurrency }[] = [
    { name: 'a Chinese bank quoting ¥ in an English browser', bankTexts: ['分24期，每月还款约 ¥1,597.01'], region: 'CN', plan: 'USD', want: { currency: 'CNY', source: 'chat' } },
    { name: 'the demo bank (no country) quoting ¥', bankTexts: ['Hello', 'about ¥1,597.01 a month'], region: 'TEST', plan: 'USD', want: { currency: 'CNY', source: 'chat' } },
    { name: 'nothing named: the bank’s country', bankTexts: ['分24期，每期手续费0.75%'], region: 'CN', plan: 'USD', want: { currency: 'CNY', source: 'bank' } },
    { name: 'a UK bank', bankTexts: ['We can freeze interest'], region: 'UK', plan: 'USD', want: { currency: 'GBP', source: 'bank' } },
    { name: 'nothing known: the Plan', bankTexts: ['Hello'], region: 'TEST', plan: 'GBP', want: { currency: 'GBP', source: 'plan' } },
    { name: 'nothing at all', bankTexts: [], want: { currency: 'CNY', source: 'default' } },
    { name: 'the most named wins', bankTexts: ['¥100', '$5 fee', '¥200'], want: { currency: 'CNY', source: 'chat' } },
    { name: 'a tie goes to the latest', bankTexts: ['¥100', '$5'], want: { currency: 'USD', source: 'chat' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(chatCurrency({ bankTexts: c.bankTexts, region: c.region, planCurrency: c.plan })).toEqual(c.want);
    });
  }
});

describe('planForChat: never mixes currencies silently', () => {
  const debt: Debt = { currency: 'USD', principal: 100, interest: 0, fees: 0, penalties: 0, market: 'US' };
  const profile = { debt, budget: { monthlyIncome: 1, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 } };
  const cny: ChatCurrency = { currency: 'CNY', source: 'chat' };
  it('same currency: the Plan as it is, no question', () => {
    expect(planForChat(profile, { currency: 'USD', source: 'bank' }, undefined)).toEqual({ profile, ask: undefined });
  });
  it('different and unanswered: asks, and leaves the figures out meanwhile', () => {
    expect(planForChat(profile, cny, undefined)).toEqual({ profile: undefined, ask: { plan: 'USD', chat: 'CNY' } });
  });
  it('answered "my figures are in the chat’s currency": read in it', () => {
    expect(planForChat(profile, cny, 'chat').profile?.debt).toEqual({ ...debt, currency: 'CNY', market: 'CN' });
  });
  it('answered "they are in the Plan’s currency": left out, no question', () => {
    expect(planForChat(profile, cny, 'plan')).toEqual({ profile: undefined, ask: undefined });
  });
  it('no Plan, or the chat only knew the Plan’s currency: nothing to ask', () => {
    expect(planForChat(undefined, cny, undefined).ask).toBeUndefined();
    expect(planForChat(profile, { currency: 'USD', source: 'plan' }, undefined).ask).toBeUndefined();
  });
});
