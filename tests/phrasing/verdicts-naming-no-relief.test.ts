// Verdicts that name no relief of their own, because the request they answer came earlier in the chat: the decision
// stands, the person is not eligible, there is no discretion, the option is greyed out or expired, 维持原决定, 批不下来,
// 已经是底线, 这个做不到, 行不通. And a refusal that is one sentence of a longer turn (a refusal, then the warning or the
// demand that follows it) is read on its own, and a decision-maker's no already given (主管不批, "the answer is the same")
// is no approval still to come. The lines are written apart from the writers' (corpus/probe/README.md).
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

const refusal = (t: string) => intentScores(normalize(t))['refuses-waiver'];

describe('a verdict that names no relief', () => {
  it.each([
    'I went back to the review team and their decision stands.',
    'Your appeal was looked at again; the request remains declined.',
    "The new payslips don't change the decision, unfortunately.",
    'Our system auto-declined it overnight.',
    'That button is greyed out for me on overdue accounts.',
    "Cutting the balance isn't something the collections team would consider.",
    'There is no discretion on my side for that charge.',
    'Accounts in arrears are not eligible for the breathing-space scheme.',
    'Promo terms are not available on balances that have been charged off.',
    'That quote has expired and we cannot honour it now.',
    "The tool won't take anything lower than $180.",
    "We won't be extending the term beyond 36 months.",
    "Sadly we can't accept that as a full and final offer.",
    '$2,400 is already the floor on this file.',
    'Collections underwriting rejected your proposal this morning.',
    '复核以后还是维持原来的决定。',
    '您说的每月八百，我们这边报上去也批不下来。',
    '六千已经是我们能给的底线了。',
    '停催这一点我们真的做不到。',
    '按您说的先还利息后还本金，这个行不通。',
    '这个做法在我们行不可行。',
  ])('%s', (t) => expect(refusal(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('no verdict where nothing is refused', () => {
  it.each([
    'The decision is yours, take your time.',
    'You are eligible for the 12-month plan from today.',
    'That option is available on your card, shall I set it up?',
    '复核通过了，按新的方案执行。',
    '这个我们可以做到，下个月开始生效。',
    'You declined the call earlier, so I am messaging instead.',
  ])('%s', (t) => expect(refusal(t)).toBeLessThan(INTENT_THRESHOLD));
});

describe('a refusal that is one sentence of a longer turn', () => {
  it.each([
    '很抱歉，您的分期申请被拒绝了。逾期款项需要在月底前处理，否则我们会按流程上报征信，也可能委托第三方跟进。',
    "I'm sorry, the hardship application was declined by underwriting. The account is now 95 days past due and the arrears of $3,120 are still outstanding, so it may be passed to our recovery partner next week.",
  ])('%s', (t) => expect(classifyAgentMessage(t).intents).toContain('refuses-waiver'));
});

const approval = (t: string) => intentScores(normalize(t))['needs-approval'];

describe("a decision-maker's no, already given, is no approval still to come", () => {
  it.each([
    '我问过组长了，分期这个他不批。',
    '总部那边已经给过结论，这次不予减免。',
    'I checked with the underwriting team and they are not able to approve the lower rate.',
    'My manager looked at it again and the answer is the same.',
  ])('%s', (t) => expect(approval(t)).toBeLessThan(INTENT_THRESHOLD));
  it.each([
    '主管批不批我这边说不准，要等审批结果。',
    "Let me check with my supervisor whether we can approve that, I'm not able to agree it myself.",
  ])('%s still waits on them', (t) => expect(approval(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});
