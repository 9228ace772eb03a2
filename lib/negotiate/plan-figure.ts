/**
 * The one monthly figure of a plan, named as what it is. A Chinese 分期 bill carries the principal's fen remainder
 * (or an up-front fee) in its first period, so "the monthly payment" is two numbers; showing only one of them beside
 * the agent's rounded figure left people with four different amounts for the same plan. Every place that states a
 * plan's monthly payment (card headline, key figure, ladder, replies, record) takes it from here:
 *   "首月¥1,062.96，之后每月¥1,062.64" / "first month ¥1,062.96, then ¥1,062.64", or "每月¥817.14" / "¥817.14 a month".
 */

import { formatMoney } from './money';
import type { Schedule } from './schedules/schedule';
import type { Currency } from './types';

export type Lang = 'zh' | 'en';

/** The first bill and the bill that follows it (the one paid every month after). */
export interface MonthlyBills {
  first: number;
  regular: number;
}

export function monthlyBills(schedule: Schedule): MonthlyBills | null {
  const bills = schedule.payments.filter((p) => p.period >= 1 && p.total > 0);
  if (bills.length === 0) return null;
  const first = bills[0]!.total;
  return { first, regular: bills[1]?.total ?? first };
}

/**
 * "首月¥1,062.96，之后每月¥1,062.64" when the first bill differs from the rest, else "每月¥817.14".
 * `style: 'sentence'` gives the English form that sits inside a reply ("¥1,062.96 the first month and ¥1,062.64 after
 * that"); the card uses the short form.
 */
export function monthlyFigureText(bills: MonthlyBills, currency: Currency, lang: Lang, style: 'short' | 'sentence' = 'short'): string {
  const money = (m: number) => formatMoney(m, currency, lang);
  if (bills.first === bills.regular) return lang === 'zh' ? `每月${money(bills.regular)}` : `${money(bills.regular)} a month`;
  if (lang === 'zh') return `首月${money(bills.first)}，之后每月${money(bills.regular)}`;
  return style === 'sentence'
    ? `${money(bills.first)} the first month and ${money(bills.regular)} after that`
    : `first month ${money(bills.first)}, then ${money(bills.regular)}`;
}

/**
 * A figure said with "about" / 约 has no cents: "about ¥1,200", never "about ¥1,200.00". Rounded half up to the
 * whole unit; an amount under one unit keeps its cents so it never reads as zero.
 */
export function approximateMoney(minor: number, currency: Currency, lang: Lang): string {
  if (!Number.isFinite(minor) || Math.abs(minor) < 100) return formatMoney(minor, currency, lang);
  const whole = Math.round(minor / 100) * 100;
  return formatMoney(whole, currency, lang).replace(/\.00$/, '');
}

/**
 * The agent's figure as the agent said it: "约¥1,062.65" keeps the agent's own precision (a figure given with cents
 * keeps them, "about $817" stays whole), marked approximate when the agent said 约 / about.
 */
export function agentFigureText(stated: number, approximate: boolean, currency: Currency, lang: Lang): string {
  const exact = formatMoney(stated, currency, lang);
  const shown = stated % 100 === 0 ? exact.replace(/\.00$/, '') : exact;
  if (!approximate) return shown;
  return lang === 'zh' ? `约${shown}` : `about ${shown}`;
}
