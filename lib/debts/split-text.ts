/** The difference between the two splits in one sentence, both ways round, with the figures it rests on. */
import type { Bilingual } from '../negotiate/analyze';
import { formatMoney } from '../negotiate/money';
import type { Currency } from '../negotiate/types';
import type { SplitComparison } from './split';

export function splitDifferenceText(c: SplitComparison, currency: Currency): Bilingual | undefined {
  if (c.costDifference === undefined || c.monthsDifference === undefined) return undefined;
  const money = (m: number, lang: 'zh' | 'en') => formatMoney(Math.abs(m), currency, lang);
  const cost = c.costDifference;
  const months = c.monthsDifference;
  if (cost === 0 && months === 0) return { zh: '两种顺序的总成本和用时相同。', en: 'Both orders cost the same and take as long.' };
  const monthsZh = months === 0 ? '用时相同' : months > 0 ? `早${months}个月还清` : `晚${-months}个月还清`;
  const monthsEn = months === 0 ? 'in the same time' : months > 0 ? `${months} month${months === 1 ? '' : 's'} sooner` : `${-months} month${months === -1 ? '' : 's'} later`;
  if (cost >= 0) {
    return {
      zh: `先还成本最高的，比先还余额最少的少花约${money(cost, 'zh')}，${monthsZh}。`,
      en: `Highest cost first costs about ${money(cost, 'en')} less than smallest balance first, and clears everything ${monthsEn}.`,
    };
  }
  return {
    zh: `这里先还余额最少的反而少花约${money(cost, 'zh')}，先还成本最高的${monthsZh}。`,
    en: `Here smallest balance first costs about ${money(cost, 'en')} less; highest cost first clears everything ${monthsEn}.`,
  };
}
