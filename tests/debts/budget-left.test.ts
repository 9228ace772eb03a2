import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetLeft, leftIn, type PlanLine } from '../../lib/debts/budget-left';
import { monthIndex } from '../../lib/debts/months';

const NOV = monthIndex(2026, 11);
const plan = (debtId: string, start: number, amounts: number[]): PlanLine => ({ debtId, payments: amounts.map((amount, i) => ({ month: start + i, amount })) });

describe('budget left after agreed plans (table)', () => {
  it.each([
    // name, capacity, cash, plans, left, tightest (offset from NOV), cashLeft
    ['nothing agreed: the whole capacity', 145_000, 50_000, [], 145_000, undefined, 50_000],
    ['one plan of ¥1,000 a month', 145_000, 0, [plan('cmb', NOV, [100_000, 100_000, 100_000])], 45_000, 0, 0],
    ['two plans overlapping in one month', 145_000, 0, [plan('cmb', NOV, [100_000, 100_000]), plan('huabei', NOV + 1, [30_000, 30_000])], 15_000, 1, 0],
    ['a first bill with the remainder is the tightest month', 145_000, 0, [plan('cmb', NOV + 1, [100_023, 100_000, 100_000])], 44_977, 1, 0],
    ['a plan asking more than the capacity leaves 0 and takes the rest from cash', 100_000, 50_000, [plan('cmb', NOV, [120_000, 120_000])], 0, 0, 10_000],
    ['cash never goes below 0', 100_000, 10_000, [plan('cmb', NOV, [150_000])], 0, 0, 0],
    ['payments before this month are past and not counted', 145_000, 0, [plan('cmb', NOV - 3, [100_000, 100_000, 100_000])], 145_000, undefined, 0],
    ['a plan that starts later (after a deferral) still counts in its months', 145_000, 0, [plan('cmb', NOV + 3, [0, 0, 0, 90_000])], 55_000, 6, 0],
    ['no capacity at all', 0, 0, [plan('cmb', NOV, [10_000])], 0, 0, 0],
  ] as const)('%s', (_name, capacity, cashNow, plans, left, tightest, cashLeft) => {
    const r = budgetLeft({ capacity, cashNow, plans: plans as readonly PlanLine[], from: NOV });
    expect(r.left).toBe(left);
    expect(r.tightestMonth).toBe(tightest === undefined ? undefined : NOV + tightest);
    expect(r.cashLeft).toBe(cashLeft);
  });

  it('sums every plan per month over time and names who takes what', () => {
    const r = budgetLeft({ capacity: 200_000, cashNow: 0, plans: [plan('a', NOV, [50_000, 50_000, 50_000]), plan('b', NOV + 1, [70_000, 70_000, 70_000])], from: NOV });
    expect(r.months.map((m) => [m.committed, m.left])).toEqual([
      [50_000, 150_000],
      [120_000, 80_000],
      [120_000, 80_000],
      [70_000, 130_000],
    ]);
    expect(r.months[1]!.byDebt).toEqual([
      { debtId: 'a', amount: 50_000 },
      { debtId: 'b', amount: 70_000 },
    ]);
    expect(r.steps).toEqual([
      { from: NOV, left: 150_000 },
      { from: NOV + 1, left: 80_000 },
      { from: NOV + 3, left: 130_000 },
      { from: NOV + 4, left: 200_000 },
    ]);
    expect([leftIn(r, NOV - 1), leftIn(r, NOV + 2), leftIn(r, NOV + 10)]).toEqual([200_000, 80_000, 200_000]);
  });

  it('refuses a second plan for the same debt: an agreed plan is counted once', () => {
    expect(() => budgetLeft({ capacity: 100_000, cashNow: 0, plans: [plan('cmb', NOV, [1]), plan('cmb', NOV, [1])], from: NOV })).toThrow(/counted once/);
  });

  it.each([
    ['a negative capacity', { capacity: -1 }],
    ['a fractional capacity', { capacity: 1.5 }],
    ['negative cash', { cashNow: -5 }],
  ])('refuses %s', (_name, patch) => {
    expect(() => budgetLeft({ capacity: 100, cashNow: 0, plans: [], from: NOV, ...patch })).toThrow(RangeError);
  });

  it('refuses a negative or fractional payment', () => {
    expect(() => budgetLeft({ capacity: 100, cashNow: 0, plans: [plan('a', NOV, [-1])], from: NOV })).toThrow(RangeError);
    expect(() => budgetLeft({ capacity: 100, cashNow: 0, plans: [plan('a', NOV, [0.5])], from: NOV })).toThrow(RangeError);
  });
});

// Random plans: up to 5 debts, each up to 36 payments of up to ¥50,000, starting within two years either side of now.
const amount = fc.integer({ min: 0, max: 5_000_000 });
const plansArb = fc
  .uniqueArray(
    fc.record({
      debtId: fc.string({ minLength: 1, maxLength: 6 }),
      start: fc.integer({ min: NOV - 24, max: NOV + 24 }),
      amounts: fc.array(amount, { maxLength: 36 }),
    }),
    { maxLength: 5, selector: (p) => p.debtId },
  )
  .map((list) => list.map((p) => plan(p.debtId, p.start, p.amounts)));
const money = fc.integer({ min: 0, max: 50_000_000 });

describe('budget left after agreed plans (properties)', () => {
  it('is never negative, in any month or in cash', () => {
    fc.assert(
      fc.property(money, money, plansArb, (capacity, cashNow, plans) => {
        const r = budgetLeft({ capacity, cashNow, plans, from: NOV });
        expect(r.left).toBeGreaterThanOrEqual(0);
        expect(r.cashLeft).toBeGreaterThanOrEqual(0);
        for (const m of r.months) expect(m.left).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('counts every future payment exactly once and no past one (never double-counted, nothing lost)', () => {
    fc.assert(
      fc.property(money, plansArb, (capacity, plans) => {
        const r = budgetLeft({ capacity, cashNow: 0, plans, from: NOV });
        const future = plans.flatMap((p) => p.payments).filter((p) => p.month >= NOV);
        expect(r.months.reduce((s, m) => s + m.committed, 0)).toBe(future.reduce((s, p) => s + p.amount, 0));
        for (const m of r.months) {
          const expected = future.filter((p) => p.month === m.month).reduce((s, p) => s + p.amount, 0);
          expect(m.committed).toBe(expected);
          expect(m.byDebt.reduce((s, d) => s + d.amount, 0)).toBe(expected);
          expect(m.left).toBe(Math.max(0, capacity - expected));
          expect(m.over).toBe(Math.max(0, expected - capacity));
        }
      }),
    );
  });

  it('the figure for the next plan is the tightest month, and fits every month', () => {
    fc.assert(
      fc.property(money, plansArb, (capacity, plans) => {
        const r = budgetLeft({ capacity, cashNow: 0, plans, from: NOV });
        expect(r.left).toBe(Math.min(capacity, ...r.months.map((m) => m.left)));
        for (const m of r.months) expect(r.left + m.committed).toBeLessThanOrEqual(Math.max(capacity, m.committed));
      }),
    );
  });

  it('does not depend on the order plans are listed in', () => {
    fc.assert(
      fc.property(money, money, plansArb, (capacity, cashNow, plans) => {
        const a = budgetLeft({ capacity, cashNow, plans, from: NOV });
        const b = budgetLeft({ capacity, cashNow, plans: [...plans].reverse(), from: NOV });
        expect([b.left, b.cashLeft, b.months.map((m) => m.committed)]).toEqual([a.left, a.cashLeft, a.months.map((m) => m.committed)]);
      }),
    );
  });

  it('a plan agreed for one more debt never leaves more for the others', () => {
    fc.assert(
      fc.property(money, money, plansArb, fc.array(amount, { minLength: 1, maxLength: 24 }), fc.integer({ min: NOV - 3, max: NOV + 12 }), (capacity, cashNow, plans, extra, start) => {
        const before = budgetLeft({ capacity, cashNow, plans, from: NOV });
        const after = budgetLeft({ capacity, cashNow, plans: [...plans, plan('another debt', start, extra)], from: NOV });
        expect(after.left).toBeLessThanOrEqual(before.left);
        expect(after.cashLeft).toBeLessThanOrEqual(before.cashLeft);
        for (let m = NOV; m < NOV + 48; m++) expect(leftIn(after, m)).toBeLessThanOrEqual(leftIn(before, m));
      }),
    );
  });

  it('cash covers exactly what the months ask beyond the capacity', () => {
    fc.assert(
      fc.property(money, money, plansArb, (capacity, cashNow, plans) => {
        const r = budgetLeft({ capacity, cashNow, plans, from: NOV });
        expect(r.cashLeft).toBe(Math.max(0, cashNow - r.months.reduce((s, m) => s + m.over, 0)));
      }),
    );
  });
});
