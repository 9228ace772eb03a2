// Refusals in words the lexicon had not met: a charge that stands, is upheld or stays in place; no discount or
// reduction on the figure; a passive "cannot be accepted"; a concession not something the agent is able to approve; the
// criteria not met; a decision against the relief; hands tied; no room left to lower; a plan suspended or not offered
// here; 没办法给您降. Classes found among the fifty-third writer's first-contact misses (corpus/probe/README.md), written
// here apart from its lines, with the same words where nothing is refused.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

const refusal = (t: string) => intentScores(normalize(t))['refuses-waiver'];

describe('a refusal said as a charge that stands, a door closed or a service not offered', () => {
  it.each([
    'I have to be honest with you: no reduction on the settlement figure.',
    'Your offer of 40 percent cannot be accepted, I am afraid.',
    'The late fees were looked at again last month and upheld.',
    'The penalty rate stays in place until the account is back in order.',
    'Interest added since June stands, whatever the reason for the delay.',
    'A payment holiday is not something we are able to approve on this loan.',
    'Your account does not meet the criteria for that programme.',
    "The panel's decision went against the interest refund.",
    'My hands are tied on the fee, sorry.',
    'We already gave you a goodwill credit this year, so we cannot offer another.',
    'That refund cannot be credited to a closed account.',
    '利率已经是最低了，没有再下调的空间。',
    '这个延期方案现在暂停办理了。',
    '没办法给您降低利息，合同上写好的。',
    '停息挂账这个业务我们这边不办理。',
    '我行没有这类方案，只能按正常账单还。',
  ])('%s', (t) => expect(refusal(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('the same words where nothing is refused', () => {
  it.each([
    'We can offer a reduction on the settlement figure if you pay by Friday.',
    'Your payment has been accepted, thank you.',
    'There is plenty of room to lower the monthly amount.',
    'You meet the criteria, so I will set the plan up today.',
    '我们可以给您降低利息，分12期还。',
    '这个方案我们这边可以办理，今天就能提交。',
  ])('%s', (t) => expect(refusal(t)).toBeLessThan(INTENT_THRESHOLD));
});
