/**
 * The Chinese applications: 个性化分期 / 停息挂账 / 减免 申请书, and the 困难情况说明 on its own. They state the
 * facts the person entered and what they ask for; they claim no legal right and promise nothing beyond the wish to
 * keep repaying.
 */
import { affordableMonthly } from '../negotiate/budget';
import { describeOfferSentence } from '../negotiate/describe';
import { blocks, dateText, debtParts, debtTotal, money, sentence, typed } from './format';
import { HARDSHIP_WORDS } from './hardship-words';
import type { LetterInput } from './types';

const TITLES = {
  'cn-instalment': '个性化分期还款申请书',
  'cn-suspend': '停息挂账分期还款申请书',
  'cn-reduction': '罚息及违约金减免申请书',
  'cn-statement': '困难情况说明',
} as const;

type ZhKind = keyof typeof TITLES;

function opening(input: LetterInput, kind: ZhKind): string {
  const who = input.name?.trim() ? `本人${input.name.trim()}` : '本人';
  const card = input.account?.trim() ? `，持有贵行信用卡（卡号尾号${input.account.trim()}）` : '，是贵行信用卡持卡人';
  const since = input.since?.trim() ? `自${dateText(input.since, 'zh')}起，` : '';
  const cause = HARDSHIP_WORDS[input.hardship ?? 'other'].zh;
  const ask =
    kind === 'cn-statement'
      ? '现将具体情况说明如下。'
      : kind === 'cn-instalment'
        ? '现将情况说明如下，申请为本人办理个性化分期还款。'
        : kind === 'cn-suspend'
          ? '现将情况说明如下，申请停止计收利息、将欠款挂账后分期偿还。'
          : '现将情况说明如下，申请减免逾期产生的罚息和违约金。';
  return `${who}${card}。${since}因${cause}，目前无法按原约定足额还款。${ask}`;
}

function debtSection(input: LetterInput): string {
  const { debt } = input;
  const total = debtTotal(debt);
  if (total <= 0) return '欠款的具体金额以贵行账单为准。';
  const parts = debtParts(debt, 'zh');
  const breakdown = parts.length > 1 ? `，其中${parts.join('，')}` : '';
  return `截至${dateText(input.today, 'zh')}，本人在贵行的欠款合计${money(total, debt.currency, 'zh')}${breakdown}。`;
}

/** The person's own account; without it the opening sentence already names the cause, so nothing is repeated. */
function hardshipSection(input: LetterInput): string | undefined {
  const own = typed(input.ownWords);
  const recovery = typed(input.recovery);
  if (!own && !recovery) return undefined;
  return blocks(own, recovery ? sentence(`预计情况好转的时间：${recovery}`, 'zh') : undefined);
}

function budgetSection(input: LetterInput): string {
  const { budget, debt } = input;
  const c = debt.currency;
  const m = (v: number) => money(v, c, 'zh');
  const spare = affordableMonthly(budget);
  const lines = [
    `本人目前每月收入${m(budget.monthlyIncome)}，必要生活开支${m(budget.essentialSpending)}${budget.otherDebtPayments > 0 ? `，偿还其他债务${m(budget.otherDebtPayments)}` : ''}。`,
    spare > 0 ? `扣除以上支出后，每月可用于偿还本笔欠款的金额约为${m(spare)}。` : '扣除以上支出后，目前每月没有结余。',
    budget.cashNow > 0 ? `目前能一次性拿出的资金为${m(budget.cashNow)}。` : '目前没有可以一次性拿出的存款。',
  ];
  return lines.join('');
}

function requestSection(input: LetterInput, kind: ZhKind): string | undefined {
  const { proposal, budget, debt } = input;
  const spare = affordableMonthly(budget);
  if (proposal.type === 'typed') return sentence(`本人希望的还款安排：${proposal.text.trim()}`, 'zh');
  if (proposal.type === 'plan') {
    const plan = describeOfferSentence(proposal.offer, 'zh', proposal.schedule);
    return `本人申请的还款安排：${sentence(plan, 'zh')}`;
  }
  if (kind === 'cn-statement') return undefined;
  return spare > 0
    ? `具体期数请贵行根据本人情况核定，本人希望每月还款额不超过${money(spare, debt.currency, 'zh')}。`
    : '具体还款安排，希望与贵行根据本人的实际情况协商确定。';
}

function numbered(title: string, body: string, n: number): string {
  const digits = ['一', '二', '三', '四', '五', '六', '七', '八'];
  return `${digits[n - 1]}、${title}\n${body}`;
}

export function chineseLetter(input: LetterInput & { kind: ZhKind }): string {
  const kind = input.kind;
  const sections: [string, string | undefined][] = [
    ['欠款情况', debtSection(input)],
    ['困难情况', hardshipSection(input)],
    ['收支情况', budgetSection(input)],
    [kind === 'cn-statement' ? '希望的还款安排' : '申请事项', requestSection(input, kind)],
    ['附件材料', input.evidence.length > 0 ? input.evidence.map((e, i) => `${i + 1}. ${e}`).join('\n') : undefined],
  ];
  const present = sections.filter((s): s is [string, string] => s[1] !== undefined && s[1].trim() !== '');
  const bank = input.bankName?.trim() ? `${input.bankName.trim()}：` : '贵行：';
  const closing =
    kind === 'cn-statement'
      ? '以上情况属实。本人愿意继续偿还欠款，恳请贵行在协商还款方案时予以考虑。'
      : '以上情况属实。本人愿意继续偿还欠款，恳请贵行考虑本人的申请。';
  return blocks(
    TITLES[kind],
    `${bank}\n${opening(input, kind)}`,
    ...present.map(([title, body], i) => numbered(title, body, i + 1)),
    closing,
    `${input.name?.trim() ? `申请人：${input.name.trim()}` : '申请人签名：＿＿＿＿＿＿'}\n日期：${dateText(input.today, 'zh')}`,
  );
}

export function chineseTitle(kind: ZhKind): string {
  return TITLES[kind];
}
