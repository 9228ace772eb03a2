/**
 * The US hardship letter: who is writing, what happened and since when, the balance, the monthly budget, the plan
 * asked for and what is enclosed. Facts and a request only: it asserts no legal right and makes no promise the
 * writer may not be able to keep.
 */
import { affordableMonthly } from '../negotiate/budget';
import { describeOfferSentence } from '../negotiate/describe';
import { blocks, dateText, debtParts, debtTotal, englishList, money, sentence, typed } from './format';
import { HARDSHIP_WORDS } from './hardship-words';
import type { LetterInput } from './types';

export function usLetter(input: LetterInput): string {
  const { debt, budget } = input;
  const c = debt.currency;
  const m = (v: number) => money(v, c, 'en');
  const spare = affordableMonthly(budget);
  const account = input.account?.trim();
  const since = input.since?.trim() ? `Since ${dateText(input.since, 'en', 'us')}, I` : 'I';
  const total = debtTotal(debt);
  const parts = debtParts(debt, 'en');
  const own = typed(input.ownWords);
  const recovery = typed(input.recovery);

  const request =
    input.proposal.type === 'typed'
      ? sentence(`I am asking for the following arrangement: ${input.proposal.text.trim()}`, 'en')
      : input.proposal.type === 'plan'
        ? sentence(`I am asking for ${describeOfferSentence(input.proposal.offer, 'en', input.proposal.schedule)}`, 'en')
        : spare > 0
          ? `I am asking for a hardship payment plan with monthly payments of no more than ${m(spare)}.`
          : 'I am asking to discuss a hardship arrangement that fits my current income.';

  return blocks(
    dateText(input.today, 'en', 'us'),
    input.bankName?.trim() ? `${input.bankName.trim()}\nHardship / Customer Assistance` : 'Hardship / Customer Assistance',
    `Re: Request for a hardship payment arrangement${account ? ` — account ending ${account}` : ''}`,
    'Dear Sir or Madam,',
    `I am writing to ask for help with repaying my account. ${since} have been affected by ${HARDSHIP_WORDS[input.hardship ?? 'other'].en}, and I cannot keep up the payments as they stand.`,
    own,
    recovery ? sentence(`I expect my situation to improve: ${recovery}`, 'en') : undefined,
    total > 0
      ? `As of ${dateText(input.today, 'en', 'us')}, my balance is ${m(total)}${parts.length > 1 ? ` (${englishList(parts)})` : ''}.`
      : undefined,
    [
      'My monthly budget:',
      `- Income: ${m(budget.monthlyIncome)}`,
      `- Essential living costs: ${m(budget.essentialSpending)}`,
      budget.otherDebtPayments > 0 ? `- Payments on other debts: ${m(budget.otherDebtPayments)}` : undefined,
      `- Left each month for this account: ${m(spare)}`,
      budget.cashNow > 0 ? `- Available now as a one-off payment: ${m(budget.cashNow)}` : undefined,
    ]
      .filter(Boolean)
      .join('\n'),
    request,
    input.evidence.length > 0 ? ['Enclosed:', ...input.evidence.map((e) => `- ${e}`)].join('\n') : undefined,
    'I want to keep paying what I can, and I would be grateful if you would consider this request. Please send your reply and any agreement in writing.',
    `Sincerely,\n\n${input.name?.trim() ? input.name.trim() : '______________________'}`,
  );
}
