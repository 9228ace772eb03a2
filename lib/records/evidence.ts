/**
 * Papers a person is commonly asked for, or helped by, when negotiating a repayment plan. The list is a reminder to
 * prepare, not a statement of what any bank requires.
 */
import type { EvidenceItem } from './types';

export interface EvidenceTemplate {
  id: string;
  zh: string;
  en: string;
}

export const DEFAULT_EVIDENCE_CHECKLIST: readonly EvidenceTemplate[] = [
  { id: 'debt-statement', zh: '最新账单与欠款明细（本金、利息、费用、违约金）', en: 'Latest statement and itemised balance (principal, interest, fees, penalties)' },
  { id: 'repayment-proof', zh: '已还款凭证（转账记录、回单截图）', en: 'Proof of payments already made (transfer records, receipts)' },
  { id: 'income-statement', zh: '收入证明或工资流水', en: 'Income statement or payslips' },
  { id: 'bank-statement', zh: '近几个月的银行流水', en: 'Recent bank statements' },
  { id: 'medical-certificate', zh: '医疗诊断证明、住院记录或医疗账单', en: 'Medical certificate, hospital records or medical bills' },
  { id: 'unemployment-certificate', zh: '失业证明或离职证明', en: 'Proof of unemployment or termination letter' },
  { id: 'hardship-statement', zh: '困难情况说明（原因、经过、预计恢复时间）', en: 'Written account of the hardship (cause, timeline, expected recovery)' },
  { id: 'other-debts', zh: '其他债务清单及每月还款额', en: 'List of other debts and their monthly payments' },
  { id: 'budget', zh: '每月收支表', en: 'Monthly budget (income and essential spending)' },
  { id: 'id-document', zh: '身份证件（以便核实身份）', en: 'Identity document (for identity checks)' },
  { id: 'written-confirmation', zh: '银行出具的书面协议或确认函', en: "The bank's written agreement or confirmation letter" },
];

/** A fresh, unticked checklist in one language, ready to store in `SessionRecord.evidence`. */
export function evidenceChecklist(lang: 'zh' | 'en' = 'zh'): EvidenceItem[] {
  return DEFAULT_EVIDENCE_CHECKLIST.map((t) => ({ id: t.id, label: t[lang], prepared: false }));
}
