import { describe, expect, it } from 'vitest';
import { counterOffers, describeOffer } from '../../lib/negotiate/index';
import type { Budget, Debt, Offer } from '../../lib/negotiate/types';
import { rungReply, type RungName } from '../../lib/ui/rung-reply';

// The demo bank's customer: ¥32,480 owed, ¥1,200 a month to spare.
const debt: Debt = { currency: 'CNY', principal: 2860000, interest: 286000, fees: 0, penalties: 102000, market: 'CN' };
const budget: Budget = { monthlyIncome: 800000, essentialSpending: 560000, otherDebtPayments: 120000, cashNow: 200000 };
const offers: Offer[] = [
  { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, currency: 'CNY' },
  { kind: 'installment', periods: 36, monthlyFeeRate: 0.006, waives: ['late-fee'], currency: 'CNY' },
  { kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal', currency: 'CNY' },
];
const NAMES: RungName[] = ['opening', 'target', 'walkAway'];

describe('rung replies read as a person would say them', () => {
  for (const offer of offers) {
    const ladder = counterOffers(offer, debt, budget);
    for (const name of NAMES) {
      for (const lang of ['zh', 'en'] as const) {
        it(`${offer.kind} ${offer.periods ?? ''} ${name} ${lang}`, () => {
          const rung = ladder[name];
          const text = rungReply(name, rung, 'CNY', lang);
          expect(text).not.toContain('·');
          expect(text).not.toMatch(/\d %/);
          expect(text).not.toMatch(/(about|约)\s*¥[\d,]+\.\d\d/);
          expect(text).not.toContain('您们');
          // Every figure the reply states is one the rung's card line states.
          const card = describeOffer(rung.offer, lang, rung.analysis.schedule);
          for (const figure of text.match(/¥[\d,]+\.\d\d/g) ?? []) expect(card).toContain(figure);
        });
      }
    }
  }

  it('the opening of a frozen-interest plan, word for word', () => {
    const ladder = counterOffers(offers[1]!, debt, budget);
    expect(rungReply('opening', ladder.opening, 'CNY', 'zh')).toMatch(/^结合我目前的收支，我想申请(停息挂账)?分\d+期，.*。这样我能稳定地按时还款。$/);
    expect(rungReply('opening', ladder.opening, 'CNY', 'en')).toMatch(/^Based on my income and expenses, I would like to ask for an? \d+-month .*plan.*\. That way I can pay reliably every month\.$/);
  });
});
