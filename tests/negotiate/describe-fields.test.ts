import { describe, expect, it } from 'vitest';
import { analyzeOffer } from '../../lib/negotiate/analyze';
import { describeOffer, describeOfferSentence } from '../../lib/negotiate/describe';
import { parseOffer } from '../../lib/negotiate/parse/index';
import type { Debt, Offer } from '../../lib/negotiate/types';

const NO_BUDGET = { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 };

describe('describeOffer names the parser’s newer fields', () => {
  const cases: { name: string; offer: Offer; zh: string; en: string }[] = [
    {
      name: 'a charge waived in half',
      offer: { kind: 'interest-frozen', periods: 10, monthlyFeeRate: 0, amount: 100000, waivesPart: [{ waiver: 'late-fee', share: 0.5 }] },
      zh: '停息挂账10期 · 无手续费 · 每月¥100.00 · 违约金减免一半',
      en: 'Interest frozen, 10 months · no fee · ¥100.00 a month · half the late fees waived',
    },
    {
      name: 'a charge waived in part',
      offer: { kind: 'interest-frozen', periods: 10, amount: 100000, waivesPart: [{ waiver: 'penalty', share: 0.3 }] },
      zh: '停息挂账10期 · 每月¥100.00 · 罚息减免30%',
      en: 'Interest frozen, 10 months · ¥100.00 a month · 30% of the penalty interest waived',
    },
    {
      name: 'a down payment given as a share',
      offer: { kind: 'installment', periods: 12, monthlyFeeRate: 0, amount: 120000, downPaymentRatio: 0.1 },
      zh: '12期 · 无手续费 · 每月¥100.00 · 首付10%',
      en: '12 months · no fee · ¥100.00 a month · 10% down',
    },
    {
      name: 'a plan after a deferral, one package',
      offer: { kind: 'installment', periods: 12, monthlyFeeRate: 0, amount: 120000, afterDeferral: 3 },
      zh: '先延期3个月，之后12期 · 无手续费 · 每月¥100.00',
      en: '3-month deferral, then 12 months · no fee · ¥100.00 a month',
    },
    {
      name: 'the agent’s approximate figure kept as said when nothing else gives the bill',
      offer: { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, monthlyPayment: 160000, approximate: ['monthlyPayment'] },
      zh: '24期 · 每期手续费0.75% · 每月约¥1,600',
      en: '24 months · 0.75%/month fee · about ¥1,600 a month',
    },
    {
      name: 'an approximate figure given with cents keeps them (the agent’s own words)',
      offer: { kind: 'installment', periods: 24, monthlyPayment: 106265, approximate: ['monthlyPayment'], currency: 'CNY' },
      zh: '24期 · 每月约¥1,062.65',
      en: '24 months · about ¥1,062.65 a month',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(describeOffer(c.offer, 'zh')).toBe(c.zh);
      expect(describeOffer(c.offer, 'en')).toBe(c.en);
    });
  }

  it('"延期3个月后分12期" parses to a deferral and a plan; the plan reads as one package', () => {
    const offers = parseOffer('可以先延期3个月，之后分12期还款，每期手续费0.5%', { currency: 'CNY' });
    const plan = offers.find((o) => o.kind !== 'deferral');
    expect(plan?.afterDeferral).toBe(3);
    expect(describeOffer(plan!, 'zh')).toMatch(/^先延期3个月，之后12期 · 每期手续费0\.50%/);
  });

  it('never writes a space before a percent sign', () => {
    const o: Offer = { kind: 'amortized', periods: 36, annualRate: 0.1643, amount: 1000000, currency: 'USD' };
    expect(describeOffer(o, 'en')).toContain('16.43% APR');
    expect(describeOffer(o, 'en')).not.toMatch(/\d %/);
  });
});

describe('describeOfferSentence: the plan as a person says it inside a reply', () => {
  const debt: Debt = { currency: 'CNY', principal: 3146000, interest: 0, fees: 0, penalties: 0, market: 'CN' };
  const cases: { name: string; offer: Offer; zh: string; en: string }[] = [
    {
      name: 'equal bills',
      offer: { kind: 'installment', periods: 24, monthlyFeeRate: 0.006, amount: 2400000 },
      zh: '分24期，每期手续费0.60%，每月¥1,144.00',
      en: 'a 24-month plan with a 0.60% monthly fee, paying ¥1,144.00 a month',
    },
    {
      name: 'interest frozen with the late fee waived',
      offer: { kind: 'interest-frozen', periods: 35, monthlyFeeRate: 0, amount: 2860000, waives: ['late-fee'] },
      zh: '停息挂账分35期，不收手续费，首月¥817.24，之后每月¥817.14，减免违约金',
      en: 'a 35-month interest-free plan with no fee, paying ¥817.24 the first month and ¥817.14 after that, with the late fees waived',
    },
    {
      name: 'a settlement',
      offer: { kind: 'settlement', settlementAmount: 2002000 },
      zh: '一次性结清¥20,020.00',
      en: 'settling the account for ¥20,020.00 in one payment',
    },
    {
      name: 'a settlement in parts',
      offer: { kind: 'settlement', settlementAmount: 100001, settlementInstallments: 3 },
      zh: '分3期结清¥1,000.01，每期约¥333',
      en: 'settling the account for ¥1,000.01 in 3 payments, of about ¥333 each',
    },
    {
      name: 'a plan after a deferral',
      offer: { kind: 'installment', periods: 12, monthlyFeeRate: 0, amount: 120000, afterDeferral: 3, downPayment: 20000 },
      zh: '先延期3个月，之后分12期，不收手续费，每月¥100.00，首付¥200.00',
      en: 'a 3-month deferral, then a 12-month plan with no fee, paying ¥100.00 a month, with ¥200.00 down',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      for (const lang of ['zh', 'en'] as const) {
        const text = describeOfferSentence(c.offer, lang);
        expect(text).toBe(c[lang]);
        expect(text).not.toContain('·');
      }
    });
  }

  it('uses the analysed schedule, so the reply and the card give the same two figures', () => {
    const a = analyzeOffer({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075 }, debt, NO_BUDGET);
    const card = describeOffer(a.offer, 'zh', a.schedule);
    const reply = describeOfferSentence(a.offer, 'zh', a.schedule);
    const figures = (s: string) => s.match(/¥[\d,]+\.\d\d/g);
    expect(figures(reply)).toEqual(figures(card));
  });
});
