// Refusals in more words, from the fortieth and forty-first writers' first contact (corpus/probe/README.md): a verdict
// after a review ("reviewed and rejected", "was unsuccessful", 审批没过), a limit reached ("more than we can do", 不能再降),
// a relief the agent may not give (不让减, 不给做, 办理不了), a charge that stays, and relief named as paying "in bits",
// 延后, 冻结 or 清偿; and the whole sum in more words (整笔, 把钱全还上, "no partial payments", "remains payable in full", the
// whole sum unpaid as the condition of what follows). The lines are written apart from the writers'.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

const refusal = (t: string) => intentScores(normalize(t))['refuses-waiver'];

describe('a refusal in more words', () => {
  it.each([
    'Your plan request was looked at and turned down by the credit team.',
    'Your request for a payment pause was unsuccessful this time.',
    "Fee refund - declined, as the account is over its limit.",
    "A repayment plan couldn't be set up because the account is closed.",
    'A 48-month plan is longer than we can go on this card.',
    "I can't cancel the late fee on this statement.",
    "We won't be freezing the interest on this account.",
    'The overdue fee stays, I am afraid.',
    "Your proposal isn't one we can support.",
    'Paying it off in bits is not possible once the account has defaulted.',
    '总部审批没过，分期这次办不下来。',
    '利息这块上面不让减，我也没办法。',
    '停止计息这个是不给做的。',
    '每月还款额不能再降了，已经是最低。',
    '延后还款这个业务我们这边办理不了。',
    '审核的结论是不予通过。',
    "We're not able to set you up on a payment plan, I'm afraid.",
    "There's no option to lower the outstanding balance on this card.",
    "We can't lower the rate on an account that's already in collections.",
    'Fee waiver requests are not entertained once the file is with legal.',
    'The goodwill refund was refused by the fees team.',
    'Risk came back negative on the interest freeze.',
    "The system won't accept a 24-month plan on this balance.",
    "I have to say no to the payment holiday.",
    '您提的只还本金的做法，我们这边没有这种方案。',
    '这个我们不做，停息挂账需要总行审批的。',
    '经审核，不能为您下调每期还款金额。',
    '公司规定摆在这里，罚息照算。',
    '每个月还200太少了，系统过不了。',
    'Our policy does not allow us to write off any part of the balance.',
    '延期还款的要求我们无法满足。',
    "We can't go any lower than the figure I quoted.",
  ])('%s', (t) => expect(refusal(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('no refusal where nothing is refused', () => {
  it.each([
    'Your request for a payment pause has been approved from next month.',
    '您的延后还款申请已经通过，下个月开始生效。',
    'We can spread it into smaller payments over six months.',
  ])('%s', (t) => expect(refusal(t)).toBeLessThan(INTENT_THRESHOLD));
});

const demand = (t: string) => intentScores(normalize(t))['demands-full-payment'];

describe('the whole sum in more words', () => {
  it.each([
    '整笔5,300元明天中午前到账。',
    '这个月底前把钱全还上。',
    'No partial payments now: the whole overdue amount is what we need.',
    'The balance of $3,100 remains payable in full by Friday.',
    'The full arrears of £640 remain due on the 3rd.',
    'The balance has to be paid, there is no other option.',
    'Should the full balance not be received by the 30th, the account goes to recoveries.',
    '要是月底前还不把欠款全还上，我们只能移交法务。',
    '需于5日内全额缴清。',
    'pls pay full overdue amt $420 today',
  ])('%s', (t) => expect(demand(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each(['The balance of $3,100 can be paid in six instalments.', '如果您能全额还清，可以免掉违约金。'])('no demand: %s', (t) =>
    expect(demand(t)).toBeLessThan(INTENT_THRESHOLD),
  );
});

describe('a refusal reported on its cue when the model leans its way', () => {
  it.each([
    '年费无法退还，请问您哪一天可以缴款？',
    "The settlement figure can't be lowered any further and there's no instalment option. What date will you pay?",
    '您的帐户目前不符合协商分期的资格。',
    '延后还款的申请已被驳回。',
  ])('%s', (t) => expect(classifyAgentMessage(t).intents).toContain('refuses-waiver'));
});
