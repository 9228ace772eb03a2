/**
 * The offer card's one-line verdict, read in a glance mid-chat: how far the monthly payment is from the person's
 * budget, and what the plan costs beyond the principal ("¥397 a month over your budget; costs ¥9,726 beyond the
 * principal"). Whole currency units: the exact figures sit right below it, and a verdict with cents reads slower.
 */
import { formatMoney } from './money';
import type { Currency } from './types';

export type VerdictTone = 'over' | 'fits' | 'neutral';

export interface VerdictInput {
  currency: Currency;
  /** Largest monthly bill, minor units. */
  monthly: number;
  /** What the person can pay a month (their budget), minor units; undefined when they have not entered figures. */
  budget?: number;
  /** Everything paid beyond the principal, minor units (negative: less than the principal). */
  costBeyondPrincipal: number;
}

export interface Verdict {
  tone: VerdictTone;
  text: string;
}

/** An amount in whole units ("¥9,726"); under one unit it keeps its cents so it never reads as nothing. */
export function wholeMoney(minor: number, currency: Currency, lang: 'zh' | 'en'): string {
  if (!Number.isFinite(minor) || Math.abs(minor) < 100) return formatMoney(minor, currency, lang);
  return formatMoney(Math.round(minor / 100) * 100, currency, lang).replace(/\.0+$/, '');
}

export function offerVerdict({ currency, monthly, budget, costBeyondPrincipal }: VerdictInput, lang: 'zh' | 'en'): Verdict {
  const money = (minor: number) => wholeMoney(minor, currency, lang);
  const parts: string[] = [];
  let tone: VerdictTone = 'neutral';
  if (budget !== undefined && Number.isFinite(budget)) {
    const over = monthly - budget;
    tone = over > 0 ? 'over' : 'fits';
    if (over > 0) parts.push(lang === 'zh' ? `每月超出预算 ${money(over)}` : `${money(over)} a month over your budget`);
    else if (over === 0) parts.push(lang === 'zh' ? '每月正好等于预算' : 'exactly your monthly budget');
    else parts.push(lang === 'zh' ? `在预算内，每月还余 ${money(-over)}` : `within your budget, ${money(-over)} a month to spare`);
  }
  if (costBeyondPrincipal > 0) parts.push(lang === 'zh' ? `比本金多付 ${money(costBeyondPrincipal)}` : `costs ${money(costBeyondPrincipal)} beyond the principal`);
  else if (costBeyondPrincipal < 0) parts.push(lang === 'zh' ? `比本金少付 ${money(-costBeyondPrincipal)}` : `${money(-costBeyondPrincipal)} less than the principal`);
  else parts.push(lang === 'zh' ? '不多付本金以外的钱' : 'nothing beyond the principal');
  const text = lang === 'zh' ? parts.join('，') : parts.join('; ');
  return { tone, text: lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text };
}
