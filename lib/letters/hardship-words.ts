import type { Hardship } from './types';

/**
 * How each hardship is put in a letter: `zh` completes "因…，" and `en` completes "I have been affected by …". Plain
 * statements of cause, for the person to replace with their own words when they have them.
 */
export const HARDSHIP_WORDS: Record<Hardship, { zh: string; en: string }> = {
  unemployment: { zh: '本人失业，暂时没有稳定的收入', en: 'the loss of my job, which left me without a steady income' },
  illness: { zh: '本人生病（或受伤）需要治疗，收入减少而医疗开支增加', en: 'an illness or injury that cut my income while my medical costs rose' },
  'income-cut': { zh: '本人收入明显下降', en: 'a substantial cut in my income' },
  'family-emergency': { zh: '家中发生突发情况，产生了一大笔必要开支', en: 'a family emergency that needed a large sum of money' },
  'business-failure': { zh: '本人经营的生意出现亏损，收入大幅减少', en: 'the failure of my business, which cut my income sharply' },
  caregiving: { zh: '本人需要照顾家人，工作时间和收入都减少了', en: 'caring for a family member, which cut my working hours and income' },
  'wage-arrears': { zh: '工作单位拖欠本人工资', en: 'my employer not paying the wages I am owed' },
  other: { zh: '本人遇到了暂时的经济困难', en: 'a change in my circumstances that has left me short of money' },
};
