/**
 * The UK income and expenditure summary, in the Standard Financial Statement's order: income, fixed and flexible
 * costs, other creditors, and what is left. With no itemised costs the Plan's essential spending is one line; with
 * some, each heading entered is listed and the rest left out.
 */
import { describeOfferSentence } from '../negotiate/describe';
import { blocks, dateText, debtParts, debtTotal, englishList, money, sentence, typed } from './format';
import { HARDSHIP_WORDS } from './hardship-words';
import { SFS_CATEGORIES, type LetterInput, type SfsCategory } from './types';

export const SFS_LABELS: Record<SfsCategory, { zh: string; en: string; flexible: boolean }> = {
  home: { zh: '住房与家居（房租、房贷、市政税等）', en: 'Home and contents', flexible: false },
  utilities: { zh: '水电燃气', en: 'Utilities', flexible: false },
  'care-health': { zh: '照护与医疗', en: 'Care and health costs', flexible: false },
  transport: { zh: '交通出行', en: 'Transport and travel', flexible: false },
  school: { zh: '子女上学', en: 'School costs', flexible: false },
  'pensions-insurance': { zh: '养老金与保险', en: 'Pensions and insurances', flexible: false },
  professional: { zh: '职业相关费用', en: 'Professional costs', flexible: false },
  'other-essential': { zh: '其他必要开支', en: 'Other essential costs', flexible: false },
  'communications-leisure': { zh: '通讯与休闲', en: 'Communications and leisure', flexible: true },
  'food-housekeeping': { zh: '食品与日用', en: 'Food and housekeeping', flexible: true },
  personal: { zh: '个人开支（衣物、理发等）', en: 'Personal costs', flexible: true },
  savings: { zh: '储蓄', en: 'Savings', flexible: true },
};

/** The itemised costs that were entered, and their sum; undefined when nothing was itemised. */
export function sfsItems(sfs: LetterInput['sfs']): { items: [SfsCategory, number][]; total: number } | undefined {
  const items = SFS_CATEGORIES.map((c) => [c, sfs?.[c] ?? 0] as [SfsCategory, number]).filter(([, v]) => v > 0);
  if (items.length === 0) return undefined;
  return { items, total: items.reduce((s, [, v]) => s + v, 0) };
}

export function ukStatement(input: LetterInput): string {
  const { debt, budget } = input;
  const m = (v: number) => money(v, debt.currency, 'en');
  const row = (label: string, v: number) => `  ${label}: ${m(v)}`;
  const itemised = sfsItems(input.sfs);
  const spending = itemised?.total ?? budget.essentialSpending;
  const left = Math.max(0, budget.monthlyIncome - spending - budget.otherDebtPayments);
  const account = input.account?.trim();
  const total = debtTotal(debt);
  const parts = debtParts(debt, 'en');
  const own = typed(input.ownWords);
  const recovery = typed(input.recovery);
  const since = input.since?.trim() ? `Since ${dateText(input.since, 'en')}, I have` : 'I have';

  const heading = (title: string, flexible: boolean): string[] => {
    const rows = (itemised?.items ?? []).filter(([c]) => SFS_LABELS[c].flexible === flexible).map(([c, v]) => row(SFS_LABELS[c].en, v));
    return rows.length > 0 ? [title, ...rows] : [];
  };
  const costs = itemised
    ? [...heading('Fixed costs', false), ...heading('Flexible costs', true)]
    : [row('Essential living costs (not itemised)', budget.essentialSpending)];

  const proposal =
    input.proposal.type === 'typed'
      ? sentence(`My offer: ${input.proposal.text.trim()}`, 'en')
      : input.proposal.type === 'plan'
        ? sentence(`My offer: ${describeOfferSentence(input.proposal.offer, 'en', input.proposal.schedule)}`, 'en')
        : left > 0
          ? `My offer: monthly payments of ${m(left)}, the amount left after my essential costs and other repayments.`
          : 'I have nothing left each month after my essential costs; I would like to discuss what can be done.';

  return blocks(
    'Income and expenditure summary',
    [
      `Prepared on ${dateText(input.today, 'en')}${input.name?.trim() ? ` by ${input.name.trim()}` : ''}`,
      input.bankName?.trim() || account ? `For ${input.bankName?.trim() ? input.bankName.trim() : 'my lender'}${account ? `, account ending ${account}` : ''}` : undefined,
      'Laid out under the headings of the Standard Financial Statement. All figures are monthly.',
    ]
      .filter(Boolean)
      .join('\n'),
    `Circumstances\n${since} been affected by ${HARDSHIP_WORDS[input.hardship ?? 'other'].en}.${own ? `\n${own}` : ''}${recovery ? `\n${sentence(`Expected change: ${recovery}`, 'en')}` : ''}`,
    ['Income', row('Total monthly income', budget.monthlyIncome)].join('\n'),
    ['Expenditure', ...costs, row('Total expenditure', spending)].join('\n'),
    budget.otherDebtPayments > 0 ? ['Other creditors', row('Repayments to other creditors', budget.otherDebtPayments)].join('\n') : undefined,
    ['Summary', row('Income', budget.monthlyIncome), row('Less expenditure', spending), budget.otherDebtPayments > 0 ? row('Less other repayments', budget.otherDebtPayments) : undefined, row('Available each month', left), budget.cashNow > 0 ? row('Savings available now', budget.cashNow) : undefined]
      .filter(Boolean)
      .join('\n'),
    total > 0 ? `Balance owed to you\n  ${m(total)}${parts.length > 1 ? ` (${englishList(parts)})` : ''}` : undefined,
    proposal,
    input.evidence.length > 0 ? ['Evidence I can provide', ...input.evidence.map((e) => `  - ${e}`)].join('\n') : undefined,
    'These figures are a true picture of my finances as of the date above. Please reply in writing.',
  );
}
