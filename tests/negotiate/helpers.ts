/**
 * Test-side reference computations, written independently of lib/negotiate so the engine is checked against
 * arithmetic it did not produce: plain bisection for IRR, no rounding, no shared helpers.
 */

/** Per-period IRR by bisection on [lo, hi]; throws if the ends do not bracket a root. */
export function bisectIrr(flows: number[], lo = -0.9, hi = 1): number {
  const f = (r: number) => flows.reduce((acc, v, t) => acc + v / Math.pow(1 + r, t), 0);
  let flo = f(lo);
  if (flo * f(hi) > 0) throw new Error('bisectIrr: no bracket');
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if ((fm > 0) === (flo > 0)) {
      lo = mid;
      flo = fm;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/** APR (IRR × 12) of a flat-fee instalment plan on a principal of 1, with no rounding at all. */
export function flatFeeApr(periods: number, monthlyFee: number, upfront = false): number {
  const flows = [1];
  for (let k = 1; k <= periods; k++) {
    const fee = upfront ? (k === 1 ? monthlyFee * periods : 0) : monthlyFee;
    flows.push(-(1 / periods + fee));
  }
  return bisectIrr(flows) * 12;
}

/** Spare money per month, recomputed here rather than imported. */
export function spare(b: { monthlyIncome: number; essentialSpending: number; otherDebtPayments: number }): number {
  return Math.max(0, b.monthlyIncome - b.essentialSpending - b.otherDebtPayments);
}

export interface Bill {
  period: number;
  total: number;
}

/** Every bill from month 1 within `cap`, and what is due now within `cash`. */
export function billsFit(payments: Bill[], cash: number, cap: number): boolean {
  return payments.every((p) => (p.period === 0 ? p.total <= cash : p.total <= cap));
}

/** Cumulative test used for settlements: by month j, no more paid than cash + j × cap. */
export function cumulativeFits(payments: Bill[], cash: number, cap: number): boolean {
  const sorted = [...payments].sort((a, b) => a.period - b.period);
  let paid = 0;
  for (const p of sorted) {
    paid += p.total;
    if (paid > cash + p.period * cap) return false;
  }
  return true;
}
