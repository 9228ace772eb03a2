/**
 * What to have ready before contacting the bank, by hardship and country, each with the reason a bank asks for it.
 * Ids shared with lib/records/evidence.ts tick the same line of a record's evidence checklist. A reminder of what
 * helps, not a list of what any bank requires.
 */
import type { Hardship } from '../letters/types';

export type Country = 'CN' | 'US' | 'UK';
type Words = { zh: string; en: string };

export interface PrepareItem {
  id: string;
  label: Words;
  why: Words;
  /** Absent: every hardship. */
  hardships?: readonly Hardship[];
  /** Absent: every country. */
  countries?: readonly Country[];
}

export const PREPARE_ITEMS: readonly PrepareItem[] = [
  {
    id: 'debt-statement',
    label: { zh: '最新账单和欠款明细（本金、利息、费用、违约金）', en: 'Latest statement with the balance broken down (principal, interest, fees, penalties)' },
    why: { zh: '协商从准确的欠款金额谈起；有了明细，才能核对哪些费用可以申请减免。', en: 'Every plan starts from the exact balance; the breakdown shows which charges you can ask to have waived.' },
  },
  {
    id: 'id-document',
    label: { zh: '身份证件', en: 'Photo ID' },
    why: { zh: '银行先核实身份，才会讨论账户情况。', en: 'The bank checks who you are before it discusses the account.' },
  },
  {
    id: 'income-statement',
    label: { zh: '收入证明或近几个月的工资条', en: 'Recent payslips or other proof of income' },
    why: { zh: '银行据此判断您每月实际能还多少。', en: 'It shows the bank what you can really pay each month.' },
  },
  {
    id: 'bank-statement',
    label: { zh: '近3至6个月的银行流水', en: 'Bank statements for the last 3 to 6 months' },
    why: { zh: '流水能印证您说的收入和开支。', en: 'They back up the income and spending you describe.' },
  },
  {
    id: 'budget',
    label: { zh: '每月收支表（收入、必要开支、其他还款）', en: 'A monthly budget: income, essential costs, other repayments' },
    why: { zh: '有了收支表，提出的每月还款额才有依据。', en: 'It is the basis for the monthly amount you offer.' },
    countries: ['CN', 'US'],
  },
  {
    id: 'budget',
    label: { zh: '按标准财务报表（SFS）分类的收支表', en: 'An income and expenditure statement under the Standard Financial Statement headings' },
    why: { zh: '英国的贷款机构和债务咨询机构通用这一格式，用它能减少来回补充材料。', en: 'UK lenders and debt advice services share this format, so it saves going back and forth.' },
    countries: ['UK'],
  },
  {
    id: 'other-debts',
    label: { zh: '其他债务清单及每月还款额', en: 'A list of your other debts and what you pay on each' },
    why: { zh: '银行要知道您的收入还需要偿还哪些债务。', en: 'The bank needs to know what else your income has to cover.' },
  },
  {
    id: 'hardship-statement',
    label: { zh: '困难情况说明（原因、开始时间、预计何时好转）', en: 'A short written account of what happened, since when, and when things may improve' },
    why: { zh: '把经过写清楚，沟通时就不会遗漏，也可以作为书面申请的附件。', en: 'Writing it down keeps the story clear in the conversation and can go with a written application.' },
  },
  {
    id: 'repayment-proof',
    label: { zh: '已还款的凭证', en: 'Proof of payments you have already made' },
    why: { zh: '说明您一直在尽力还款。', en: 'It shows you have kept paying what you could.' },
  },
  {
    id: 'unemployment-certificate',
    label: { zh: '离职证明、解除劳动合同通知或失业登记证明', en: 'Termination or redundancy letter' },
    why: { zh: '证明收入中断的原因和时间。', en: 'It shows why and when your income stopped.' },
    hardships: ['unemployment'],
    countries: ['CN', 'US'],
  },
  {
    id: 'unemployment-certificate',
    label: { zh: '裁员通知或 P45', en: 'Redundancy letter or P45' },
    why: { zh: '证明收入中断的原因和时间。', en: 'It shows why and when your income stopped.' },
    hardships: ['unemployment'],
    countries: ['UK'],
  },
  {
    id: 'benefit-award',
    label: { zh: '失业保险金领取记录', en: 'Unemployment benefit statement' },
    why: { zh: '说明您目前的收入来源和金额。', en: 'It shows what you live on now.' },
    hardships: ['unemployment'],
    countries: ['CN', 'US'],
  },
  {
    id: 'benefit-award',
    label: { zh: '福利发放通知（如 Universal Credit）', en: 'Benefit award letter (for example Universal Credit)' },
    why: { zh: '说明您目前的收入来源和金额。', en: 'It shows what you live on now.' },
    hardships: ['unemployment', 'illness', 'income-cut', 'caregiving'],
    countries: ['UK'],
  },
  {
    id: 'job-search',
    label: { zh: '求职记录或新工作的录用通知', en: 'Job applications or a new job offer' },
    why: { zh: '让银行看到收入恢复的时间点，更容易同意阶段性的安排。', en: 'It shows when income should return, which helps the case for a temporary arrangement.' },
    hardships: ['unemployment'],
  },
  {
    id: 'medical-certificate',
    label: { zh: '医院的诊断证明、住院记录或病历', en: 'Doctor’s letter, hospital records or diagnosis' },
    why: { zh: '证明困难是怎么来的，银行核实原因时常会要。', en: 'It shows what caused the hardship, which banks often ask to see.' },
    hardships: ['illness', 'caregiving'],
  },
  {
    id: 'medical-bills',
    label: { zh: '医疗费用票据', en: 'Medical bills and receipts' },
    why: { zh: '说明开支为什么增加。', en: 'They show why your costs went up.' },
    hardships: ['illness', 'family-emergency', 'caregiving'],
  },
  {
    id: 'sick-note',
    label: { zh: '病假证明或单位出具的病假工资说明', en: 'Sick note or statement of sick pay' },
    why: { zh: '说明治疗期间收入减少了多少。', en: 'It shows how much your pay fell while you were ill.' },
    hardships: ['illness'],
    countries: ['CN', 'US'],
  },
  {
    id: 'sick-note',
    label: { zh: '医生开具的 fit note 或法定病假工资（SSP）记录', en: 'Fit note or Statutory Sick Pay record' },
    why: { zh: '说明治疗期间收入减少了多少。', en: 'It shows how much your pay fell while you were ill.' },
    hardships: ['illness'],
    countries: ['UK'],
  },
  {
    id: 'business-records',
    label: { zh: '营业执照、经营流水和纳税申报记录', en: 'Business accounts, bank statements and tax returns' },
    why: { zh: '证明经营收入下降的幅度和时间。', en: 'They show how far and since when the business income fell.' },
    hardships: ['business-failure'],
  },
  {
    id: 'business-closure',
    label: { zh: '停业、注销或亏损的相关证明', en: 'Evidence the business closed or is trading at a loss' },
    why: { zh: '说明收入不会很快恢复，或何时可能恢复。', en: 'It shows whether and when income may recover.' },
    hardships: ['business-failure'],
  },
  {
    id: 'emergency-proof',
    label: { zh: '突发事件的证明（如事故、亲属病故、灾害）', en: 'Evidence of the emergency (accident, bereavement, disaster)' },
    why: { zh: '证明这笔开支是突发且必要的。', en: 'It shows the cost was sudden and unavoidable.' },
    hardships: ['family-emergency'],
  },
  {
    id: 'emergency-costs',
    label: { zh: '相关开支的票据', en: 'Receipts for what the emergency cost' },
    why: { zh: '说明钱花在了哪里、花了多少。', en: 'They show where the money went and how much.' },
    hardships: ['family-emergency', 'other'],
  },
  {
    id: 'pay-cut',
    label: { zh: '降薪通知，或降薪前后的工资条', en: 'Notice of the pay cut, or payslips from before and after' },
    why: { zh: '说明收入减少了多少、从何时开始。', en: 'They show how much your income fell and from when.' },
    hardships: ['income-cut', 'wage-arrears'],
  },
  {
    id: 'wage-claim',
    label: { zh: '欠薪的证明（如劳动仲裁受理通知、单位出具的说明）', en: 'Evidence of the unpaid wages (a claim or your employer’s letter)' },
    why: { zh: '说明收入中断不是您的原因，以及何时可能追回。', en: 'It shows the missing income is owed to you and when it may come.' },
    hardships: ['wage-arrears'],
  },
  {
    id: 'care-proof',
    label: { zh: '家人需要照护的证明', en: 'Evidence of the care your family member needs' },
    why: { zh: '说明工作时间减少的原因。', en: 'It shows why you work fewer hours.' },
    hardships: ['caregiving'],
  },
];

/** The items that apply to one hardship in one country, in catalogue order; the first of a shared id wins. */
export function itemsFor(hardship: Hardship | undefined, country: Country): PrepareItem[] {
  const seen = new Set<string>();
  return PREPARE_ITEMS.filter((item) => {
    if (item.countries && !item.countries.includes(country)) return false;
    if (item.hardships && !(hardship && item.hardships.includes(hardship))) return false;
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}
