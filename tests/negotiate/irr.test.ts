import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { irr, npv, nper, pmt, rate } from '../../lib/negotiate/irr';
import { bisectIrr } from './helpers';

// numpy-financial's documented examples (research/finance.md, "Reference vectors").
describe('numpy-financial reference vectors', () => {
  it.each([
    ['pmt', () => pmt(0.075 / 12, 180, 200000), -1854.0247200054619, 1e-9],
    ['irr', () => irr([-100, 39, 59, 55, 20]), 0.28094842115996066, 1e-12],
    ['npv', () => npv(0.08, [-40000, 5000, 8000, 12000, 30000]), 3065.2226681795255, 1e-9],
    ['nper', () => nper(0.07 / 12, -150, 8000), 64.07334877066185, 1e-9],
    // numpy-financial stops Newton at tol 1e-6, so its printed digits differ from the exact root in the 12th place.
    ['rate', () => rate(10, 0, -3500, 10000), 0.1106908537142689, 1e-10],
  ] as const)('%s matches', (_name, fn, expected, tol) => {
    expect(Math.abs(fn() - expected)).toBeLessThan(tol);
  });

  it('rate agrees with the closed form when there are no payments', () => {
    expect(rate(10, 0, -3500, 10000)).toBeCloseTo((10000 / 3500) ** 0.1 - 1, 13);
  });
});

describe('pmt / nper / rate semantics', () => {
  it('pmt at rate 0 splits evenly, fv and begin-of-period timing follow numpy-financial', () => {
    expect(pmt(0, 10, 1000)).toBe(-100);
    expect(pmt(0, 10, 1000, 500)).toBe(-150);
    // annuity-due: each payment discounted one period less, so it is smaller by a factor (1 + r)
    const end = pmt(0.01, 12, 1000);
    expect(pmt(0.01, 12, 1000, 0, 'begin')).toBeCloseTo(end / 1.01, 10);
    expect(pmt(0.01, 12, 1000, 0, 1)).toBeCloseTo(end / 1.01, 10);
  });

  it('pmt, nper and rate invert each other', () => {
    const p = pmt(0.01, 36, 50000);
    expect(nper(0.01, p, 50000)).toBeCloseTo(36, 9);
    expect(rate(36, p, 50000)).toBeCloseTo(0.01, 10);
  });

  it('nper at rate 0 and its impossible case', () => {
    expect(nper(0, -100, 1000)).toBe(10);
    expect(() => nper(0.02, -10, 1000)).toThrow(RangeError); // payment below the interest never repays
    expect(() => nper(0, 0, 1000)).toThrow(RangeError);
  });

  it('npv of a zero rate is the plain sum, and rejects rate ≤ -1', () => {
    expect(npv(0, [-10, 4, 4, 4])).toBe(2);
    expect(() => npv(-1, [1, 2])).toThrow(RangeError);
  });

  it('rate throws instead of returning NaN when nothing solves it', () => {
    expect(() => rate(12, 100, 1000, 0)).toThrow(RangeError); // paid and received in the same direction
  });
});

describe('irr', () => {
  it('throws a RangeError when no root exists', () => {
    expect(() => irr([100, 20, 30])).toThrow(RangeError);
    expect(() => irr([-100, -20, -30])).toThrow(RangeError);
    expect(() => irr([0, 0, 0])).toThrow(RangeError);
    expect(() => irr([-100])).toThrow(RangeError);
    expect(() => irr([])).toThrow(RangeError);
    expect(() => irr([-100, Number.NaN])).toThrow(RangeError);
    expect(() => irr([-100, 20, 30])).not.toThrow(); // a negative rate is still a rate
  });

  it('the error message says why', () => {
    expect(() => irr([1, 2])).toThrow(/never change sign/);
  });

  it('zero when the flows repay exactly', () => {
    expect(irr([-300, 100, 100, 100])).toBe(0);
  });

  it('negative rates of return are found', () => {
    expect(irr([-100, 50, 40])).toBeCloseTo(bisectIrr([-100, 50, 40]), 12);
  });

  it('chooses the root closest to zero when there are two (numpy-financial behaviour)', () => {
    // With y = 1/(1+r): 1 − 2.3y + 1.32y² = (1 − 1.1y)(1 − 1.2y), so r = 0.1 and r = 0.2 both solve it.
    const flows = [1, -2.3, 1.32];
    expect(npv(0.1, flows)).toBeCloseTo(0, 12);
    expect(npv(0.2, flows)).toBeCloseTo(0, 12);
    expect(irr(flows)).toBeCloseTo(0.1, 12);
    // Roots at r = -0.1 and r = 0.2: (1 − 0.9y)(1 − 1.2y); -0.1 is nearer zero.
    const mirrored = [1, -2.1, 1.08];
    expect(npv(-0.1, mirrored)).toBeCloseTo(0, 12);
    expect(irr(mirrored)).toBeCloseTo(-0.1, 12);
  });

  it('handles very high and near -100 % rates', () => {
    expect(irr([-1, 100])).toBeCloseTo(99, 9);
    expect(irr([-100, 1])).toBeCloseTo(-0.99, 12);
  });

  it('agrees with plain bisection on random loan-shaped flows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 60 }),
        (lent, repayments) => {
          const total = repayments.reduce((a, b) => a + b, 0);
          fc.pre(total > lent * 0.2 && total < lent * 3);
          const flows = [-lent, ...repayments];
          const r = irr(flows);
          expect(Math.abs(npv(r, flows))).toBeLessThan(1e-6 * lent);
          expect(r).toBeCloseTo(bisectIrr(flows, -0.99, 3), 8);
        },
      ),
      { numRuns: 300 },
    );
  });
});
