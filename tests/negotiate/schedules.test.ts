import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pmt } from '../../lib/negotiate/irr';
import { amortizedPlan } from '../../lib/negotiate/schedules/amortized';
import { deferralPlan } from '../../lib/negotiate/schedules/deferral';
import { equalPrincipalPlan } from '../../lib/negotiate/schedules/equal-principal';
import { installmentPlan } from '../../lib/negotiate/schedules/installment';
import { interestFrozenPlan } from '../../lib/negotiate/schedules/interest-frozen';
import type { Schedule } from '../../lib/negotiate/schedules/schedule';
import { settlementPlan } from '../../lib/negotiate/schedules/settlement';
import { bisectIrr, flatFeeApr } from './helpers';

const ONE_PP = 0.0001; // 0.01 percentage point

function expectConsistent(s: Schedule, principalRepaid: number): void {
  let paid = 0;
  let principal = 0;
  for (const p of s.payments) {
    for (const v of [p.principal, p.interest, p.fee, p.total]) {
      expect(Number.isSafeInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(p.total).toBe(p.principal + p.interest + p.fee);
    paid += p.total;
    principal += p.principal;
  }
  expect(principal).toBe(principalRepaid);
  expect(s.totalPaid).toBe(paid);
  expect(s.totalCost).toBe(s.totalPaid - s.principal);
}

describe('installmentPlan — fen-rounding rule', () => {
  it('principal: floor(P/N) each, remainder in the FIRST period; fee per period half-up on the original principal', () => {
    const s = installmentPlan({ principal: 1000001, periods: 12, monthlyFeeRate: 0.006 });
    expect(s.payments).toHaveLength(12);
    expect(s.payments[0]).toEqual({ period: 1, principal: 1000001 - 11 * 83333, interest: 0, fee: 6000, total: 83338 + 6000 });
    for (const p of s.payments.slice(1)) expect(p).toMatchObject({ principal: 83333, fee: 6000, total: 89333 });
    expect(s.totalPaid).toBe(1000001 + 12 * 6000);
    expect(s.totalCost).toBe(72000);
    expectConsistent(s, 1000001);
  });

  it('the fee is the same every period and rounds half up (46.5 → 47, not 46)', () => {
    const s = installmentPlan({ principal: 4650, periods: 3, monthlyFeeRate: 0.01 });
    expect(s.payments.map((p) => p.fee)).toEqual([47, 47, 47]);
    expect(s.payments.map((p) => p.principal)).toEqual([1550, 1550, 1550]);
  });

  it('a float product just under the half still rounds up (3000 × 0.45 % = 13.5 → 14)', () => {
    const s = installmentPlan({ principal: 3000, periods: 2, monthlyFeeRate: 0.0045 });
    expect(s.payments.map((p) => p.fee)).toEqual([14, 14]);
  });

  it('the fee is charged on the ORIGINAL principal every period, not on the reducing balance', () => {
    const s = installmentPlan({ principal: 1200000, periods: 12, monthlyFeeRate: 0.006 });
    expect(new Set(s.payments.map((p) => p.fee))).toEqual(new Set([7200]));
  });

  it('up-front collection: one fee of half-up(P × rate × N), all in period 1', () => {
    const s = installmentPlan({ principal: 1000001, periods: 12, monthlyFeeRate: 0.006, fee: 'upfront' });
    expect(s.payments[0]?.fee).toBe(72000); // 72000.072 → 72000
    expect(s.payments.slice(1).every((p) => p.fee === 0)).toBe(true);
    expectConsistent(s, 1000001);
  });

  it('totalFeeRate: T = half-up(P × rate); floor(T/N) per period with the fee remainder in the FIRST period', () => {
    const s = installmentPlan({ principal: 1000000, periods: 12, totalFeeRate: 0.0721 });
    const T = 72100;
    const each = Math.floor(T / 12);
    expect(s.payments[0]?.fee).toBe(T - 11 * each);
    expect(s.payments.slice(1).every((p) => p.fee === each)).toBe(true);
    expect(s.totalCost).toBe(T);
    const up = installmentPlan({ principal: 1000000, periods: 12, totalFeeRate: 0.0721, fee: 'upfront' });
    expect(up.payments[0]?.fee).toBe(T);
    expect(up.totalCost).toBe(T);
  });

  it('down payment is paid at period 0 and the fee is charged only on the rest', () => {
    const s = installmentPlan({ principal: 1200000, periods: 10, monthlyFeeRate: 0.005, downPayment: 200000 });
    expect(s.payments[0]).toEqual({ period: 0, principal: 200000, interest: 0, fee: 0, total: 200000 });
    expect(s.payments[1]?.fee).toBe(5000);
    expect(s.totalCost).toBe(50000);
    expectConsistent(s, 1200000);
  });

  it('rejects invalid input', () => {
    expect(() => installmentPlan({ principal: 100, periods: 0, monthlyFeeRate: 0.01 })).toThrow(RangeError);
    expect(() => installmentPlan({ principal: 100.5, periods: 2 })).toThrow(RangeError);
    expect(() => installmentPlan({ principal: 100, periods: 2, monthlyFeeRate: -0.01 })).toThrow(RangeError);
    expect(() => installmentPlan({ principal: 100, periods: 2, monthlyFeeRate: 0.01, totalFeeRate: 0.02 })).toThrow(RangeError);
    expect(() => installmentPlan({ principal: 100, periods: 2, downPayment: 101 })).toThrow(RangeError);
  });
});

describe('installmentPlan — APR by the IRR method (research/finance.md cross-checks)', () => {
  // Independent reference: bisection IRR of the unrounded flows of a plan on a principal of 1.
  it.each([
    [12, 0.006, 0.13],
    [24, 0.0075, 0.164],
    [3, 0.0075, 0.134],
  ])('%i periods × %f per month', (periods, fee, documented) => {
    const reference = flatFeeApr(periods, fee);
    for (const principal of [1000000, 1234567, 50000000]) {
      const s = installmentPlan({ principal, periods, monthlyFeeRate: fee });
      expect(s.apr).not.toBeNull();
      expect(Math.abs((s.apr as number) - reference)).toBeLessThan(ONE_PP);
      expect(s.ear as number).toBeCloseTo((1 + (s.apr as number) / 12) ** 12 - 1, 12);
    }
    // finance.md's rounded figures ("≈ 13.0x %", "≈ 16.4 %", "≈ 13.4 %"), truncated to one decimal.
    expect(Math.floor(reference * 1000) / 1000).toBeCloseTo(documented, 10);
  });

  it('the advertised simple rate (fee × 12) understates the true APR by almost half', () => {
    for (const [n, fee] of [[12, 0.006], [24, 0.0075]] as const) {
      const apr = installmentPlan({ principal: 1000000, periods: n, monthlyFeeRate: fee }).apr as number;
      expect(fee * 12).toBeLessThan(apr * 0.6);
    }
  });

  it('collecting the fee up front raises the APR, matching the independent computation', () => {
    const s = installmentPlan({ principal: 1000000, periods: 24, monthlyFeeRate: 0.0075, fee: 'upfront' });
    expect(Math.abs((s.apr as number) - flatFeeApr(24, 0.0075, true))).toBeLessThan(ONE_PP);
    expect(s.apr as number).toBeGreaterThan(flatFeeApr(24, 0.0075));
  });

  it('a fee-free plan has an APR of exactly 0', () => {
    const s = installmentPlan({ principal: 999999, periods: 7 });
    expect(s.apr).toBe(0);
    expect(s.ear).toBe(0);
  });
});

describe('amortizedPlan (等额本息)', () => {
  it('level payment = half-up of numpy-financial pmt; the last period absorbs the drift', () => {
    const s = amortizedPlan({ principal: 20000000, periods: 180, annualRate: 0.075 });
    const exact = -pmt(0.075 / 12, 180, 20000000);
    const level = Math.floor(exact + 0.5);
    expect(s.payments.slice(0, -1).every((p) => p.total === level)).toBe(true);
    expect(Math.abs((s.payments.at(-1)?.total ?? 0) - level)).toBeLessThanOrEqual(180);
    expect(Math.abs(s.totalPaid - exact * 180)).toBeLessThanOrEqual(180);
    expectConsistent(s, 20000000);
  });

  it('its IRR APR equals the nominal rate', () => {
    for (const [n, r] of [[36, 0.099], [12, 0.18], [60, 0.0399]] as const) {
      const s = amortizedPlan({ principal: 5000000, periods: n, annualRate: r });
      expect(Math.abs((s.apr as number) - r)).toBeLessThan(ONE_PP);
    }
  });

  it('interest of each period is half-up(balance × rate/12)', () => {
    const s = amortizedPlan({ principal: 1000000, periods: 12, annualRate: 0.12 });
    let balance = 1000000;
    for (const p of s.payments) {
      expect(p.interest).toBe(Math.floor(balance * 0.01 + 0.5 + 1e-9));
      balance -= p.principal;
    }
    expect(balance).toBe(0);
  });

  it('a zero rate splits principal with the remainder first', () => {
    const s = amortizedPlan({ principal: 1000, periods: 3, annualRate: 0 });
    expect(s.payments.map((p) => p.total)).toEqual([334, 333, 333]);
    expect(s.apr).toBe(0);
  });
});

describe('equalPrincipalPlan (等额本金)', () => {
  it('equal principal, falling bills, interest on the remaining balance', () => {
    const P = 1200000;
    const s = equalPrincipalPlan({ principal: P, periods: 12, annualRate: 0.12 });
    expect(s.payments.every((p) => p.principal === 100000)).toBe(true);
    for (let i = 1; i < s.payments.length; i++) {
      expect(s.payments[i]!.total).toBeLessThan(s.payments[i - 1]!.total);
    }
    const analytic = P * 0.01 * (12 + 1) / 2; // Σ i·P·(N−k+1)/N
    expect(Math.abs(s.totalCost - analytic)).toBeLessThanOrEqual(12);
    expect(Math.abs((s.apr as number) - 0.12)).toBeLessThan(ONE_PP);
    expectConsistent(s, P);
  });
});

describe('interestFrozenPlan (停息挂账)', () => {
  it('no interest; an optional management fee behaves like a per-period 分期 fee', () => {
    const s = interestFrozenPlan({ principal: 6000001, periods: 60 });
    expect(s.totalCost).toBe(0);
    expect(s.apr).toBe(0);
    expect(s.payments[0]?.principal).toBe(6000001 - 59 * 100000);
    const f = interestFrozenPlan({ principal: 6000000, periods: 60, monthlyFeeRate: 0.001 });
    expect(f.payments.every((p) => p.fee === 6000 && p.interest === 0)).toBe(true);
    expect(f).toEqual(installmentPlan({ principal: 6000000, periods: 60, monthlyFeeRate: 0.001 }));
  });
});

describe('deferralPlan', () => {
  it('without interest: k empty months, then the balance', () => {
    const s = deferralPlan({ principal: 500000, deferMonths: 3 });
    expect(s.payments.map((p) => p.total)).toEqual([0, 0, 0, 500000]);
    expect(s.accruedDuringDeferral).toBe(0);
    expect(s.apr).toBe(0);
    expectConsistent(s, 500000);
  });

  it('with interest accruing and compounding monthly', () => {
    const P = 1000000;
    const s = deferralPlan({ principal: P, deferMonths: 6, annualRate: 0.18, repayPeriods: 12 });
    const analytic = P * (1.015 ** 6 - 1);
    expect(Math.abs(s.accruedDuringDeferral - analytic)).toBeLessThanOrEqual(6);
    expect(s.payments.slice(0, 6).every((p) => p.total === 0)).toBe(true);
    expect(s.payments).toHaveLength(18);
    // Capitalised at the plan's own rate, so the IRR is that rate.
    expect(Math.abs((s.apr as number) - 0.18)).toBeLessThan(ONE_PP);
    expectConsistent(s, P);
    const interest = s.payments.reduce((a, p) => a + p.interest, 0);
    expect(interest).toBe(s.totalCost);
  });

  it('accrual can be switched off or made simple, and repaid by equal principal', () => {
    const off = deferralPlan({ principal: 100000, deferMonths: 3, annualRate: 0.12, accrueInterest: false });
    expect(off.accruedDuringDeferral).toBe(0);
    const simple = deferralPlan({ principal: 100000, deferMonths: 3, annualRate: 0.12, compound: false });
    expect(simple.accruedDuringDeferral).toBe(3000);
    const eq = deferralPlan({ principal: 120000, deferMonths: 2, annualRate: 0.12, repayPeriods: 4, repayment: 'equal-principal' });
    expectConsistent(eq, 120000);
    expect(eq.payments.slice(2).map((p) => p.total)).toEqual([...eq.payments.slice(2).map((p) => p.total)].sort((a, b) => b - a));
  });
});

describe('settlementPlan', () => {
  it('by ratio: saving is the forgiven part and totalCost its negative; no APR', () => {
    const s = settlementPlan({ balance: 1000000, ratio: 0.45 });
    expect(s.amount).toBe(450000);
    expect(s.saving).toBe(550000);
    expect(s.totalCost).toBe(-550000);
    expect(s.apr).toBeNull();
    expect(s.ear).toBeNull();
    expect(s.payments).toEqual([{ period: 1, principal: 450000, interest: 0, fee: 0, total: 450000 }]);
  });

  it('amount wins over ratio; parts differ by at most one fen, extra fen first', () => {
    const s = settlementPlan({ balance: 300000, amount: 100001, ratio: 0.9, installments: 3 });
    expect(s.amount).toBe(100001);
    expect(s.payments.map((p) => p.total)).toEqual([33334, 33334, 33333]);
    expect(s.payments.map((p) => p.period)).toEqual([1, 2, 3]);
    expect(s.ratio).toBeCloseTo(100001 / 300000, 12);
  });

  it('needs an amount or a ratio', () => {
    expect(() => settlementPlan({ balance: 100 })).toThrow(RangeError);
    expect(() => settlementPlan({ balance: 100, ratio: -0.1 })).toThrow(RangeError);
  });
});

describe('every schedule sums exactly', () => {
  const principal = fc.integer({ min: 0, max: 100_000_000 });
  const periods = fc.integer({ min: 1, max: 72 });
  const rate = fc.double({ min: 0, max: 0.4, noNaN: true });
  it('installment', () => {
    fc.assert(
      fc.property(principal, periods, fc.double({ min: 0, max: 0.03, noNaN: true }), fc.boolean(), fc.boolean(), fc.nat(), (P, n, r, upfront, total, dpSeed) => {
        const dp = P === 0 ? 0 : dpSeed % Math.max(1, Math.floor(P / 3));
        const s = installmentPlan({ principal: P, periods: n, ...(total ? { totalFeeRate: r * n } : { monthlyFeeRate: r }), fee: upfront ? 'upfront' : 'per-period', downPayment: dp });
        expectConsistent(s, P);
        expect(s.payments.filter((p) => p.period >= 1)).toHaveLength(n);
      }),
    );
  });
  it('amortized, equal principal, deferral', () => {
    fc.assert(
      fc.property(principal, periods, rate, fc.integer({ min: 0, max: 12 }), (P, n, r, k) => {
        expectConsistent(amortizedPlan({ principal: P, periods: n, annualRate: r }), P);
        expectConsistent(equalPrincipalPlan({ principal: P, periods: n, annualRate: r }), P);
        expectConsistent(deferralPlan({ principal: P, deferMonths: k, annualRate: r, repayPeriods: n }), P);
      }),
    );
  });
  it('settlement', () => {
    fc.assert(
      fc.property(principal, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 24 }), (B, ratio, k) => {
        const s = settlementPlan({ balance: B, ratio, installments: k });
        expect(s.totalPaid).toBe(s.amount);
        expect(s.saving).toBe(B - s.amount);
        expect(s.totalCost + s.saving).toBe(0);
        expect(Math.max(...s.payments.map((p) => p.total)) - Math.min(...s.payments.map((p) => p.total))).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('the reported apr is 12 × the IRR of the schedule’s own flows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100000, max: 100_000_000 }), fc.integer({ min: 2, max: 60 }), fc.double({ min: 0.001, max: 0.02, noNaN: true }), (P, n, r) => {
        const s = installmentPlan({ principal: P, periods: n, monthlyFeeRate: r });
        const flows = [P, ...s.payments.map((p) => -p.total)];
        expect(Math.abs((s.apr as number) - bisectIrr(flows, -0.5, 1) * 12)).toBeLessThan(1e-7);
      }),
      { numRuns: 100 },
    );
  });
});
