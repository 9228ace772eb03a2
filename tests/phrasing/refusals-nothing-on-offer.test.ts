// A refusal said as nothing on offer for this account: no waiver policy, scheme or programme applies or is available
// (目前暂无减免政策适用于您, 尚无分期方案可办理, "no hardship programme is available for your account"). A class among the
// cross-validation misses on train+dev (a frame held out from training), written here apart from those lines, with the
// same words where nothing is refused: an account with nothing owed, a fee that does not exist, a scheme on offer.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const refusal = (t: string) => intentScores(normalize(t))['refuses-waiver'];

describe('nothing on offer for this account is a refusal', () => {
  it.each([
    '抱歉，您这张卡暂无停息挂账的政策可以申请。',
    '目前尚无针对逾期客户的减免方案。',
    '現時沒有分期的方案適用於這個賬戶。',
    'Unfortunately there is no hardship programme available for your account right now.',
    'Sorry, no interest freeze scheme applies to this card.',
    'There are no fee waiver policies for your account type.',
  ])('%s', (t) => expect(refusal(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it('reads 暂无 and 尚无 as negating their clause', () => {
    expect(scopeOf('目前暂无分期方案可以给您办理')).toBe('neg');
    expect(scopeOf('尚无相关的减免政策')).toBe('neg');
  });
});

describe('the same words where nothing is refused', () => {
  it.each([
    '您的账户暂无待还金额。',
    '目前暂无逾期利息产生，请按时还款。',
    '我们有分期方案可以给您办理，最长24期。',
    'There is no annual fee on this card.',
    'The hardship programme is available for your account; shall I enrol you?',
    'No paperwork is needed for the payment plan.',
  ])('%s', (t) => expect(refusal(t)).toBeLessThan(INTENT_THRESHOLD));
});
