/**
 * Time-value-of-money primitives with numpy-financial's sign conventions (money you receive is positive, money you
 * pay is negative; `when` = 'end' | 'begin' or 0 | 1). These work on plain floats — callers decide the units.
 */

export type PaymentTiming = 'end' | 'begin' | 0 | 1;

function timing(when: PaymentTiming): 0 | 1 {
  return when === 'begin' || when === 1 ? 1 : 0;
}

function assertRateDomain(rate: number, fn: string): void {
  if (!Number.isFinite(rate) || rate <= -1) throw new RangeError(`${fn}: rate must be a finite number > -1, got ${rate}`);
}

/** Net present value of `values[t]` received at the end of period t (t = 0 is now), as numpy_financial.npv. */
export function npv(rate: number, values: readonly number[]): number {
  assertRateDomain(rate, 'npv');
  let acc = 0;
  for (let t = 0; t < values.length; t++) acc += (values[t] ?? 0) / (1 + rate) ** t;
  return acc;
}

/** Payment per period for a loan of `pv` (numpy_financial.pmt). */
export function pmt(rate: number, nper: number, pv: number, fv = 0, when: PaymentTiming = 'end'): number {
  if (!(nper > 0)) throw new RangeError(`pmt: nper must be > 0, got ${nper}`);
  if (rate === 0) return -(fv + pv) / nper;
  assertRateDomain(rate, 'pmt');
  const temp = (1 + rate) ** nper;
  // A denormal rate makes (1 + rate)^n round to exactly 1; the limit is the zero-rate split.
  if (temp === 1) return -(fv + pv) / nper;
  const fact = ((1 + rate * timing(when)) * (temp - 1)) / rate;
  return -(fv + pv * temp) / fact;
}

/** Number of periods to repay `pv` with payments `pmt` (numpy_financial.nper); NaN-free: throws when impossible. */
export function nper(rate: number, payment: number, pv: number, fv = 0, when: PaymentTiming = 'end'): number {
  if (rate === 0) {
    if (payment === 0) throw new RangeError('nper: a zero payment at a zero rate never repays anything');
    return -(fv + pv) / payment;
  }
  assertRateDomain(rate, 'nper');
  const z = (payment * (1 + rate * timing(when))) / rate;
  const ratio = (-fv + z) / (pv + z);
  if (!(ratio > 0)) throw new RangeError('nper: the payment never repays the balance at this rate');
  return Math.log(ratio) / Math.log(1 + rate);
}

function fvResidual(r: number, n: number, payment: number, pv: number, fv: number, w: 0 | 1): number {
  if (r === 0) return fv + pv + payment * n;
  const g = (1 + r) ** n;
  return fv + pv * g + (payment * (1 + r * w) * (g - 1)) / r;
}

/**
 * Rate per period (numpy_financial.rate). Newton from `guess` like numpy-financial, but to a much tighter tolerance
 * and with a bracketing fallback, and it throws a RangeError instead of returning NaN when no rate solves it.
 */
export function rate(
  n: number,
  payment: number,
  pv: number,
  fv = 0,
  when: PaymentTiming = 'end',
  guess = 0.1,
): number {
  if (!(n > 0)) throw new RangeError(`rate: nper must be > 0, got ${n}`);
  const w = timing(when);
  const f = (r: number) => fvResidual(r, n, payment, pv, fv, w);
  let r = guess;
  for (let i = 0; i < 100; i++) {
    const h = Math.max(1e-7, Math.abs(r) * 1e-7);
    const fr = f(r);
    const d = (f(r + h) - f(r - h)) / (2 * h);
    if (!Number.isFinite(fr) || !Number.isFinite(d) || d === 0) break;
    const next = r - fr / d;
    if (!(next > -1) || !Number.isFinite(next)) break;
    if (Math.abs(next - r) <= 1e-15 * Math.max(1, Math.abs(next))) return next;
    r = next;
    if (i === 99 && Math.abs(f(r)) < 1e-9 * Math.max(1, Math.abs(pv), Math.abs(fv))) return r;
  }
  return solveBracketed(f, 'rate');
}

/**
 * Internal rate of return per period of `values[t]` at the end of period t.
 *
 * Strategy: scan outward from 0 on a log(1+r) grid to bracket the sign change nearest 0 on each side, then refine
 * with Newton steps that fall back to bisection whenever a step would leave the bracket. Like numpy-financial, when
 * several rates solve the equation the one closest to zero wins — the only economically meaningful choice for a
 * loan's flows. Throws RangeError when no rate exists (all flows one sign, all zero) or none is found in
 * r ∈ (−0.9999, 10 000) per period.
 */
export function irr(values: readonly number[]): number {
  if (values.length < 2) throw new RangeError('irr: need at least two cash flows');
  let hasPos = false;
  let hasNeg = false;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`irr: cash flow ${v} is not finite`);
    if (v > 0) hasPos = true;
    else if (v < 0) hasNeg = true;
  }
  if (!hasPos || !hasNeg) {
    throw new RangeError('irr: the cash flows never change sign, so no rate of return exists');
  }
  const f: Fn = (r) => npvWithSlope(r, values);
  if (f(0)[0] === 0) return 0;
  const up = scanSide(f, 1);
  const down = scanSide(f, -1);
  if (up === null && down === null) {
    throw new RangeError('irr: no rate of return found between -99.99 % and 1,000,000 % per period');
  }
  if (up === null) return down as number;
  if (down === null) return up;
  return Math.abs(down) < Math.abs(up) ? down : up;
}

/** [value, d value / d r] at r. */
type Fn = (r: number) => [number, number];

function npvWithSlope(r: number, values: readonly number[]): [number, number] {
  // Horner in y = 1/(1+r): f(y) = Σ v_t y^t, f'(y) by the same pass, and dy/dr = -y².
  const y = 1 / (1 + r);
  let acc = 0;
  let slope = 0;
  for (let t = values.length - 1; t >= 0; t--) {
    slope = slope * y + acc;
    acc = acc * y + (values[t] as number);
  }
  return [acc, -slope * y * y];
}

function numericSlope(f: (r: number) => number): Fn {
  return (r) => {
    const h = Math.max(1e-7, Math.abs(r) * 1e-7);
    return [f(r), (f(r + h) - f(r - h)) / (2 * h)];
  };
}

const SCAN_START = 5e-4;
const SCAN_GROWTH = 1.2;
const SCAN_LIMIT = Math.log(1e4); // |log(1+r)| bound: r from -0.9999 to ~1e4

function scanSide(f: Fn, dir: 1 | -1): number | null {
  let prevR = 0;
  let prevF = f(0)[0];
  for (let x = SCAN_START; ; x *= SCAN_GROWTH) {
    const r = Math.expm1(dir * Math.min(x, SCAN_LIMIT));
    const fr = f(r)[0];
    if (!Number.isFinite(fr)) return null;
    if (fr === 0) return r;
    if (Math.sign(fr) !== Math.sign(prevF)) return dir > 0 ? refine(f, prevR, r, prevF) : refine(f, r, prevR, fr);
    prevR = r;
    prevF = fr;
    if (x >= SCAN_LIMIT) return null;
  }
}

/** Newton inside [lo, hi] where f changes sign, bisecting whenever a Newton step would leave the bracket. */
function refine(f: Fn, lo: number, hi: number, flo: number): number {
  let x = (lo + hi) / 2;
  for (let i = 0; i < 300; i++) {
    const [fx, dx] = f(x);
    if (fx === 0) return x;
    if (Math.sign(fx) === Math.sign(flo)) {
      lo = x;
      flo = fx;
    } else {
      hi = x;
    }
    let next = dx !== 0 && Number.isFinite(dx) ? x - fx / dx : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    const tol = 2 * Number.EPSILON * Math.max(1, Math.abs(next));
    if (Math.abs(next - x) <= tol || hi - lo <= tol) return next;
    x = next;
  }
  return x;
}

function solveBracketed(f: (r: number) => number, fn: string): number {
  const g = numericSlope(f);
  let prevR = -0.9999;
  let prevF = f(prevR);
  for (let x = Math.log1p(-0.9999); x <= SCAN_LIMIT; x += 0.01) {
    const r = Math.expm1(x);
    const fr = f(r);
    if (fr === 0) return r;
    if (Number.isFinite(fr) && Number.isFinite(prevF) && Math.sign(fr) !== Math.sign(prevF)) {
      return refine(g, prevR, r, prevF);
    }
    prevR = r;
    prevF = fr;
  }
  throw new RangeError(`${fn}: no rate solves the equation`);
}
