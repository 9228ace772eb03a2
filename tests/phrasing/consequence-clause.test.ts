// A demand and what happens if it is ignored, in one sentence ("pay it all by Friday, otherwise…", "…，否则…"): both
// moves are reported. The whole sum pointed at without the word "full" (把欠的钱都还上, 全部归还, 欠多少就得还多少,
// "it all has to come in", "paying all of the…"), a refusal to split it, a demand said not to be needed, an offer said
// to be gone, 法律行动 as the Chinese of "legal action", and a 协助请求 as a remote-control prompt. Lines written for
// this test, apart from every corpus.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { intentScores, INTENT_THRESHOLD } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import type { IntentId } from '../../lib/phrasing/types';

const score = (t: string, i: IntentId) => intentScores(normalize(t))[i];

describe('a demand with its consequence reports both', () => {
  it.each([
    '请您一次性偿还全部欠款，否则本行将采取法律行动。',
    '必须全额还款，不然就走司法程序。',
    'Pay the whole balance by Friday, otherwise we will pass it to our solicitors.',
  ])('%s', (t) => expect(classifyAgentMessage(t).intents).toEqual(expect.arrayContaining(['demands-full-payment', 'collection-warning'])));
});

describe('a clause that is no consequence is not split off', () => {
  it.each([
    // "否认" starts with 否 but is no "otherwise"; the sentence is one request for proof
    ['如您否认这笔消费，请提供相关凭证。', 'collection-warning'],
    ['Please send the payslips, and otherwise just keep paying as normal.', 'demands-full-payment'],
  ] as const)('%s', (t, absent) => expect(classifyAgentMessage(t).intents).not.toContain(absent));
});

describe.each<[IntentId, string[]]>([
  ['demands-full-payment', [
    '麻烦您今天把欠的钱都还上。',
    '您这个情况只能先把逾期的钱全部补上。',
    '需要立即归还欠款本息，合计12380元。',
    "We can't split it up, it all has to come in by the 30th.",
    'Your arrears of $1,920 are due immediately.',
    '银行这边要求的是全部归还。',
    '这个不存在协商，欠多少就得还多少。',
    '现在只能走结清这一条路。',
    '我们这边给不了分期，您还是得一把还清。',
    '您需要先把所有逾期的金额还进来。',
    '您名下欠款共计3,200元，须于本月25日前全数归还。',
    '你这个账户已经逾期180天了，必须一次性把12,000还了。',
    "I'm sorry, your account doesn't qualify for a hardship program, so the balance must be cleared.",
    'The only way to close this is paying all of the $312.50 today.',
    '在审批下来之前您还是得按全额还。',
    "I'm afraid it's the full £2,400 or nothing.",
    '唔好意思，分期已經批唔到㗎啦，要成筆還返晒，總數係$18,760。',
    '利息同手續費我哋冇得豁免，你要還返全數$9,840。',
    '依照契約，您已喪失期限利益，剩餘本金及利息即刻到期。',
    '我們這邊只收結清，分期的通道已經關閉了喔。',
    "What you'd need to pay is the full $3,612 as it stands.",
    'The whole of that needs to come in before we can take the account out of default.',
    "You'll need to clear everything that's owing before anything else can happen.",
    'All outstanding amounts, including fees and interest, must be remitted by March 28.',
    "The card won't be reactivated until the account is paid off completely.",
  ]],
  ['collection-warning', ['本行将采取法律行动。', '本行將採取法律行動。']],
])('%s from the lexicon alone', (intent, lines) => {
  it.each(lines)('%s', (t) => expect(score(t, intent)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('the whole sum is not demanded', () => {
  it.each([
    '可以分期，不用一次都还清。',
    "You don't have to pay it all at once; we can set up a plan.",
    'You can split it up into twelve payments if that helps.',
    'The next instalment is due on the 5th.',
    '可以分期，您不用全部还清。',
    '本期账单请在15号前还清。',
    'The balance must be paid by the due date each month to avoid interest.',
    'Your full $1,200 payment was received, thank you.',
  ])('%s', (t) => expect(score(t, 'demands-full-payment')).toBeLessThan(INTENT_THRESHOLD));
});

describe('an offer said to be gone is no offer', () => {
  it.each(['The settlement offer has expired, so the full balance of $3,400 is now owed.', '之前的减免方案已经失效了，现在需要全额还款。'])('%s', (t) => {
    expect(score(t, 'offer')).toBeLessThan(INTENT_THRESHOLD);
    expect(score(t, 'demands-full-payment')).toBeGreaterThanOrEqual(INTENT_THRESHOLD);
  });
});

describe('a remote assistance prompt', () => {
  it('我这边发起一个协助请求，您点同意就行，我帮您把分期办好。', () =>
    expect(detectRedFlags(normalize('我这边发起一个协助请求，您点同意就行，我帮您把分期办好。'))).toContain('remote-control'));
  it('a notice that an application awaits review is not', () =>
    expect(detectRedFlags(normalize('您的分期申请已提交，请耐心等待审核结果。'))).not.toContain('remote-control'));
});
