import { describe, expect, it } from 'vitest';
import { analyzeOffer } from '../../lib/negotiate/analyze';
import { describeOffer } from '../../lib/negotiate/describe';
import type { Debt, Offer } from '../../lib/negotiate/types';

describe('describeOffer', () => {
  it('instalment plan, both languages (¥24,000 over 24 months at 0.60 %: ¥1,000 + ¥144 a month)', () => {
    const o = { kind: 'installment', periods: 24, monthlyFeeRate: 0.006, amount: 2400000 } as const;
    expect(describeOffer(o, 'zh')).toBe('24期 · 每期手续费0.60% · 每月¥1,144.00');
    expect(describeOffer(o, 'en')).toBe('24 months · 0.60%/month fee · ¥1,144.00 a month');
  });

  it('uses a stated monthly payment when the amount is unknown', () => {
    const o = { kind: 'installment', periods: 24, monthlyFeeRate: 0.006, monthlyPayment: 123456 } as const;
    expect(describeOffer(o, 'zh')).toBe('24期 · 每期手续费0.60% · 每月¥1,234.56');
    expect(describeOffer(o, 'en')).toBe('24 months · 0.60%/month fee · ¥1,234.56 a month');
  });

  it('shows a first bill that differs noticeably (fee collected up front)', () => {
    const o = { kind: 'installment', periods: 12, monthlyFeeRate: 0.006, amount: 1200000, feeCollection: 'upfront' } as const;
    expect(describeOffer(o, 'zh')).toBe('12期 · 每期手续费0.60%（首期一次性收取） · 首月¥1,864.00，之后每月¥1,000.00');
    expect(describeOffer(o, 'en')).toBe('12 months · 0.60%/month fee (all charged in month 1) · first month ¥1,864.00, then ¥1,000.00');
  });

  it('names the principal when a settlement is a share of it', () => {
    expect(describeOffer({ kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal' }, 'zh')).toBe('一次性按本金的70%结清');
    expect(describeOffer({ kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal' }, 'en')).toBe('Settle for 70% of the principal in one payment');
    expect(describeOffer({ kind: 'settlement', settlementRatio: 0.7 }, 'zh')).toBe('一次性按余额的70%结清');
  });

  it('interest-frozen, amortised, deferral', () => {
    expect(describeOffer({ kind: 'interest-frozen', periods: 60, monthlyFeeRate: 0, amount: 6000000 }, 'zh')).toBe('停息挂账60期 · 无手续费 · 每月¥1,000.00');
    expect(describeOffer({ kind: 'interest-frozen', periods: 60, monthlyFeeRate: 0, amount: 6000000 }, 'en')).toBe('Interest frozen, 60 months · no fee · ¥1,000.00 a month');
    expect(describeOffer({ kind: 'amortized', periods: 12, annualRate: 0, amount: 120000, currency: 'USD' }, 'en')).toBe('12 months · 0.00% APR · $100.00 a month');
    expect(describeOffer({ kind: 'amortized', periods: 36, annualRate: 0.099, currency: 'USD' }, 'zh')).toBe('36期等额本息 · 年利率9.90%');
    expect(describeOffer({ kind: 'deferral', periods: 3, waives: ['interest'] }, 'zh')).toBe('延期3个月 · 期间不计息');
    expect(describeOffer({ kind: 'deferral', periods: 3, annualRate: 0.18 }, 'en')).toBe('3-month deferral · interest at 18.00% a year meanwhile');
  });

  it('settlements show amount and ratio, and parts', () => {
    const o = { kind: 'settlement', settlementAmount: 2735000, settlementRatio: 0.5 } as const;
    expect(describeOffer(o, 'zh')).toBe('一次性结清¥27,350.00（余额的50%）');
    expect(describeOffer(o, 'en')).toBe('Settle for ¥27,350.00 in one payment (50% of the balance)');
    const parts = { kind: 'settlement', settlementAmount: 100001, settlementInstallments: 3 } as const;
    expect(describeOffer(parts, 'zh')).toBe('分3期结清¥1,000.01 · 每期约¥333');
    expect(describeOffer({ kind: 'settlement', settlementRatio: 0.455 }, 'en')).toBe('Settle for 45.5% of the balance in one payment');
  });

  it('down payment, waivers and deadline', () => {
    const o: Offer = { kind: 'interest-frozen', periods: 10, amount: 100000, downPayment: 50000, waives: ['late-fee', 'penalty'], deadline: '2025-06-30' };
    expect(describeOffer(o, 'zh')).toBe('停息挂账10期 · 每月¥100.00 · 首付¥500.00 · 减免罚息、违约金 · 2025-06-30前');
    expect(describeOffer(o, 'en')).toBe('Interest frozen, 10 months · ¥100.00 a month · ¥500.00 down · penalty interest and late fees waived · by 2025-06-30');
  });

  it('takes the schedule from an analysis, so the monthly figure matches it', () => {
    const debt: Debt = { currency: 'CNY', principal: 5000000, interest: 300000, fees: 20000, penalties: 150000, market: 'CN' };
    const a = analyzeOffer({ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt, { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 });
    const [first, regular] = [a.schedule.payments[0]?.total ?? 0, a.schedule.payments[1]?.total ?? 0];
    const yuan = (m: number) => `¥${(m / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(first).not.toBe(regular);
    expect(describeOffer(a.offer, 'en', a.schedule)).toContain(`first month ${yuan(first)}, then ${yuan(regular)}`);
    expect(describeOffer(a.offer, 'zh', a.schedule)).toContain(`首月${yuan(first)}，之后每月${yuan(regular)}`);
  });
});
