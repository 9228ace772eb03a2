import type { Hardship } from '../../lib/letters/types';

/** The hardships as the person picks them. */
export const HARDSHIP_NAMES: Record<Hardship, { zh: string; en: string }> = {
  unemployment: { zh: '失业', en: 'Job loss' },
  illness: { zh: '生病或受伤', en: 'Illness or injury' },
  'business-failure': { zh: '经营失败', en: 'Business failure' },
  'family-emergency': { zh: '家庭突发情况', en: 'Family emergency' },
  'income-cut': { zh: '收入下降', en: 'Income cut' },
  caregiving: { zh: '照顾家人', en: 'Caring for family' },
  'wage-arrears': { zh: '工资被拖欠', en: 'Unpaid wages' },
  other: { zh: '其他', en: 'Other' },
};
