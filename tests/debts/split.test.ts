import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSplits, simulateSplit, splitDebt, type SplitDebt } from '../../lib/debts/split';
import { splitDifferenceText } from '../../lib/debts/split-text';
import { debt } from './helpers';

const START = 24_324;
const flat = (amount: number) => () => amount;

describe('the suggested split of the budget', () => {
  const costly: SplitDebt = { id: 'costly', balance: 600_000, monthlyRate: 0.03, floor: 10_000 };
  const small: SplitDebt = { id: 'small', balance: 120_000, monthlyRate: 0.005, floor: 2_000 };

  it('highest cost first: every floor, then the rest to the costliest debt', () => {
    const r = simulateSplit('highest-cost', { debts: [small, costly], available: flat(100_000), start: START });
    expect(r.order).toEqual(['costly', 'small']);
    expect(r.firstMonth).toEqual([
      { debtId: 'costly', amount: 98_000 },
      { debtId: 'small', amount: 2_000 },
    ]);
    expect(r.short).toBe(0);
  });

  it('smallest balance first: the smallest gets the rest and is done soonest', () => {
    const r = simulateSplit('smallest-balance', { debts: [costly, small], available: flat(100_000), start: START });
    expect(r.order).toEqual(['small', 'costly']);
    expect(r.firstMonth[0]).toEqual({ debtId: 'small', amount: 90_000 });
    expect(r.clearedAfter.small).toBe(2);
  });

  it('compares the two: highest cost first costs less here, and says by how much and in how many months', () => {
    const c = compareSplits({ debts: [costly, small], available: flat(100_000), start: START });
    expect(c.highestCost.months).toBeDefined();
    expect(c.costDifference).toBe(c.smallestBalance.totalCost - c.highestCost.totalCost);
    expect(c.costDifference).toBeGreaterThan(0);
    expect(c.monthsDifference).toBe(c.smallestBalance.months! - c.highestCost.months!);
  });

  it('says how far the budget falls short of every floor, and that nothing clears when interest outruns it', () => {
    const r = simulateSplit('highest-cost', { debts: [costly, small], available: flat(5_000), start: START, maxMonths: 120 });
    expect(r.short).toBeGreaterThan(0);
    expect(r.months).toBeUndefined();
  });

  it('uses what the agreed plans leave in each month', () => {
    const available = (m: number) => (m < START + 3 ? 20_000 : 100_000);
    const r = simulateSplit('highest-cost', { debts: [costly], available, start: START });
    expect(r.firstMonth).toEqual([{ debtId: 'costly', amount: 20_000 }]);
  });

  it('reads a stored debt: its balance, daily rates × 30 a month, and a floor of the balance over 60 periods', () => {
    const d = splitDebt(debt({ rate: { value: 0.0005, per: 'day' }, penaltyRate: { value: 0.18, per: 'year' } }));
    expect(d.balance).toBe(3_248_000);
    expect(d.monthlyRate).toBeCloseTo((0.0005 + 0.18 / 360) * 30, 12);
    expect(d.floor).toBe(Math.ceil(3_248_000 / 60));
  });

  const debtsArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      balance: fc.integer({ min: 0, max: 5_000_000 }),
      monthlyRate: fc.double({ min: 0, max: 0.05, noNaN: true }),
    }),
    { minLength: 1, maxLength: 5, selector: (d) => d.id },
  );

  it('never pays more than the budget in a month, never more than is owed, and clears every debt once it can', () => {
    fc.assert(
      fc.property(debtsArb, fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom('highest-cost' as const, 'smallest-balance' as const), (raw, budget, strategy) => {
        const debts = raw.map((d) => ({ ...d, floor: Math.ceil(d.balance / 60) }));
        const r = simulateSplit(strategy, { debts, available: flat(budget), start: START, maxMonths: 240 });
        expect(r.firstMonth.reduce((s, x) => s + x.amount, 0)).toBeLessThanOrEqual(budget);
        for (const x of r.firstMonth) expect(x.amount).toBeGreaterThanOrEqual(0);
        expect(r.totalCost).toBeGreaterThanOrEqual(0);
        if (r.months !== undefined) {
          expect(r.totalPaid).toBeLessThanOrEqual(budget * Math.max(1, r.months));
          for (const d of debts) expect(r.clearedAfter[d.id]).toBeLessThanOrEqual(r.months);
        }
      }),
    );
  });

  it('highest cost first never costs more than smallest balance first (beyond a fen a debt a month of rounding)', () => {
    fc.assert(
      fc.property(debtsArb, fc.integer({ min: 50_000, max: 2_000_000 }), (raw, budget) => {
        const debts = raw.map((d) => ({ ...d, floor: Math.ceil(d.balance / 60) }));
        const c = compareSplits({ debts, available: flat(budget), start: START, maxMonths: 240 });
        if (c.costDifference !== undefined) expect(c.costDifference).toBeGreaterThanOrEqual(-(c.highestCost.months! * debts.length));
      }),
    );
  });
});

describe('the split totals', () => {
  it('once every debt is cleared, the cost is exactly what was paid beyond the balances', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ balance: fc.integer({ min: 0, max: 2_000_000 }), monthlyRate: fc.double({ min: 0, max: 0.04, noNaN: true }) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 100_000, max: 1_000_000 }),
        (raw, budget) => {
          const debts = raw.map((d, i) => ({ ...d, id: `d${i}`, floor: Math.ceil(d.balance / 60) }));
          const r = simulateSplit('highest-cost', { debts, available: () => budget, start: 0, maxMonths: 240 });
          if (r.months !== undefined) expect(r.totalCost).toBe(r.totalPaid - debts.reduce((s, d) => s + d.balance, 0));
        },
      ),
    );
  });
});

describe('the difference in one sentence', () => {
  const base = { highestCost: {} as never, smallestBalance: {} as never };
  it.each([
    [27_000, 1, 'Highest cost first costs about ¥270.00 less than smallest balance first, and clears everything 1 month sooner.', '先还成本最高的，比先还余额最少的少花约¥270.00，早1个月还清。'],
    [27_000, 0, 'Highest cost first costs about ¥270.00 less than smallest balance first, and clears everything in the same time.', '先还成本最高的，比先还余额最少的少花约¥270.00，用时相同。'],
    [0, 0, 'Both orders cost the same and take as long.', '两种顺序的总成本和用时相同。'],
    [-500, -2, 'Here smallest balance first costs about ¥5.00 less; highest cost first clears everything 2 months later.', '这里先还余额最少的反而少花约¥5.00，先还成本最高的晚2个月还清。'],
  ])('cost %i, months %i', (costDifference, monthsDifference, en, zh) => {
    expect(splitDifferenceText({ ...base, costDifference, monthsDifference }, 'CNY')).toEqual({ zh, en });
  });

  it('says nothing when either order does not clear the debts', () => {
    expect(splitDifferenceText(base, 'CNY')).toBeUndefined();
  });
});
