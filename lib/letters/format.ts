/**
 * Small wording helpers shared by the letters. Every helper returns a complete phrase or nothing, so a template never
 * has to print a value that is missing: it leaves the whole sentence out instead.
 */
import { formatMoney } from '../negotiate/money';
import type { Currency, Debt, Waiver } from '../negotiate/types';

export type Lang = 'zh' | 'en';

export function money(minor: number, currency: Currency, lang: Lang): string {
  return formatMoney(minor, currency, lang);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-04" → "2026年12月4日" / "4 December 2026"; "2026-09" → "2026年9月" / "September 2026"; other text as typed. */
export function dateText(value: string, lang: Lang, style: 'uk' | 'us' = 'uk'): string {
  const d = DAY.exec(value);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (lang === 'zh') return `${y}年${m}月${day}日`;
    return style === 'us' ? `${EN_MONTHS[m - 1]} ${day}, ${y}` : `${day} ${EN_MONTHS[m - 1]} ${y}`;
  }
  const mo = MONTH.exec(value);
  if (mo) {
    const [y, m] = [Number(mo[1]), Number(mo[2])];
    return lang === 'zh' ? `${y}年${m}月` : `${EN_MONTHS[m - 1]} ${y}`;
  }
  return value.trim();
}

export function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function chineseList(items: readonly string[]): string {
  return items.join('、');
}

export const WAIVER_WORDS: Record<Waiver, { zh: string; en: string }> = {
  interest: { zh: '利息', en: 'interest' },
  penalty: { zh: '罚息', en: 'penalty interest' },
  'late-fee': { zh: '违约金', en: 'late fees' },
  fee: { zh: '其他费用', en: 'other charges' },
};

export function debtTotal(debt: Debt): number {
  return debt.principal + debt.interest + debt.fees + debt.penalties;
}

/** The parts of the balance that are not zero, in the order a statement lists them. */
export function debtParts(debt: Debt, lang: Lang): string[] {
  const parts: [number, string, string][] = [
    [debt.principal, '本金', 'principal'],
    [debt.interest, '利息', 'interest'],
    [debt.fees, '手续费等费用', 'fees'],
    [debt.penalties, '违约金和罚息', 'late fees and penalty interest'],
  ];
  return parts
    .filter(([v]) => v > 0)
    .map(([v, zh, en]) => (lang === 'zh' ? `${zh}${money(v, debt.currency, lang)}` : `${en} ${money(v, debt.currency, lang)}`));
}

/** Typed text with its blank lines collapsed and ends trimmed; undefined when nothing is left. */
export function typed(value: string | undefined): string | undefined {
  const v = value?.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return v ? v : undefined;
}

/** Joins blocks with one blank line between them, leaving out the empty ones. */
export function blocks(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}

/** A sentence ends with a full stop in its language unless it already ends with punctuation. */
export function sentence(text: string, lang: Lang): string {
  const t = text.trim();
  if (/[。！？.!?…]$/.test(t)) return t;
  return t + (lang === 'zh' ? '。' : '.');
}
