/**
 * How variable values look inside a sentence. Money reuses the engine's formatter so a figure reads the same in a
 * suggested reply as on the ladder ("¥1,234.56", "$1,234.56", "£1,234.56"). Every formatter returns undefined for a
 * value it cannot show honestly (NaN, negative money, an impossible date): the template then treats the variable
 * as unknown instead of printing "NaN" or "undefined".
 */

import { formatMoney } from '../negotiate/money';
import type { Currency } from '../negotiate/types';
import type { Lang } from './types';

export function money(minor: number | undefined, currency: Currency, lang: Lang): string | undefined {
  if (minor === undefined || !Number.isSafeInteger(minor) || minor < 0) return undefined;
  return formatMoney(minor, currency, lang);
}

export function count(n: number | undefined): string | undefined {
  if (n === undefined || !Number.isSafeInteger(n) || n <= 0) return undefined;
  return String(n);
}

/** 0.006 → "0.6%": banks quote fees this way in chat, with no trailing zeros. */
export function rate(r: number | undefined): string | undefined {
  if (r === undefined || !Number.isFinite(r) || r < 0 || r > 10) return undefined;
  return `${Number((r * 100).toFixed(3))}%`;
}

/** A share of the balance, 0.45 → "45%". */
export function percent(ratio: number | undefined): string | undefined {
  if (ratio === undefined || !Number.isFinite(ratio) || ratio <= 0 || ratio > 1) return undefined;
  return `${Number((ratio * 100).toFixed(1))}%`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2025-03-25" → "2025年3月25日" / "25 March 2025". Day-first English is unambiguous for both US and UK readers.
 */
export function date(iso: string | undefined, lang: Lang): string | undefined {
  if (iso === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return lang === 'zh' ? `${y}年${mo}月${d}日` : `${d} ${MONTHS_EN[mo - 1]} ${y}`;
}

/** User- or page-supplied text placed into a sentence: one line, no template syntax, bounded length. */
export function text(value: string | undefined, max = 60): string | undefined {
  if (value === undefined) return undefined;
  const clean = value.replace(/[{}[\]]/g, '').replace(/\s+/g, ' ').trim();
  if (clean === '' || /^(undefined|null|nan)$/i.test(clean)) return undefined;
  return clean.length > max ? clean.slice(0, max) : clean;
}

export function joinList(items: string[], lang: Lang): string {
  if (lang === 'zh') return items.join('、');
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
