// Classes found on the thirty-third to thirty-sixth writers' first contact (corpus/probe/README.md "Read probes"):
// refusals said as a verdict ("wouldn't be approved", 没戏, 没批下来, 暂不办理), a decision already given that no longer
// waits on anyone, the whole sum asked for with a consequence in place of a date, set formulas (a salutation, the whole
// sum) reported on their cue in a long turn, and spaces used as commas. The lines are written apart from the writers'.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import type { IntentId } from '../../lib/phrasing/types';

const cue = (t: string, intent: IntentId) => intentScores(normalize(t))[intent];

describe('a refusal said as a verdict', () => {
  it.each([
    "A plan at $20 a week wouldn't be approved, it would never clear the balance.",
    "We're not in a position to settle at that figure.",
    "The interest freeze you asked about wasn't agreed.",
    "They won't go as low as 40% for a full and final settlement.",
    "There's no way for us to accept £500 as full and final.",
    'The answer from the credit team on the rate reduction is no.',
    'Your deferral request is denied.',
    'The 36-month arrangement cannot be accommodated on this product.',
    "I'm sorry, your hardship application does not meet our criteria.",
    '打折这事没戏，公司不给。',
    '利息减免就别想了，规定卡得很死。',
    '停息挂账我们平台暂不办理。',
    '您申请的七折结清没批下来。',
    '您提交的分期方案未能核准。',
    '抱歉，目前无法为您办理延期。',
    '按规定两年内不能重复申请分期。',
  ])('%s', (t) => expect(cue(t, 'refuses-waiver')).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it('a refusal only imagined refuses nothing yet', () => {
    expect(cue("If the deferral is denied, we'll look at other options.", 'refuses-waiver')).toBeLessThan(INTENT_THRESHOLD);
    expect(cue('如果申请没批下来，我们再看别的办法。', 'refuses-waiver')).toBeLessThan(INTENT_THRESHOLD);
  });
});

describe('a decision already given waits on no one', () => {
  it.each([
    '风控那边不同意减免，结论已经出来了。',
    '您的延期申请审核结果为不通过。',
    'Underwriting said no to the lower rate, I did try.',
    'My manager is not able to sign off on the fee reversal.',
  ])('%s', (t) => expect(cue(t, 'needs-approval')).toBeLessThan(INTENT_THRESHOLD));

  it.each(['我需要把您的申请提交给风控审批，三个工作日内答复。', "I'll need my manager to sign off on that, give me a moment."])(
    'one still to come does: %s',
    (t) => expect(cue(t, 'needs-approval')).toBeGreaterThanOrEqual(INTENT_THRESHOLD),
  );
});

describe('the whole sum', () => {
  it.each([
    '请将欠款全额还清，否则我们将移交法务处理。',
    'Please pay the full balance, otherwise the account goes to our recovery agents.',
    "What's needed to bring the account current is the full $640, not part of it.",
    '公司现在只要全额，其他方案都不谈。',
    '这笔钱先还清再谈别的。',
  ])('asked for with a consequence or as the only way: %s', (t) => expect(cue(t, 'demands-full-payment')).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each(['如果您能全额还清，可以免掉这个月的违约金。', "You don't have to pay it all at once, otherwise we wouldn't offer plans."])(
    'offered as a choice, it is no demand: %s',
    (t) => expect(cue(t, 'demands-full-payment')).toBeLessThan(INTENT_THRESHOLD),
  );
});

describe('set formulas are reported on their cue in a long turn', () => {
  it.each([
    'Hi there, this is Maple Bank following up on the overdue balance of £412 on your card ending 2231, now 40 days past due.',
    '您好，根据您上传的材料和目前的逾期情况，我们这边先帮您把账户的还款记录核对一遍。',
  ])('a salutation opening the turn: %s', (t) => expect(classifyAgentMessage(t).intents).toContain('greeting'));

  it('a turn with no salutation has no greeting', () => {
    expect(classifyAgentMessage('根据您上传的材料，我们这边先帮您把账户的还款记录核对一遍。').intents).not.toContain('greeting');
  });
});

describe('spaces written as commas', () => {
  it('a space between two clauses of Chinese is a comma, a space inside a phrase is not', () => {
    expect(normalize('您好 先核对一下身份 请问您的出生日期')).toBe('您好，先核对一下身份，请问您的出生日期');
    expect(normalize('请 提 供 收入 证明')).toBe('请提供收入证明');
  });
});
