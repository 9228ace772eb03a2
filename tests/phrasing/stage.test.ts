import { describe, expect, it } from 'vitest';
import { inferStage, type ChatLine, type StageId } from '../../lib/phrasing/index';

const a = (text: string): ChatLine => ({ role: 'agent', text });
const c = (text: string): ChatLine => ({ role: 'customer', text });

const CASES: Array<[string, ChatLine[], StageId]> = [
  ['nothing yet', [], 'opening'],
  ['greeting only', [a('您好，很高兴为您服务，请问有什么可以帮您？')], 'opening'],
  ['identity check', [a('您好'), a('请先提供持卡人姓名和身份证后四位。')], 'opening'],
  ['agent asked the reason', [a('您好'), c('我想协商还款'), a('请问逾期是什么原因？')], 'hardship'],
  ['agent asked for proof', [a('请上传收入证明。')], 'hardship'],
  ['agent demands full payment', [a('请问逾期原因？'), c('失业了'), a('您需要一次性全额还清。')], 'proposal'],
  ['customer proposes before any offer', [a('请问逾期原因？'), c('我想申请分36期还款。')], 'proposal'],
  ['offer on the table', [a('可以为您办理分24期，每期手续费0.6%。')], 'counter'],
  ['customer counters after an offer', [a('可以为您办理分24期，每期手续费0.6%。'), c('能否分36期？')], 'counter'],
  ['customer asks for a waiver', [a('可以为您办理分24期。'), c('罚息能减免吗？')], 'waiver'],
  ['agent refuses the waiver', [a('可以为您办理分24期。'), c('罚息能减免吗？'), a('罚息无法减免。')], 'refusal'],
  ['collection warning', [a('逾期将上报征信并移交第三方催收。')], 'refusal'],
  ['needs approval', [c('我想申请停息挂账'), a('需要提交后台审核，3个工作日内短信通知您。')], 'follow-up'],
  ['customer agrees to the offer', [a('可以为您办理分24期，每期手续费0.6%。'), c('好的，我同意这个方案。')], 'confirmation'],
  ['agent asks for commitment after an offer', [a('可以分24期，月供1,200元。'), a('您确认接受这个方案吗？')], 'confirmation'],
  ['agent asks for commitment before any offer', [a('您每个月最多能还多少？')], 'proposal'],
  ['agent confirms it is done', [a('可以分24期。'), c('同意'), a('已为您办理成功。')], 'confirmation'],
  ['agreement then closing', [a('可以分24期。'), c('同意'), a('还有其他可以帮您的吗？')], 'closing'],
  ['a filler message keeps the stage', [a('请问逾期是什么原因？'), a('好的，请稍等。')], 'hardship'],
  ['a late greeting does not reset', [a('可以为您办理分24期。'), a('您好')], 'counter'],
  ['"不同意" is not agreement', [a('可以为您办理分24期。'), c('这个方案我不同意。')], 'counter'],
  ['English flow to confirmation', [a('How can I help?'), c('I need a payment plan.'), a('We can offer 12 payments of $410.'), c('I agree to that.')], 'confirmation'],
  ['English closing', [a('We can offer 12 payments of $410.'), a('Is there anything else I can help you with today?')], 'closing'],
];

describe('inferStage', () => {
  it.each(CASES)('%s', (_name, messages, stage) => {
    expect(inferStage(messages)).toBe(stage);
  });

  it('ignores system lines and malformed entries', () => {
    expect(inferStage([{ role: 'system', text: '客服已接入' }, { role: 'agent', text: null as unknown as string }])).toBe('opening');
    expect(inferStage(undefined)).toBe('opening');
  });

  it('uses classifications passed in instead of classifying again', () => {
    const classified = new Map([[0, { intents: ['offer' as const], redFlags: [], confidence: { offer: 0.9 } }]]);
    expect(inferStage([a('(text the classifier would not understand)')], { classified })).toBe('counter');
  });
});
