import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { counterOffers } from '../../lib/negotiate/ladder';
import { analyzeOffer, daysUntil, type FlagId, type OfferAnalysis } from '../../lib/negotiate/analyze';
import { doNothingCost } from '../../lib/negotiate/do-nothing';
import type { Budget, Debt, Offer } from '../../lib/negotiate/types';
import { flatFeeApr } from './helpers';

const debt: Debt = { currency: 'CNY', principal: 5000000, interest: 300000, fees: 20000, penalties: 150000, market: 'CN' };
const BALANCE = 5470000;
const budget: Budget = { monthlyIncome: 800000, essentialSpending: 450000, otherDebtPayments: 50000, cashNow: 200000 };
const SPARE = 300000;

const ids = (a: OfferAnalysis): FlagId[] => a.flags.map((f) => f.id);
const flag = (a: OfferAnalysis, id: FlagId) => a.flags.find((f) => f.id === id);

describe('analyzeOffer — filling the offer from the debt', () => {
  it('amount defaults to the whole balance; totalCost is measured over the debt’s principal', () => {
    const a = analyzeOffer({ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt, budget);
    expect(a.offer.amount).toBe(BALANCE);
    expect(a.assumed).toContain('amount');
    expect(a.balance).toBe(BALANCE);
    const fee = Math.round(BALANCE * 0.006);
    expect(a.totalPaid).toBe(BALANCE + 12 * fee);
    expect(a.totalCost).toBe(BALANCE + 12 * fee - debt.principal);
    expect(a.saving).toBe(-12 * fee);
    expect(a.maxMonthlyPayment).toBe(BALANCE - 11 * Math.floor(BALANCE / 12) + fee);
    expect(a.affordableMonthly).toBe(SPARE);
    expect(a.monthlyVsBudget).toBeCloseTo(a.maxMonthlyPayment / SPARE, 12);
    expect(a.monthlyHeadroom).toBe(SPARE - a.maxMonthlyPayment);
    expect(Math.abs((a.apr as number) - flatFeeApr(12, 0.006))).toBeLessThan(0.0001);
    expect(a.simpleAnnualRate).toBeCloseTo(0.072, 12);
  });

  it('waived buckets come off the amount (penalty or late-fee waives the combined penalties bucket)', () => {
    const a = analyzeOffer({ kind: 'interest-frozen', periods: 60, waives: ['interest', 'penalty'] }, debt, budget);
    expect(a.offer.amount).toBe(debt.principal + debt.fees);
    expect(a.waived).toBe(debt.interest + debt.penalties);
    const b = analyzeOffer({ kind: 'interest-frozen', periods: 60, waives: ['late-fee'] }, debt, budget);
    expect(b.offer.amount).toBe(BALANCE - debt.penalties);
    const c = analyzeOffer({ kind: 'interest-frozen', periods: 60, waives: ['interest', 'penalty', 'fee'] }, debt, budget);
    expect(c.offer.amount).toBe(debt.principal);
    expect(c.totalCost).toBe(0);
  });

  it('the down payment is paid now and comes off the default amount', () => {
    const a = analyzeOffer({ kind: 'interest-frozen', periods: 60, downPayment: 470000 }, debt, budget);
    expect(a.offer.amount).toBe(5000000);
    expect(a.upfrontPayment).toBe(470000);
    expect(a.totalPaid).toBe(BALANCE);
    expect(ids(a)).toContain('above-budget'); // 470000 down > 200000 cash
    expect(flag(a, 'above-budget')?.message.en).toMatch(/down payment/);
  });

  it('settlement: ratio of the balance, or the balance left after waivers', () => {
    const a = analyzeOffer({ kind: 'settlement', settlementRatio: 0.5 }, debt, budget);
    expect(a.offer.settlementAmount).toBe(BALANCE / 2);
    expect(a.saving).toBe(BALANCE / 2);
    expect(a.apr).toBeNull();
    expect(a.simpleAnnualRate).toBeNull();
    const b = analyzeOffer({ kind: 'settlement', waives: ['interest', 'penalty', 'fee'] }, debt, budget);
    expect(b.totalPaid).toBe(debt.principal);
    expect(b.assumed).toContain('settlementAmount');
    const c = analyzeOffer({ kind: 'settlement', settlementAmount: 3000000, settlementRatio: 0.9 }, debt, budget);
    expect(c.totalPaid).toBe(3000000);
  });

  it('settlement: a share of the principal (本金的七成) is taken of the principal alone, not of everything owed', () => {
    const a = analyzeOffer({ kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal' }, debt, budget);
    expect(a.offer.settlementAmount).toBe(debt.principal * 0.7);
    expect(a.offer.settlementAmount).toBeLessThan(BALANCE * 0.7);
    expect(a.offer).toMatchObject({ settlementRatio: 0.7, settlementBase: 'principal' });
    expect(a.saving).toBe(BALANCE - debt.principal * 0.7);
    // A stated amount wins; the base stays with the stated ratio it explains.
    const b = analyzeOffer({ kind: 'settlement', settlementRatio: 0.85, settlementBase: 'principal', settlementAmount: 4200000 }, debt, budget);
    expect(b.totalPaid).toBe(4200000);
    expect(b.offer.settlementBase).toBe('principal');
  });

  it('derives a fee rate from a stated monthly payment, or from a stated IRR annual rate', () => {
    const d: Debt = { ...debt, interest: 0, fees: 0, penalties: 0, principal: 1200000 };
    const a = analyzeOffer({ kind: 'installment', periods: 12, monthlyPayment: 107200 }, d, budget);
    expect(a.offer.monthlyFeeRate).toBeCloseTo(0.006, 9);
    expect(a.derived).toContain('monthlyFeeRate');
    const b = analyzeOffer({ kind: 'installment', periods: 12, annualRate: flatFeeApr(12, 0.006) }, d, budget);
    expect(b.offer.monthlyFeeRate as number).toBeCloseTo(0.006, 5);
    const c = analyzeOffer({ kind: 'installment', monthlyPayment: 100000 }, d, budget);
    expect(c.offer.periods).toBe(12);
    expect(c.assumed).toContain('monthlyFeeRate');
  });

  it('a daily-rate "instalment" is a loan on the reducing balance: analysed as amortised at daily × 360', () => {
    const a = analyzeOffer({ kind: 'installment', periods: 12, dailyRate: 0.0003 }, debt, budget);
    expect(a.planKind).toBe('amortized');
    expect(a.offer.kind).toBe('amortized');
    expect(Math.abs((a.apr as number) - 0.108)).toBeLessThan(0.0001);
  });

  it('amortised: rate or term derived from a stated monthly payment', () => {
    const d: Debt = { ...debt, interest: 0, fees: 0, penalties: 0, principal: 1000000 };
    // 36 × 32267 repays ¥10,000 at 12 % a year (1 % a month): pmt = 33214.31 at 1 %; use that figure
    const a = analyzeOffer({ kind: 'amortized', periods: 36, monthlyPayment: 33214 }, d, budget);
    expect(a.offer.annualRate as number).toBeCloseTo(0.12, 3);
    const b = analyzeOffer({ kind: 'amortized', annualRate: 0.12, monthlyPayment: 33214 }, d, budget);
    expect(b.offer.periods).toBe(37); // 36.0003… periods round up
    expect(b.derived).toContain('periods');
  });

  it('deferral: interest keeps running at the card rate unless waived; the balance then falls due', () => {
    const a = analyzeOffer({ kind: 'deferral', periods: 3 }, debt, budget);
    expect(a.offer.annualRate).toBeCloseTo(0.18, 12);
    expect(a.assumed).toContain('annualRate');
    expect(a.termMonths).toBe(4);
    expect(a.maxMonthlyPayment).toBeGreaterThan(BALANCE);
    expect(ids(a)).toContain('above-budget');
    const b = analyzeOffer({ kind: 'deferral', periods: 3, waives: ['interest'] }, debt, budget, { deferralRepayPeriods: 24 });
    expect(b.offer.annualRate).toBe(0);
    expect(b.termMonths).toBe(27);
    expect(b.totalPaid).toBe(BALANCE - debt.interest);
  });

  it('analysing the filled offer again gives the same schedule', () => {
    const offers: Offer[] = [
      { kind: 'installment', periods: 24, totalFeeRate: 0.18, feeCollection: 'upfront' },
      { kind: 'installment', periods: 12, dailyRate: 0.0004 },
      { kind: 'installment', periods: 12, annualRate: 0.13 },
      { kind: 'deferral', periods: 2 },
      { kind: 'settlement', settlementRatio: 0.4, settlementInstallments: 3 },
    ];
    for (const o of offers) {
      const a = analyzeOffer(o, debt, budget);
      expect(analyzeOffer(a.offer, debt, budget).schedule).toEqual(a.schedule);
    }
  });
});

describe('analyzeOffer — affordability', () => {
  it('instalment plans must fit month by month', () => {
    const ok = analyzeOffer({ kind: 'interest-frozen', periods: 60 }, debt, budget);
    expect(ok.affordable).toBe(true);
    expect(ids(ok)).not.toContain('above-budget');
    const bad = analyzeOffer({ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt, budget);
    expect(bad.affordable).toBe(false);
    expect(flag(bad, 'above-budget')?.severity).toBe('danger');
  });

  it('settlements may draw on cash now: cumulative paid ≤ cash + months × spare', () => {
    const d: Debt = { ...debt, principal: 1400000, interest: 0, fees: 0, penalties: 0 };
    const lump = analyzeOffer({ kind: 'settlement', settlementAmount: 1400000 }, d, budget);
    expect(lump.affordable).toBe(false); // 1.4M > 0.2M + 0.3M
    const three = analyzeOffer({ kind: 'settlement', settlementAmount: 1400000, settlementInstallments: 3 }, d, budget);
    expect(three.affordable).toBe(false); // by month 2: 933,334 > 800,000
    const five = analyzeOffer({ kind: 'settlement', settlementAmount: 1400000, settlementInstallments: 5 }, d, budget);
    expect(five.affordable).toBe(true);
    const cheapLump = analyzeOffer({ kind: 'settlement', settlementAmount: 500000 }, d, budget);
    expect(cheapLump.affordable).toBe(true);
  });

  it('with no spare money nothing with a bill is affordable', () => {
    const broke: Budget = { monthlyIncome: 100, essentialSpending: 200, otherDebtPayments: 0, cashNow: 0 };
    const a = analyzeOffer({ kind: 'interest-frozen', periods: 60 }, debt, broke);
    expect(a.affordable).toBe(false);
    expect(a.monthlyVsBudget).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('analyzeOffer — flags', () => {
  it('over-60-periods (个性化分期 ≤ 5 years)', () => {
    expect(ids(analyzeOffer({ kind: 'interest-frozen', periods: 72 }, debt, budget))).toContain('over-60-periods');
    expect(ids(analyzeOffer({ kind: 'interest-frozen', periods: 60 }, debt, budget))).not.toContain('over-60-periods');
    expect(ids(analyzeOffer({ kind: 'interest-frozen', periods: 72 }, debt, budget, { rules: { maxPeriods: 84 } }))).not.toContain('over-60-periods');
  });

  it('fee-upfront', () => {
    const a = analyzeOffer({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, feeCollection: 'upfront' }, debt, budget);
    expect(flag(a, 'fee-upfront')?.severity).toBe('warning');
    expect(ids(analyzeOffer({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075 }, debt, budget))).not.toContain('fee-upfront');
    expect(ids(analyzeOffer({ kind: 'installment', periods: 24, monthlyFeeRate: 0, feeCollection: 'upfront' }, debt, budget))).not.toContain('fee-upfront');
  });

  it('fee-on-waived: a fee charged on an amount that still contains what the bank waived', () => {
    const onWaived = analyzeOffer(
      { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: BALANCE, waives: ['penalty', 'late-fee'] },
      debt,
      budget,
    );
    expect(flag(onWaived, 'fee-on-waived')?.severity).toBe('danger');
    expect(flag(onWaived, 'fee-on-waived')?.message.zh).toContain('¥1,500.00');
    const clean = analyzeOffer(
      { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: BALANCE - debt.penalties, waives: ['penalty'] },
      debt,
      budget,
    );
    expect(ids(clean)).not.toContain('fee-on-waived');
    const noFee = analyzeOffer({ kind: 'interest-frozen', periods: 60, amount: BALANCE, waives: ['interest'] }, debt, budget);
    expect(ids(noFee)).toEqual(expect.arrayContaining(['waived-still-included']));
    expect(ids(noFee)).not.toContain('fee-on-waived');
  });

  it('short-deadline needs opts.now, and says when it has passed', () => {
    const o: Offer = { kind: 'settlement', settlementRatio: 0.5, deadline: '2025-03-05' };
    expect(daysUntil('2025-03-05', '2025-03-01')).toBe(4);
    expect(daysUntil('2025-03-05', new Date(2025, 2, 1, 23, 59))).toBe(4);
    expect(flag(analyzeOffer(o, debt, budget, { now: '2025-03-01' }), 'short-deadline')?.message.en).toMatch(/4 days/);
    expect(ids(analyzeOffer(o, debt, budget, { now: '2025-02-20' }))).not.toContain('short-deadline');
    expect(ids(analyzeOffer(o, debt, budget))).not.toContain('short-deadline');
    expect(flag(analyzeOffer(o, debt, budget, { now: '2025-03-09' }), 'short-deadline')?.message.en).toMatch(/passed/);
    expect(ids(analyzeOffer(o, debt, budget, { now: '2025-03-01', rules: { shortDeadlineDays: 3 } }))).not.toContain('short-deadline');
  });

  it('costlier-than-nothing compares cost over principal with paying nothing over the same months', () => {
    const steep = analyzeOffer({ kind: 'installment', periods: 3, monthlyFeeRate: 0.03 }, debt, budget);
    const baseline = doNothingCost(debt, 3).costOverPrincipal;
    expect(steep.doNothingCost).toBe(baseline);
    expect(steep.totalCost).toBeGreaterThan(baseline);
    expect(flag(steep, 'costlier-than-nothing')?.severity).toBe('danger');
    const usual = analyzeOffer({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075 }, debt, budget);
    expect(usual.totalCost).toBeLessThan(usual.doNothingCost);
    expect(ids(usual)).not.toContain('costlier-than-nothing');
  });

  it('apr-understated shows the IRR rate next to fee × 12', () => {
    const a = analyzeOffer({ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt, budget);
    expect(flag(a, 'apr-understated')?.message.zh).toMatch(/13\.0\d%.*7\.20%/);
    expect(ids(analyzeOffer({ kind: 'amortized', periods: 12, annualRate: 0.1 }, debt, budget))).not.toContain('apr-understated');
  });

  it('assumed-terms names what the agent left out', () => {
    const a = analyzeOffer({ kind: 'installment', periods: 24 }, debt, budget);
    expect(flag(a, 'assumed-terms')?.severity).toBe('info');
    expect(flag(a, 'assumed-terms')?.message.zh).toContain('手续费率');
    expect(ids(analyzeOffer({ kind: 'installment', periods: 24, monthlyFeeRate: 0.005 }, debt, budget))).not.toContain('assumed-terms');
  });

  it('currency-mismatch', () => {
    expect(ids(analyzeOffer({ kind: 'interest-frozen', periods: 60, currency: 'USD' }, debt, budget))).toContain('currency-mismatch');
    expect(ids(analyzeOffer({ kind: 'interest-frozen', periods: 60, currency: 'CNY' }, debt, budget))).not.toContain('currency-mismatch');
  });

  it('a clean, affordable, fee-free plan raises nothing', () => {
    const a = analyzeOffer({ kind: 'interest-frozen', periods: 60, monthlyFeeRate: 0, waives: ['interest', 'penalty', 'fee'] }, debt, budget);
    expect(a.flags).toEqual([]);
  });

  it('no message promises an outcome', () => {
    const offers: Offer[] = [
      { kind: 'installment', periods: 72, monthlyFeeRate: 0.03, feeCollection: 'upfront', amount: BALANCE, waives: ['penalty'], currency: 'USD', deadline: '2025-01-02' },
      { kind: 'settlement', deadline: '2025-01-02' },
    ];
    for (const o of offers) {
      const a = analyzeOffer(o, debt, { ...budget, monthlyIncome: 0 }, { now: '2025-01-01' });
      expect(a.flags.length).toBeGreaterThan(1);
      for (const f of a.flags) {
        expect(f.message.zh.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
        expect(`${f.message.zh} ${f.message.en}`).not.toMatch(/guarantee|保证|确保|一定能/i);
      }
    }
  });
});

describe('analyzeOffer — robustness to half-parsed offers', () => {
  it('never throws on odd combinations of fields, and always returns integer money', () => {
    const odd = fc.oneof(fc.constant(undefined), fc.double(), fc.integer({ min: -1000, max: 100_000_000 }));
    const rateish = fc.oneof(fc.constant(undefined), fc.double({ min: -1, max: 2 }), fc.constant(Number.NaN));
    const offerArb = fc.record(
      {
        kind: fc.constantFrom('installment', 'amortized', 'interest-frozen', 'settlement', 'deferral') as fc.Arbitrary<Offer['kind']>,
        periods: odd,
        monthlyFeeRate: rateish,
        totalFeeRate: rateish,
        annualRate: rateish,
        dailyRate: rateish,
        amount: odd,
        settlementAmount: odd,
        settlementRatio: rateish,
        downPayment: odd,
        monthlyPayment: odd,
        settlementInstallments: odd,
        feeCollection: fc.constantFrom('per-period', 'upfront') as fc.Arbitrary<'per-period' | 'upfront'>,
        deadline: fc.constantFrom('2025-01-10', 'not a date', '2024-12-01'),
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(offerArb, (raw) => {
        const offer = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as unknown as Offer;
        const a = analyzeOffer(offer, debt, budget, { now: '2025-01-01' });
        expect(Number.isSafeInteger(a.totalPaid)).toBe(true);
        expect(Number.isSafeInteger(a.maxMonthlyPayment)).toBe(true);
        const c = counterOffers(offer, debt, budget);
        expect(Number.isSafeInteger(c.target.analysis.totalPaid)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
