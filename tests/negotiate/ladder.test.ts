import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OfferAnalysis } from '../../lib/negotiate/analyze';
import { describeOffer } from '../../lib/negotiate/describe';
import { counterOffers, type CounterOffers } from '../../lib/negotiate/ladder';
import { installmentPlan } from '../../lib/negotiate/schedules/installment';
import { interestFrozenPlan } from '../../lib/negotiate/schedules/interest-frozen';
import { settlementPlan } from '../../lib/negotiate/schedules/settlement';
import type { Budget, Debt, Offer, Waiver } from '../../lib/negotiate/types';
import { billsFit, cumulativeFits, spare, type Bill } from './helpers';

// ── Independent yardsticks ───────────────────────────────────────────────────────────────────────────────────────

const MAX_PERIODS = 60;
const MARGIN = 0.1;

function bills(a: OfferAnalysis): Bill[] {
  return a.schedule.payments;
}
function largestBill(a: OfferAnalysis): number {
  return Math.max(0, ...bills(a).filter((p) => p.period >= 1).map((p) => p.total));
}
function dueNow(a: OfferAnalysis): number {
  return bills(a).filter((p) => p.period === 0).reduce((s, p) => s + p.total, 0);
}
function paid(a: OfferAnalysis): number {
  return bills(a).reduce((s, p) => s + p.total, 0);
}
/** a is at least as good for the user as b: pays no more in total, no larger bill, no more now. */
function noWorse(a: OfferAnalysis, b: OfferAnalysis): boolean {
  return paid(a) <= paid(b) && largestBill(a) <= largestBill(b) && dueNow(a) <= dueNow(b);
}
function fitsWith(a: OfferAnalysis, cash: number, cap: number): boolean {
  return a.planKind === 'settlement' || a.planKind === 'deferral'
    ? cumulativeFits(bills(a), cash, cap)
    : billsFit(bills(a), cash, cap);
}
function lastPeriod(a: OfferAnalysis): number {
  return Math.max(0, ...bills(a).map((p) => p.period));
}

// ── Generators ───────────────────────────────────────────────────────────────────────────────────────────────────

const WAIVERS: Waiver[] = ['interest', 'penalty', 'late-fee', 'fee'];

const debtArb: fc.Arbitrary<Debt> = fc.record({
  currency: fc.constant('CNY' as const),
  principal: fc.integer({ min: 1000, max: 20_000_000 }),
  interest: fc.integer({ min: 0, max: 3_000_000 }),
  fees: fc.integer({ min: 0, max: 100_000 }),
  penalties: fc.integer({ min: 0, max: 2_000_000 }),
  market: fc.constantFrom('CN' as const, 'US' as const, 'UK' as const),
});

const budgetArb: fc.Arbitrary<Budget> = fc.record({
  monthlyIncome: fc.integer({ min: 0, max: 3_000_000 }),
  essentialSpending: fc.integer({ min: 0, max: 1_500_000 }),
  otherDebtPayments: fc.integer({ min: 0, max: 500_000 }),
  cashNow: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 })),
});

type AmountMode = 'none' | 'balance' | 'after-waivers';

interface OfferSeed {
  offer: Offer;
  amountMode: AmountMode;
  downPaymentShare: number;
}

const bp = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 10000);

const offerSeedArb: fc.Arbitrary<OfferSeed> = fc.record({
  offer: fc.oneof(
    fc.record({
      kind: fc.constant('installment' as const),
      periods: fc.integer({ min: 1, max: MAX_PERIODS }),
      monthlyFeeRate: bp(200),
      feeCollection: fc.constantFrom('per-period' as const, 'upfront' as const),
      waives: fc.subarray(WAIVERS),
    }),
    fc.record({
      kind: fc.constant('installment' as const),
      periods: fc.integer({ min: 1, max: MAX_PERIODS }),
      totalFeeRate: bp(3000),
      waives: fc.subarray(WAIVERS),
    }),
    fc.record({
      kind: fc.constant('interest-frozen' as const),
      periods: fc.integer({ min: 1, max: MAX_PERIODS }),
      monthlyFeeRate: bp(50),
      waives: fc.subarray(WAIVERS),
    }),
    fc.record({
      kind: fc.constant('amortized' as const),
      periods: fc.integer({ min: 1, max: MAX_PERIODS }),
      annualRate: bp(3600),
      waives: fc.subarray(WAIVERS),
    }),
    fc.record({
      kind: fc.constant('deferral' as const),
      periods: fc.integer({ min: 1, max: 6 }),
      waives: fc.subarray(WAIVERS),
    }),
    fc.record({
      kind: fc.constant('settlement' as const),
      settlementRatio: fc.integer({ min: 5, max: 100 }).map((n) => n / 100),
      settlementInstallments: fc.integer({ min: 1, max: 12 }),
      waives: fc.subarray(WAIVERS),
    }),
  ) as fc.Arbitrary<Offer>,
  amountMode: fc.constantFrom<AmountMode>('none', 'balance', 'after-waivers'),
  downPaymentShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 }).map((n) => n / 100)),
});

function waivedOf(debt: Debt, waives: readonly Waiver[]): number {
  return (
    (waives.includes('interest') ? debt.interest : 0) +
    (waives.includes('fee') ? debt.fees : 0) +
    (waives.includes('penalty') || waives.includes('late-fee') ? debt.penalties : 0)
  );
}

function buildOffer(debt: Debt, seed: OfferSeed): Offer {
  const offer: Offer = { ...seed.offer, waives: [...(seed.offer.waives ?? [])] };
  if (offer.kind === 'settlement') return offer;
  const balance = debt.principal + debt.interest + debt.fees + debt.penalties;
  const dp = Math.floor(debt.principal * seed.downPaymentShare);
  if (dp > 0) offer.downPayment = dp;
  if (seed.amountMode === 'balance') offer.amount = Math.max(0, balance - dp); // may still contain waived buckets
  if (seed.amountMode === 'after-waivers') offer.amount = Math.max(0, balance - waivedOf(debt, offer.waives ?? []) - dp);
  return offer;
}

const scenarioArb = fc.record({ debt: debtArb, budget: budgetArb, seed: offerSeedArb }).map(({ debt, budget, seed }) => {
  const offer = buildOffer(debt, seed);
  return { debt, budget, offer, ladder: counterOffers(offer, debt, budget) };
});

const RUNS = { numRuns: 400 };

const rungs = (c: CounterOffers) => [c.opening, c.target, c.walkAway];

// ── Properties ───────────────────────────────────────────────────────────────────────────────────────────────────

describe('counterOffers — properties over generated debts, budgets and offers', () => {
  it('no rung is worse for the user than the bank’s offer (total paid, largest bill, amount due now)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ladder }) => {
        expect(lastPeriod(ladder.bank)).toBeLessThanOrEqual(MAX_PERIODS);
        for (const r of rungs(ladder)) expect(noWorse(r.analysis, ladder.bank)).toBe(true);
      }),
      RUNS,
    );
  });

  it('opening ≥ target ≥ walk-away in user-friendliness', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ladder }) => {
        expect(noWorse(ladder.opening.analysis, ladder.target.analysis)).toBe(true);
        expect(noWorse(ladder.target.analysis, ladder.walkAway.analysis)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every rung respects the rules', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ladder }) => {
        const settlement = ladder.bank.planKind === 'settlement';
        const k0 = ladder.bank.offer.settlementInstallments ?? 1;
        for (const r of rungs(ladder)) {
          const a = r.analysis;
          expect(lastPeriod(a)).toBeLessThanOrEqual(MAX_PERIODS);
          for (const rate of [r.offer.monthlyFeeRate, r.offer.totalFeeRate, r.offer.annualRate]) {
            if (rate !== undefined) {
              expect(Number.isFinite(rate)).toBe(true);
              expect(rate).toBeGreaterThanOrEqual(0);
            }
          }
          expect(a === ladder.bank || !a.flags.some((f) => f.id === 'fee-on-waived' || f.id === 'over-60-periods')).toBe(true);
          if (settlement) {
            expect(r.offer.kind).toBe('settlement');
            expect(r.offer.settlementInstallments ?? 1).toBeLessThanOrEqual(Math.max(6, k0));
            const floor = Math.min(ladder.bank.totalPaid, 0.3 * ladder.bank.balance);
            expect(paid(a)).toBeGreaterThanOrEqual(Math.floor(floor));
          } else {
            expect(r.offer.kind).not.toBe('settlement');
          }
        }
      }),
      RUNS,
    );
  });

  it('the target fits affordable × (1 − margin) whenever any allowed plan can', () => {
    fc.assert(
      fc.property(scenarioArb, ({ debt, budget, ladder }) => {
        const cash = budget.cashNow;
        const capT = Math.floor(spare(budget) * (1 - MARGIN));
        const bank = ladder.bank;
        let reference: Bill[];
        if (bank.planKind === 'settlement') {
          // The most lenient allowed settlement: the floor ratio (30 %, or the bank's own if lower), most parts.
          const k = Math.max(6, bank.offer.settlementInstallments ?? 1);
          const amount = Math.min(bank.totalPaid, Math.ceil(Math.min(0.3, bank.totalPaid / bank.balance) * bank.balance - 1e-9));
          reference = settlementPlan({ balance: bank.balance, amount, installments: k }).payments;
          if (!cumulativeFits(reference, cash, capT)) return;
        } else {
          // The most lenient allowed plan: principal only, no fee, 60 months, same down payment.
          const dp = dueNow(bank);
          const amount = Math.max(0, Math.min(bank.offer.amount ?? 0, debt.principal - dp));
          reference = interestFrozenPlan({ principal: amount + dp, periods: MAX_PERIODS, downPayment: dp }).payments;
          if (!billsFit(reference, cash, capT)) return;
        }
        expect(fitsWith(ladder.target.analysis, cash, capT)).toBe(true);
        expect(ladder.targetWithinMargin).toBe(true);
      }),
      RUNS,
    );
  });

  it('the walk-away is affordable whenever any allowed plan is, and is the bank’s own offer when that is affordable', () => {
    fc.assert(
      fc.property(scenarioArb, ({ debt, budget, ladder }) => {
        const A = spare(budget);
        const cash = budget.cashNow;
        const bank = ladder.bank;
        const walk = ladder.walkAway.analysis;
        const clean = !bank.flags.some((f) => f.id === 'fee-on-waived' || f.id === 'waived-still-included');
        if (fitsWith(bank, cash, A) && clean) {
          expect([paid(walk), largestBill(walk), dueNow(walk)]).toEqual([paid(bank), largestBill(bank), dueNow(bank)]);
        }
        let reference: Bill[];
        if (bank.planKind === 'settlement') {
          const k = Math.max(6, bank.offer.settlementInstallments ?? 1);
          const amount = Math.min(bank.totalPaid, Math.ceil(Math.min(0.3, bank.totalPaid / bank.balance) * bank.balance - 1e-9));
          reference = settlementPlan({ balance: bank.balance, amount, installments: k }).payments;
          if (!cumulativeFits(reference, cash, A)) return;
        } else {
          const dp = dueNow(bank);
          const amount = Math.max(0, Math.min(bank.offer.amount ?? 0, debt.principal - dp));
          reference = interestFrozenPlan({ principal: amount + dp, periods: MAX_PERIODS, downPayment: dp }).payments;
          if (!billsFit(reference, cash, A)) return;
        }
        expect(fitsWith(walk, cash, A)).toBe(true);
        expect(ladder.walkAwayAffordable).toBe(true);
      }),
      RUNS,
    );
  });

  it('the walk-away is the WORST affordable terms: no costlier affordable plan that beats the bank is left out', () => {
    fc.assert(
      fc.property(scenarioArb, ({ budget, ladder }) => {
        const A = spare(budget);
        const cash = budget.cashNow;
        const bank = ladder.bank;
        const walk = ladder.walkAway.analysis;
        if (fitsWith(bank, cash, A) || !walk.affordable) return;
        if (bank.planKind === 'settlement') {
          const k = Math.max(6, bank.offer.settlementInstallments ?? 1);
          if (paid(walk) < bank.totalPaid) {
            // one fen more, even in the most parts allowed, no longer fits
            const more = settlementPlan({ balance: bank.balance, amount: paid(walk) + 1, installments: k });
            expect(cumulativeFits(more.payments, cash, A)).toBe(false);
          }
          return;
        }
        if (bank.plan.kind !== 'installment' || bank.plan.input.totalFeeRate !== undefined || dueNow(bank) > 0) return;
        const rate0 = bank.plan.input.monthlyFeeRate ?? 0;
        const amount = Math.max(0, Math.min(bank.offer.amount ?? 0, bank.balance - bank.waived));
        for (let n = 1; n <= MAX_PERIODS; n++) {
          for (const share of [0, 0.25, 0.5, 0.75, 1]) {
            const rate = Math.floor((rate0 * share) / 0.0001 + 1e-9) * 0.0001;
            const plan = installmentPlan({ principal: amount, periods: n, monthlyFeeRate: rate });
            const big = Math.max(...plan.payments.map((p) => p.total));
            if (billsFit(plan.payments, cash, A) && plan.totalPaid <= bank.totalPaid && big <= largestBill(bank)) {
              expect(plan.totalPaid).toBeLessThanOrEqual(paid(walk));
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('settlement walk-away: the bank’s sum in more parts if that fits, else the largest sum that fits', () => {
    const tight = fc
      .record({
        debt: debtArb,
        ratio: fc.integer({ min: 35, max: 100 }),
        parts: fc.integer({ min: 1, max: 12 }),
        spareShare: fc.integer({ min: 0, max: 30 }),
        cashShare: fc.integer({ min: 0, max: 60 }),
      })
      .map(({ debt, ratio, parts, spareShare, cashShare }) => {
        const balance = debt.principal + debt.interest + debt.fees + debt.penalties;
        const budget: Budget = {
          monthlyIncome: Math.floor((balance * spareShare) / 100),
          essentialSpending: 0,
          otherDebtPayments: 0,
          cashNow: Math.floor((balance * cashShare) / 100),
        };
        const offer: Offer = { kind: 'settlement', settlementRatio: ratio / 100, settlementInstallments: parts };
        return { budget, ladder: counterOffers(offer, debt, budget) };
      });
    let checked = 0;
    fc.assert(
      fc.property(tight, ({ budget, ladder }) => {
        const A = spare(budget);
        const bank = ladder.bank;
        const walk = ladder.walkAway.analysis;
        if (fitsWith(bank, budget.cashNow, A) || !walk.affordable) return;
        const k = Math.max(6, bank.offer.settlementInstallments ?? 1);
        expect(walk.offer.settlementInstallments ?? 1).toBeLessThanOrEqual(k);
        if (paid(walk) < bank.totalPaid) {
          checked++;
          const more = settlementPlan({ balance: bank.balance, amount: paid(walk) + 1, installments: k });
          expect(cumulativeFits(more.payments, budget.cashNow, A)).toBe(false);
        } else {
          // the bank's own sum: fewer parts than the walk-away would not have fitted
          const parts = walk.offer.settlementInstallments ?? 1;
          if (parts > (bank.offer.settlementInstallments ?? 1)) {
            const fewer = settlementPlan({ balance: bank.balance, amount: paid(walk), installments: parts - 1 });
            expect(cumulativeFits(fewer.payments, budget.cashNow, A)).toBe(false);
          }
        }
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(20);
  });

  it('alreadyGood only when the bank’s offer fits with the margin and is cheap; then it is the target', () => {
    fc.assert(
      fc.property(scenarioArb, ({ budget, ladder }) => {
        if (!ladder.alreadyGood) return;
        const bank = ladder.bank;
        expect(fitsWith(bank, budget.cashNow, Math.floor(spare(budget) * (1 - MARGIN)))).toBe(true);
        if (bank.planKind === 'settlement') expect(bank.totalPaid / bank.balance).toBeLessThanOrEqual(0.5);
        else expect(bank.apr ?? 0).toBeLessThanOrEqual(0.05);
        expect(ladder.target.analysis).toBe(bank);
        expect(ladder.walkAway.analysis).toBe(bank);
        expect(ladder.reasons.some((r) => /accepting it is reasonable/.test(r.en))).toBe(true);
      }),
      RUNS,
    );
  });

  it("no rung's reason restates its plan line; each says how it differs from the bank's offer", () => {
    fc.assert(
      fc.property(scenarioArb, ({ ladder }) => {
        for (const name of ['opening', 'target', 'walkAway'] as const) {
          const r = ladder[name];
          expect(r.reason.zh).not.toContain(describeOffer(r.offer, 'zh', r.analysis.schedule));
          expect(r.reason.en).not.toContain(describeOffer(r.offer, 'en', r.analysis.schedule));
          if (r.analysis !== ladder.bank) expect(r.reason.en).toMatch(/than the bank's offer|same total as the bank's offer/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every rung explains itself in Chinese and English, without promising outcomes', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ladder }) => {
        const texts = [...rungs(ladder).map((r) => r.reason), ...ladder.reasons];
        for (const t of texts) {
          expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(t.en).toMatch(/^[\x20-\x7e¥$£€—–·%]+$/u);
          expect(`${t.zh}${t.en}`).not.toMatch(/guarantee|保证|一定/i);
        }
      }),
      { numRuns: 150 },
    );
  });
});

// ── Worked examples ──────────────────────────────────────────────────────────────────────────────────────────────

const debt: Debt = { currency: 'CNY', principal: 5000000, interest: 300000, fees: 20000, penalties: 150000, market: 'CN' };
const budget: Budget = { monthlyIncome: 800000, essentialSpending: 450000, otherDebtPayments: 50000, cashNow: 200000 };
const A = 300000;

describe('counterOffers — worked examples', () => {
  it('an unaffordable 12 × 0.60 % 分期: counters stretch it, cut the fee, and ask for 停息挂账', () => {
    const c = counterOffers({ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt, budget);
    expect(c.bank.affordable).toBe(false);
    expect(c.alreadyGood).toBe(false);
    // walk-away: the bank's own total cost, spread thin enough to afford
    expect(c.walkAway.analysis.affordable).toBe(true);
    expect(c.walkAway.analysis.totalPaid).toBeLessThanOrEqual(c.bank.totalPaid);
    expect(c.walkAway.analysis.totalPaid).toBeGreaterThan(c.bank.totalPaid - 24 * 500); // within a fee step
    expect(c.walkAway.offer.kind).toBe('installment');
    // target: within 90 % of spare money, half the walk-away fee, penalties waived
    expect(largestBill(c.target.analysis)).toBeLessThanOrEqual(A * 0.9);
    expect(c.target.offer.monthlyFeeRate as number).toBeLessThanOrEqual((c.walkAway.offer.monthlyFeeRate as number) / 2 + 1e-12);
    expect(c.target.offer.waives).toEqual(expect.arrayContaining(['penalty', 'late-fee']));
    // opening: 停息挂账, no fee, principal only, within 70 %
    expect(c.opening.offer).toMatchObject({ kind: 'interest-frozen', monthlyFeeRate: 0, amount: debt.principal });
    expect(largestBill(c.opening.analysis)).toBeLessThanOrEqual(A * 0.7);
    expect(c.opening.analysis.totalCost).toBe(0);
    // Reasons say what differs from the bank's offer, not the plan again.
    expect(c.opening.reason.zh).toMatch(/^比银行方案少付¥[\d,.]+/);
    expect(c.opening.reason.zh).not.toContain('停息挂账');
    expect(c.walkAway.reason.en).toMatch(/a month.*the least you can accept within your budget/);
  });

  it('a cheap offer within budget is already good, and it says so', () => {
    const offer: Offer = { kind: 'interest-frozen', periods: 60, monthlyFeeRate: 0, waives: ['penalty', 'interest'] };
    const c = counterOffers(offer, debt, budget);
    expect(c.alreadyGood).toBe(true);
    expect(c.target.analysis).toBe(c.bank);
    expect(c.walkAway.analysis).toBe(c.bank);
    expect(c.reasons[0]?.zh).toContain('接受是合理的选择');
    expect(c.target.reason.en).toMatch(/already works/);
    expect(c.target.reason.zh).toBe('银行的方案已经合适，不必再让步');
  });

  it('an affordable but expensive offer is the walk-away, not already good', () => {
    const rich: Budget = { ...budget, monthlyIncome: 3000000 };
    const c = counterOffers({ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt, rich);
    expect(c.bank.affordable).toBe(true);
    expect(c.alreadyGood).toBe(false);
    expect(c.walkAway.analysis).toBe(c.bank);
    expect(c.target.analysis.totalCost).toBeLessThan(c.bank.totalCost);
  });

  it('a fee charged on waived amounts is corrected even in the walk-away', () => {
    const balance = 5470000;
    const c = counterOffers({ kind: 'installment', periods: 60, monthlyFeeRate: 0.003, amount: balance, waives: ['penalty'] }, debt, budget);
    expect(c.bank.flags.map((f) => f.id)).toContain('fee-on-waived');
    expect(c.walkAway.offer.amount).toBe(balance - debt.penalties);
    expect(c.walkAway.analysis.flags.map((f) => f.id)).not.toContain('fee-on-waived');
  });

  it('nothing affordable: the ladder says so and offers the most lenient plan', () => {
    const broke: Budget = { monthlyIncome: 400000, essentialSpending: 390000, otherDebtPayments: 0, cashNow: 0 };
    const c = counterOffers({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075 }, debt, broke);
    expect(c.walkAwayAffordable).toBe(false);
    expect(c.targetWithinMargin).toBe(false);
    expect(c.walkAway.offer).toMatchObject({ periods: 60, monthlyFeeRate: 0, amount: debt.principal });
    expect(c.reasons.some((r) => r.en.startsWith('No plan within the rules fits'))).toBe(true);
  });

  it('a bank plan beyond 60 periods: counters stay within 60 and the ladder notes it', () => {
    const c = counterOffers({ kind: 'interest-frozen', periods: 84 }, debt, budget);
    for (const r of rungs(c)) expect(lastPeriod(r.analysis)).toBeLessThanOrEqual(60);
    expect(c.reasons.some((r) => r.zh.includes('超过60期'))).toBe(true);
  });

  it('settlements get settlement counters: lower ratio and/or more parts', () => {
    const c = counterOffers({ kind: 'settlement', settlementRatio: 0.7 }, debt, budget);
    for (const r of rungs(c)) expect(r.offer.kind).toBe('settlement');
    expect(c.target.offer.settlementRatio as number).toBeLessThan(0.7);
    expect(c.opening.offer.settlementRatio as number).toBeLessThanOrEqual(c.target.offer.settlementRatio as number);
    expect(c.opening.offer.settlementRatio as number).toBeGreaterThanOrEqual(0.3 - 1e-9);
    expect(c.walkAway.offer.settlementInstallments as number).toBeGreaterThan(1);
    expect(c.walkAway.analysis.affordable).toBe(true);
  });

  it('an affordable settlement keeps the bank’s sum as the walk-away and asks for less', () => {
    const c = counterOffers({ kind: 'settlement', settlementAmount: 400000 }, debt, budget);
    expect(c.walkAway.analysis).toBe(c.bank);
    expect(c.alreadyGood).toBe(true); // 7 % of the balance, within cash + one month
  });

  it('a US hardship plan: the opening is a 0 % APR plan of the same kind', () => {
    const us: Debt = { ...debt, currency: 'USD', market: 'US' };
    const c = counterOffers({ kind: 'amortized', periods: 36, annualRate: 0.099 }, us, budget);
    expect(c.opening.offer).toMatchObject({ kind: 'amortized', annualRate: 0 });
    expect(c.target.offer.annualRate as number).toBeLessThanOrEqual(0.0495 + 1e-12);
    expect(c.opening.reason.en).toContain('$');
  });

  it('a deferral is countered with a fee-free repayment plan', () => {
    const c = counterOffers({ kind: 'deferral', periods: 3 }, debt, budget);
    for (const r of rungs(c)) expect(r.offer.kind).toBe('interest-frozen');
    expect(c.walkAway.analysis.affordable).toBe(true);
  });

  it('rule overrides are honoured', () => {
    const c = counterOffers({ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt, budget, { maxPeriods: 36, margin: 0.2 });
    for (const r of rungs(c)) expect(lastPeriod(r.analysis)).toBeLessThanOrEqual(36);
    expect(largestBill(c.target.analysis)).toBeLessThanOrEqual(A * 0.8);
  });
});
