import { describe, expect, it } from 'vitest';
import { analyzeOffer, parseOffer, resolveOffer } from '../../lib/negotiate/index';
import type { Budget, Debt, Offer } from '../../lib/negotiate/types';
import { bisectIrr } from './helpers';

const debt: Debt = { currency: 'CNY', principal: 2_000_000, interest: 200_000, fees: 0, penalties: 100_000, market: 'CN' };
const budget: Budget = { monthlyIncome: 900_000, essentialSpending: 500_000, otherDebtPayments: 0, cashNow: 500_000 };

describe('a deferral followed by a plan', () => {
  it.each([
    ['可以先延期3个月，之后再分12期，每期手续费0.6%。', 3, 12],
    ['可以先給您延期6個月後再分二十四期。', 6, 24],
    ['We can pause your payments for 2 months, and after that spread the balance over 36 months.', 2, 36],
  ])('%s → the deferral, then its plan', (text, defer, periods) => {
    const [d, p, ...rest] = parseOffer(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'deferral', periods: defer, leadsPlan: true });
    expect(p).toMatchObject({ periods, afterDeferral: defer });
    expect(d!.monthlyFeeRate).toBeUndefined();
  });

  it('a deferral with no plan after it leads nothing', () => {
    const [d] = parseOffer('考虑到您的情况，可以给您延期3个月。');
    expect(d).toEqual(expect.objectContaining({ kind: 'deferral', periods: 3 }));
    expect(d!.leadsPlan).toBeUndefined();
  });

  it('the plan starts when the deferral ends: same bills, later, so a lower IRR', () => {
    const plan: Offer = { kind: 'installment', periods: 12, monthlyFeeRate: 0.006 };
    const now = analyzeOffer(plan, debt, budget);
    const later = analyzeOffer({ ...plan, afterDeferral: 3 }, debt, budget);
    expect(later.startsAfterMonths).toBe(3);
    expect(now.startsAfterMonths).toBe(0);
    expect(later.totalPaid).toBe(now.totalPaid);
    expect(Math.min(...later.schedule.payments.filter((x) => x.total > 0).map((x) => x.period))).toBe(4);
    expect(later.termMonths).toBe(15);
    // Independent check of the delayed plan's IRR.
    const flows = new Array<number>(16).fill(0);
    flows[0] = later.schedule.principal;
    for (const x of later.schedule.payments) flows[x.period]! -= x.total;
    expect(later.apr!).toBeCloseTo(bisectIrr(flows) * 12, 6);
    expect(later.apr!).toBeLessThan(now.apr!);
  });

  it('the 60-period ceiling counts the plan, not the deferral before it', () => {
    const a = analyzeOffer({ kind: 'interest-frozen', periods: 60, afterDeferral: 3 }, debt, budget);
    expect(a.flags.map((f) => f.id)).not.toContain('over-60-periods');
  });
});

describe('a down payment given as a share', () => {
  it('is that share of what is owed after the waivers', () => {
    const r = resolveOffer({ kind: 'installment', periods: 24, downPaymentRatio: 0.1, waives: ['penalty'] }, debt);
    expect(r.offer.downPayment).toBe(220_000);
    expect(r.offer.amount).toBe(1_980_000);
    expect(r.derived).toContain('downPayment');
  });

  it('a stated amount wins over the share', () => {
    const r = resolveOffer({ kind: 'installment', periods: 24, downPayment: 50_000, downPaymentRatio: 0.1 }, debt);
    expect(r.offer.downPayment).toBe(50_000);
  });
});

describe('partial waivers', () => {
  it.each([
    ['违约金减免一半，剩下的分12期。', 'late-fee', 0.5],
    ['分12期，罚息减免50%。', 'penalty', 0.5],
    ['可以分12期，减免30%的利息。', 'interest', 0.3],
    ['We can do 12 months and waive half the late fees.', 'late-fee', 0.5],
    ['Twelve months, and 25% of the penalty interest will be refunded.', 'penalty', 0.25],
  ])('%s', (text, waiver, share) => {
    const [o] = parseOffer(text);
    expect(o?.waivesPart).toEqual([{ waiver, share }]);
    expect(o?.waives ?? []).not.toContain(waiver);
    expect(o?.settlementRatio).toBeUndefined();
  });

  it('take that share of the bucket off the amount', () => {
    const r = resolveOffer({ kind: 'installment', periods: 12, waivesPart: [{ waiver: 'late-fee', share: 0.5 }] }, debt);
    expect(r.waived).toBe(50_000);
    expect(r.offer.amount).toBe(2_250_000);
  });

  it('a bucket waived in full is not counted twice', () => {
    const r = resolveOffer({ kind: 'installment', periods: 12, waives: ['penalty'], waivesPart: [{ waiver: 'late-fee', share: 0.5 }] }, debt);
    expect(r.waived).toBe(100_000);
  });
});

describe("the agent's rounding beside Parley's figure", () => {
  const plan: Offer = { kind: 'installment', periods: 12, monthlyFeeRate: 0.006, amount: 1_200_000, currency: 'CNY' };
  const exact = analyzeOffer(plan, debt, budget).schedule.payments.find((x) => x.period === 2)!.total;

  it('约 a figure within rounding matches', () => {
    const a = analyzeOffer({ ...plan, monthlyPayment: exact + 1, approximate: ['monthlyPayment'] }, debt, budget);
    expect(a.agentFigures).toEqual([{ field: 'monthlyPayment', stated: exact + 1, computed: exact, approximate: true, matches: true }]);
  });

  it('a figure 5 % off does not', () => {
    const stated = Math.round(exact * 1.05);
    const a = analyzeOffer({ ...plan, monthlyPayment: stated, approximate: ['monthlyPayment'] }, debt, budget);
    expect(a.agentFigures[0]!.matches).toBe(false);
  });

  it('the parser marks 约 / about and leaves exact figures unmarked', () => {
    expect(parseOffer('分12期，每期手续费0.6%，每月约还1062.65元。')[0]?.approximate).toEqual(['monthlyPayment']);
    expect(parseOffer('12 months at 9.9% APR, about $350 a month.')[0]?.approximate).toEqual(['monthlyPayment']);
    expect(parseOffer('分12期，每期手续费0.6%，每月还1062.65元。')[0]?.approximate).toBeUndefined();
  });
});

describe('a share paid first, in the parser', () => {
  it.each([
    ['首付10%，剩余分24期。', 0.1],
    ['您先还欠款的20%，剩下的分12期。', 0.2],
    ['If you pay 15% of the balance now, we can spread the rest over 24 months.', 0.15],
  ])('%s', (text, share) => {
    const offers = parseOffer(text);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ kind: 'installment', downPaymentRatio: share });
  });

  it('without a plan for the rest it is no down payment', () => {
    expect(parseOffer('首付10%。').every((o) => o.downPaymentRatio === undefined)).toBe(true);
  });
});
