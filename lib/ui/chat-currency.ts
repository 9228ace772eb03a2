/**
 * Which currency a chat is in, from the chat itself rather than the browser. An English browser's Plan defaults to
 * USD, and a Chinese bank quoting ¥ then got warnings and replies in $. The order:
 *   1. the currency the bank's own messages name (¥ / 元 / RMB → CNY, $ → USD, £ → GBP, …), most named first;
 *   2. the bank's country in the site registry (CN → CNY, US → USD, UK → GBP);
 *   3. the Plan's setting;
 *   4. CNY (the product's home market).
 * When the Plan's figures are in another currency than the chat's, the person is asked once which it is
 * (planCurrencyQuestion); until they answer, the figures are not compared at all, never silently mixed.
 */

import type { Budget, Currency, Debt } from '../negotiate/types';
import type { Region } from '../sites/types';

export type CurrencySource = 'chat' | 'bank' | 'plan' | 'default';

export interface ChatCurrency {
  currency: Currency;
  source: CurrencySource;
}

// Names that contain 元 but are not yuan come first and are blanked out before 元 is looked for.
const NAMED: readonly [Currency, RegExp][] = [
  ['USD', /US\$|美元|美金|\bUSD\b|\bdollars?\b/gi],
  ['HKD', /HK\$|港元|港币|港幣|\bHKD\b/gi],
  ['GBP', /£|英镑|英鎊|\bGBP\b|\bpounds?\b(?! of)/gi],
  ['EUR', /€|欧元|歐元|\bEUR\b|\beuros?\b/gi],
  ['CNY', /[¥￥]|人民币|人民幣|\bRMB\b|\bCNY\b|\byuan\b|[\d两兩一二三四五六七八九十百千万萬]\s*元|块钱/gi],
  // A bare $ counts as USD only after HK$ and US$ are taken out.
  ['USD', /\$/g],
];

/** How often each currency is named in a text. */
export function currenciesNamedIn(text: string): Partial<Record<Currency, number>> {
  const counts: Partial<Record<Currency, number>> = {};
  let rest = text;
  for (const [currency, pattern] of NAMED) {
    rest = rest.replace(pattern, () => {
      counts[currency] = (counts[currency] ?? 0) + 1;
      return ' ';
    });
  }
  return counts;
}

export function regionCurrency(region: Region | undefined): Currency | undefined {
  return region === 'CN' ? 'CNY' : region === 'US' ? 'USD' : region === 'UK' ? 'GBP' : undefined;
}

export interface ChatCurrencyInputs {
  /** What the bank's side said (agent and bot lines), oldest first. */
  bankTexts: readonly string[];
  region?: Region | undefined;
  planCurrency?: Currency | undefined;
}

/** The chat's currency and where it came from. Ties between named currencies go to the most recently named. */
export function chatCurrency({ bankTexts, region, planCurrency }: ChatCurrencyInputs): ChatCurrency {
  const totals = new Map<Currency, { count: number; last: number }>();
  bankTexts.forEach((text, i) => {
    for (const [currency, n] of Object.entries(currenciesNamedIn(text)) as [Currency, number][]) {
      const t = totals.get(currency) ?? { count: 0, last: -1 };
      totals.set(currency, { count: t.count + n, last: i });
    }
  });
  const named = [...totals.entries()].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last)[0];
  if (named) return { currency: named[0], source: 'chat' };
  const bank = regionCurrency(region);
  if (bank) return { currency: bank, source: 'bank' };
  if (planCurrency) return { currency: planCurrency, source: 'plan' };
  return { currency: 'CNY', source: 'default' };
}

/** The person's answer to "which currency are your Plan's figures in?". */
export type PlanCurrencyAnswer = 'chat' | 'plan';

export interface PlanFigures {
  debt: Debt;
  budget: Budget;
}

export interface CurrencyDecision<P extends PlanFigures> {
  /** The Plan's figures to judge this chat's offers by, in the chat's currency; undefined when they must not be. */
  profile: P | undefined;
  /** Ask the person (the Plan is in one currency, the chat in another, and they have not said which is right). */
  ask: { plan: Currency; chat: Currency } | undefined;
}

const MARKET: Record<Currency, Debt['market']> = { CNY: 'CN', USD: 'US', GBP: 'UK', EUR: 'UK', HKD: 'CN' };

/**
 * The Plan as this chat may use it. Same currency: as it is. Different: asked once; "my figures are in the chat's
 * currency" (the Plan's currency was only the browser's default) reads them in the chat's currency; "they really
 * are in the Plan's currency" leaves them out, so no figure in one currency is compared with one in another.
 */
export function planForChat<P extends PlanFigures>(profile: P | undefined, chat: ChatCurrency, answer: PlanCurrencyAnswer | undefined): CurrencyDecision<P> {
  if (!profile || profile.debt.currency === chat.currency || chat.source === 'plan') return { profile, ask: undefined };
  if (answer === 'chat') return { profile: { ...profile, debt: { ...profile.debt, currency: chat.currency, market: MARKET[chat.currency] } }, ask: undefined };
  if (answer === 'plan') return { profile: undefined, ask: undefined };
  return { profile: undefined, ask: { plan: profile.debt.currency, chat: chat.currency } };
}

/** Where the answer is remembered: per site and per pair of currencies, for the panel's session. */
export function answerKey(siteId: string, ask: { plan: Currency; chat: Currency }): string {
  return `parley.planCurrency:${siteId}:${ask.plan}>${ask.chat}`;
}
