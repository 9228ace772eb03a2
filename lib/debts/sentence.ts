/**
 * The sentence that says what the next negotiation may offer and why, with figures that add up on their face:
 * "After the ¥1,000.00 a month agreed with 招商银行, ¥450.00 of the ¥1,450.00 you can pay is left for this debt."
 */
import type { Bilingual } from '../negotiate/analyze';
import { formatMoney } from '../negotiate/money';
import type { Currency } from '../negotiate/types';
import type { ChatBudget } from './for-chat';
import { formatMonth } from './months';

export function budgetLeftSentence(cb: ChatBudget, currency: Currency, nameOf: (debtId: string, lang: 'zh' | 'en') => string): Bilingual | undefined {
  if (cb.agreed.length === 0) return undefined;
  const money = (m: number, lang: 'zh' | 'en') => formatMoney(m, currency, lang);
  const total = cb.agreed.reduce((s, a) => s + a.amount, 0);
  const left = cb.result.left;
  // When a plan ends and leaves more: a later rise of a few fen (a first bill's remainder) is not worth a clause.
  const worthSaying = Math.max(100, Math.round(cb.capacity / 20));
  const later = cb.result.steps.find((s) => cb.result.tightestMonth !== undefined && s.from > cb.result.tightestMonth && s.left - left >= worthSaying);
  const laterZh = later ? `（${formatMonth(later.from)}起为${money(later.left, 'zh')}）` : '';
  const laterEn = later ? ` (${money(later.left, 'en')} from ${formatMonth(later.from)})` : '';
  const zhList = cb.agreed.map((a) => `与${nameOf(a.debtId, 'zh')}谈妥的每月${money(a.amount, 'zh')}`).join('、');
  const enItems = cb.agreed.map((a, i) =>
    i === 0 ? `the ${money(a.amount, 'en')} a month agreed with ${nameOf(a.debtId, 'en')}` : `${money(a.amount, 'en')} with ${nameOf(a.debtId, 'en')}`,
  );
  const enList = enItems.length > 1 ? `${enItems.slice(0, -1).join(', ')} and ${enItems.at(-1)}` : enItems[0]!;
  if (total > cb.capacity) {
    return {
      zh: `已谈妥的还款（${zhList}）合计${money(total, 'zh')}，超过你每月可还的${money(cb.capacity, 'zh')}：这笔欠款每月已无余额可用${laterZh}。`,
      en: `The plans already agreed (${enList}) come to ${money(total, 'en')}, more than the ${money(cb.capacity, 'en')} you can pay each month: nothing is left for this debt${laterEn}.`,
    };
  }
  return {
    zh: `扣除${zhList}后，你每月可还的${money(cb.capacity, 'zh')}中还剩${money(left, 'zh')}可用于这笔欠款${laterZh}。`,
    en: `After ${enList}, ${money(left, 'en')} of the ${money(cb.capacity, 'en')} you can pay each month is left for this debt${laterEn}.`,
  };
}
