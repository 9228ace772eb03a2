/**
 * Integer minor-unit arithmetic shared by every schedule. Money never leaves integer fen/cents; only rates are floats,
 * so every product of money × rate goes through `mulRate` exactly once.
 */

import type { Currency } from './types';

/**
 * Round half away from zero to an integer.
 *
 * A product such as 4550 × 0.01 comes out of binary floating point as 45.49999999999999; treating anything within
 * float noise of the half (1e-9, or a few ulps for huge values) as the half makes it round up as a bank's decimal
 * ledger would. Genuine fractions that close to .5 cannot arise from minor units × rates quoted to 8 decimals.
 */
export function roundHalfUp(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`roundHalfUp: ${x} is not a finite number`);
  const a = Math.abs(x);
  const f = Math.floor(a);
  const r = a - f >= 0.5 - Math.max(1e-9, a * 4e-15) ? f + 1 : f;
  return x < 0 && r !== 0 ? -r : r;
}

/** amount × rate rounded half-up to the minor unit. */
export function mulRate(amount: number, rate: number): number {
  return roundHalfUp(amount * rate);
}

/**
 * Split an integer total into `parts` integers: floor(total / parts) each, with the whole remainder in the FIRST
 * part — the convention Chinese card issuers print on 分期 bills (尾差计入首期), so a plan we compute shows the same
 * first bill the bank will.
 */
export function splitFirst(total: number, parts: number): number[] {
  assertMinor(total, 'total');
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`splitFirst: parts must be a positive integer, got ${parts}`);
  const q = Math.floor(total / parts);
  const out = new Array<number>(parts).fill(q);
  out[0] = total - q * (parts - 1);
  return out;
}

/**
 * Split an integer total into `parts` integers that differ by at most one: the first (total mod parts) parts carry
 * one extra minor unit. The largest part is ceil(total / parts), so it never grows when the total shrinks or the
 * parts increase — the property settlement counter-offers rely on.
 */
export function splitSpread(total: number, parts: number): number[] {
  assertMinor(total, 'total');
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`splitSpread: parts must be a positive integer, got ${parts}`);
  const q = Math.floor(total / parts);
  const extra = total - q * parts;
  const out = new Array<number>(parts);
  for (let i = 0; i < parts; i++) out[i] = i < extra ? q + 1 : q;
  return out;
}

export function assertMinor(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer number of minor units, got ${value}`);
  }
}

export function assertRate(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite rate ≥ 0, got ${value}`);
}

export function assertPeriods(value: number, name: string, min = 1): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
}

/** Every supported currency has two minor digits; kept as a table so adding JPY-like currencies is one line. */
const MINOR_DIGITS: Record<Currency, number> = { CNY: 2, USD: 2, GBP: 2, EUR: 2, HKD: 2 };

const SYMBOL: Record<Currency, string> = { CNY: '¥', USD: '$', GBP: '£', EUR: '€', HKD: 'HK$' };

export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS[currency];
}

/**
 * "¥1,234.56" in both languages. Built by hand instead of Intl so the output is identical across browsers and ICU
 * builds (Intl renders CNY as "CN¥" in English locales, which reads oddly next to Chinese bank statements).
 */
export function formatMoney(minor: number, currency: Currency, lang: 'zh' | 'en' = 'zh'): string {
  void lang; // both languages use the same symbol-first form; the parameter keeps call sites explicit
  if (!Number.isFinite(minor)) return '—';
  const digits = MINOR_DIGITS[currency];
  const negative = minor < 0;
  const abs = Math.abs(Math.round(minor));
  const unit = 10 ** digits;
  const major = Math.floor(abs / unit);
  const frac = abs - major * unit;
  const grouped = String(major).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = digits > 0 ? `${grouped}.${String(frac).padStart(digits, '0')}` : grouped;
  return `${negative ? '-' : ''}${SYMBOL[currency]}${body}`;
}

/**
 * A rate as a percentage with two decimals: 0.006 → "0.60%" in both languages. No space before the sign: banks and
 * people write "16.43%" in chat, and a space let a line break split the figure from its sign.
 */
export function formatPercent(rate: number, lang: 'zh' | 'en', decimals = 2): string {
  void lang; // the same form in both languages; the parameter keeps call sites explicit
  return `${(rate * 100).toFixed(decimals)}%`;
}
