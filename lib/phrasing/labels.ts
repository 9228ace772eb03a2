/** Short bilingual labels for stages, intents, red flags and hardship reasons, for the panel and for `why`. */

import { HARDSHIP_INFO } from './hardships';
import type { HardshipId, IntentId, RedFlagId, StageId } from './types';

export type Label = { zh: string; en: string };

export const STAGE_LABELS: Record<StageId, Label> = {
  opening: { zh: '开场与身份核实', en: 'Opening' },
  hardship: { zh: '说明困难', en: 'Explaining the hardship' },
  breakdown: { zh: '核对欠款明细', en: 'Debt breakdown' },
  proposal: { zh: '提出方案', en: 'Proposing a plan' },
  counter: { zh: '回应银行方案', en: "Answering the bank's offer" },
  waiver: { zh: '申请减免', en: 'Asking for waivers' },
  refusal: { zh: '应对拒绝', en: 'Handling a refusal' },
  'agent-details': { zh: '记录客服信息', en: "Agent's name and ID" },
  confirmation: { zh: '书面确认', en: 'Confirming in writing' },
  'follow-up': { zh: '跟进', en: 'Follow-up' },
  closing: { zh: '结束对话', en: 'Closing' },
  safety: { zh: '安全', en: 'Safety' },
};

export const INTENT_LABELS: Record<IntentId, Label> = {
  greeting: { zh: '问候', en: 'greeting' },
  'identity-check': { zh: '核实身份', en: 'identity check' },
  'asks-reason': { zh: '询问逾期原因', en: 'asks the reason' },
  'asks-proof': { zh: '要求证明材料', en: 'asks for proof' },
  'demands-full-payment': { zh: '要求全额还款', en: 'demands full payment' },
  offer: { zh: '提出方案', en: 'makes an offer' },
  'refuses-waiver': { zh: '拒绝减免', en: 'refuses a waiver' },
  'needs-approval': { zh: '需要审批', en: 'needs approval' },
  'collection-warning': { zh: '催收警告', en: 'collection warning' },
  'asks-commitment': { zh: '要求承诺', en: 'asks for a commitment' },
  closing: { zh: '准备结束', en: 'closing' },
};

export const RED_FLAG_LABELS: Record<RedFlagId, Label> = {
  'asks-secret': { zh: '索要验证码、密码等敏感信息', en: 'asks for a code, password or card details' },
  'safe-account': { zh: '要求转账到“安全账户”或个人账户', en: "asks you to pay into a 'safe' or personal account" },
  'remote-control': { zh: '要求远程查看或操控您的手机、电脑（装软件、共享屏幕、开权限）', en: 'asks to see or control your phone or computer remotely (an app, screen sharing, a permission)' },
  'credit-repair': { zh: '声称付费或借钱可以“修复征信”', en: 'offers to clear your credit record for a fee or a loan' },
  'lookalike-domain': { zh: '网页地址不是该银行的官方域名', en: "the page is not on the bank's official domain" },
};

export const HARDSHIP_LABELS: Record<HardshipId, Label> = Object.fromEntries(
  Object.entries(HARDSHIP_INFO).map(([id, info]) => [id, info.label]),
) as Record<HardshipId, Label>;
