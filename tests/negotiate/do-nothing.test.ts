import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { affordableMonthly } from '../../lib/negotiate/budget';
import { doNothingCost } from '../../lib/negotiate/do-nothing';
import type { Debt } from '../../lib/negotiate/types';

const debt: Debt = { currency: 'CNY', principal: 1000000, interest: 0, fees: 0, penalties: 0, market: 'CN' };

describe('doNothingCost', () => {
  it('defaults: 日息万五 over a 30-day cycle, capitalised monthly', () => {
    const r = doNothingCost(debt, 12, { minPaymentRate: 0 });
    expect(r.totalLateFees).toBe(0);
    // 0.0005 × 30 = 1.5 % a month, compounded: independent closed form, one fen of rounding per month at most
    expect(Math.abs(r.totalInterest - 1000000 * (1.015 ** 12 - 1))).toBeLessThanOrEqual(12);
    expect(r.finalBalance).toBe(r.startBalance + r.totalInterest);
  });

  it('defaults: late fee = 5 % of the unpaid minimum payment (10 % of the statement)', () => {
    const r = doNothingCost(debt, 1);
    expect(r.months[0]).toEqual({ month: 1, interest: 15000, lateFee: 5000, balance: 1000000 + 15000 + 5000 });
    // month 2 minimum is 10 % of the grown statement balance
    const r2 = doNothingCost(debt, 2);
    expect(r2.months[1]?.lateFee).toBe(Math.round(0.05 * Math.round(0.1 * 1020000)));
  });

  it('late fees and fees do not bear interest; penalties are not compounded', () => {
    const withFees = doNothingCost({ ...debt, fees: 500000, penalties: 500000 }, 6, { minPaymentRate: 0 });
    const without = doNothingCost(debt, 6, { minPaymentRate: 0 });
    expect(withFees.totalInterest).toBe(without.totalInterest);
    expect(withFees.finalBalance - without.finalBalance).toBe(1000000);
  });

  it('the debt’s own revolving rate and every option override the defaults', () => {
    const own = doNothingCost({ ...debt, revolvingDailyRate: 0.0003 }, 1, { minPaymentRate: 0 });
    expect(own.totalInterest).toBe(9000);
    const opt = doNothingCost({ ...debt, revolvingDailyRate: 0.0003 }, 1, { dailyRate: 0.0001, daysPerMonth: 31, minPaymentRate: 0 });
    expect(opt.totalInterest).toBe(3100);
    const flat = doNothingCost(debt, 3, { lateFeeFixed: 1200 });
    expect(flat.totalLateFees).toBe(3600);
    const floor = doNothingCost({ ...debt, principal: 50000 }, 1, { minPaymentFloor: 10000 });
    expect(floor.months[0]?.lateFee).toBe(500); // 5 % of the ¥100 floor, not of 10 % × ¥500
  });

  it('reports what waiting adds and the cost over principal', () => {
    const d = { ...debt, interest: 30000, penalties: 20000 };
    const r = doNothingCost(d, 6);
    expect(r.startBalance).toBe(1050000);
    expect(r.added).toBe(r.finalBalance - 1050000);
    expect(r.costOverPrincipal).toBe(r.finalBalance - 1000000);
    expect(r.months).toHaveLength(6);
    expect(doNothingCost(d, 0).costOverPrincipal).toBe(50000);
  });

  it('grows monotonically with the horizon', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 59 }), (p, h) => {
        const d = { ...debt, principal: p };
        expect(doNothingCost(d, h + 1).finalBalance).toBeGreaterThanOrEqual(doNothingCost(d, h).finalBalance);
      }),
    );
  });

  it('rejects invalid input', () => {
    expect(() => doNothingCost(debt, -1)).toThrow(RangeError);
    expect(() => doNothingCost({ ...debt, principal: -5 }, 1)).toThrow(RangeError);
    expect(() => doNothingCost(debt, 1, { dailyRate: -0.1 })).toThrow(RangeError);
  });
});

describe('affordableMonthly', () => {
  it('income − essentials − other debt payments, never below zero', () => {
    expect(affordableMonthly({ monthlyIncome: 800000, essentialSpending: 450000, otherDebtPayments: 50000, cashNow: 0 })).toBe(300000);
    expect(affordableMonthly({ monthlyIncome: 300000, essentialSpending: 450000, otherDebtPayments: 50000, cashNow: 999 })).toBe(0);
    expect(affordableMonthly({ monthlyIncome: 500000, essentialSpending: 450000, otherDebtPayments: 50000, cashNow: 0 })).toBe(0);
  });
});
