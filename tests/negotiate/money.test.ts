import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, formatPercent, mulRate, roundHalfUp, splitFirst, splitSpread } from '../../lib/negotiate/money';

describe('roundHalfUp', () => {
  it('rounds halves up, not to even', () => {
    expect(roundHalfUp(46.5)).toBe(47); // banker's rounding would give 46
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(Object.is(roundHalfUp(-0.2), 0)).toBe(true);
  });

  it('treats binary float noise just under a half as the half', () => {
    expect(3000 * 0.0045).toBeLessThan(13.5); // the float product really is 13.499999999999998
    expect(mulRate(3000, 0.0045)).toBe(14);
    expect(mulRate(11000, 0.0045)).toBe(50);
  });

  it('rejects non-finite input', () => {
    expect(() => roundHalfUp(Number.NaN)).toThrow(RangeError);
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('agrees with exact integer arithmetic for fee-like products', () => {
    // amount × (bp / 10000): exact result is (amount·bp)/10000; half-up on integers is floor((2n + d) / 2d).
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 300 }), (amount, bp) => {
        const num = amount * bp;
        const expected = Math.floor((2 * num + 10000) / 20000);
        expect(mulRate(amount, bp / 10000)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splits', () => {
  it('splitFirst puts the whole remainder in the first part', () => {
    expect(splitFirst(1000001, 12)).toEqual([83338, ...new Array(11).fill(83333)]);
    expect(splitFirst(5, 1)).toEqual([5]);
    expect(splitFirst(2, 3)).toEqual([2, 0, 0]);
  });

  it('splitSpread gives one extra unit to the first (total mod parts) parts', () => {
    expect(splitSpread(100001, 3)).toEqual([33334, 33334, 33333]);
    expect(splitSpread(8, 3)).toEqual([3, 3, 2]);
  });

  it('both always sum to the total exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 120 }), (total, parts) => {
        for (const split of [splitFirst, splitSpread]) {
          const out = split(total, parts);
          expect(out).toHaveLength(parts);
          expect(out.reduce((a, b) => a + b, 0)).toBe(total);
          expect(out.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
        }
        expect(Math.max(...splitSpread(total, parts))).toBe(Math.ceil(total / parts));
      }),
    );
  });

  it('reject bad input', () => {
    expect(() => splitFirst(-1, 2)).toThrow(RangeError);
    expect(() => splitFirst(10, 0)).toThrow(RangeError);
    expect(() => splitSpread(1.5, 2)).toThrow(RangeError);
  });
});

describe('formatMoney / formatPercent', () => {
  it('formats minor units with grouping and the currency symbol', () => {
    expect(formatMoney(123456, 'CNY', 'zh')).toBe('¥1,234.56');
    expect(formatMoney(123456, 'CNY', 'en')).toBe('¥1,234.56');
    expect(formatMoney(5, 'USD', 'en')).toBe('$0.05');
    expect(formatMoney(100000000, 'GBP', 'en')).toBe('£1,000,000.00');
    expect(formatMoney(-123450, 'EUR', 'en')).toBe('-€1,234.50');
    expect(formatMoney(99, 'HKD', 'zh')).toBe('HK$0.99');
    expect(formatMoney(0, 'CNY')).toBe('¥0.00');
  });

  it('formats rates as percentages per language', () => {
    expect(formatPercent(0.006, 'zh')).toBe('0.60%');
    expect(formatPercent(0.006, 'en')).toBe('0.60%');
    expect(formatPercent(0.1303, 'en')).toBe('13.03%');
  });
});
