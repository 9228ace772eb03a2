/**
 * The hardship reasons a user can choose to explain. `reason` is the noun phrase the generic hardship templates
 * insert after "主要是因为" / "mainly because of"; it states the cause plainly, without dramatising it.
 */

import type { HardshipId } from './types';

export interface HardshipInfo {
  label: { zh: string; en: string };
  reason: { zh: string; en: string };
}

export const HARDSHIP_INFO: Record<HardshipId, HardshipInfo> = {
  unemployment: {
    label: { zh: '失业', en: 'Lost my job' },
    reason: { zh: '失业后暂时没有稳定收入', en: 'losing my job' },
  },
  illness: {
    label: { zh: '生病或受伤', en: 'Illness or injury' },
    reason: { zh: '生病治疗期间收入减少、开支增加', en: 'an illness that reduced my income and raised my costs' },
  },
  'income-cut': {
    label: { zh: '收入下降', en: 'Income cut' },
    reason: { zh: '收入明显下降', en: 'a substantial cut in my income' },
  },
  'family-emergency': {
    label: { zh: '家庭突发情况', en: 'Family emergency' },
    reason: { zh: '家里出现突发情况，需要一大笔开支', en: 'a family emergency that needed a large sum' },
  },
  'business-failure': {
    label: { zh: '经营困难', en: 'Business failure' },
    reason: { zh: '经营的生意出现了亏损', en: 'my business running at a loss' },
  },
  caregiving: {
    label: { zh: '照顾家人', en: 'Caring for family' },
    reason: { zh: '需要照顾家人，工作时间和收入都减少了', en: 'caring for a family member, which cut my working hours' },
  },
  'wage-arrears': {
    label: { zh: '工资被拖欠', en: 'Unpaid wages' },
    reason: { zh: '单位拖欠了我的工资', en: 'my employer not paying my wages' },
  },
};
