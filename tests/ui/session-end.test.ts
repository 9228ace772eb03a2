import { describe, expect, it } from 'vitest';
import { isEndLine, sessionEnd, suggestedOutcome, type Line } from '../../lib/ui/session-end';

let n = 0;
const line = (role: Line['role'], text: string): Line => ({ id: `m${++n}`, role, text });

describe('isEndLine', () => {
  it.each([
    ['system', '本次会话已结束，感谢您的使用', true],
    ['system', '本次會話已結束', true],
    ['system', '会话已超时关闭', true],
    ['bot', '客服已离开会话', true],
    ['system', 'This chat has ended', true],
    ['system', 'The conversation has been closed.', true],
    ['system', 'Lina has left the chat', true],
    ['agent', '如果没有其他问题，本次会话将结束', false],
    ['agent', 'Before this chat ends, is there anything else?', false],
    ['customer', '本次会话已结束', false],
    ['agent', '您的申请已提交', false],
  ] as const)('%s: %s → %s', (role, text, want) => {
    expect(isEndLine({ role, text })).toBe(want);
  });
});

const demoZh = [
  line('agent', '我帮您向主管申请了一下。可以为您调整为个性化分期：分36期，每期手续费率0.60%，同时减免违约金 ¥1,020.00，每月还款约 ¥1,062.65。'),
  line('customer', '可以，我同意这个方案。'),
  line('agent', '好的，已为您提交个性化分期申请，受理编号 HX20261123001。首期还款日为12月25日，首期应还 ¥1,062.65。协议将在3个工作日内通过短信和邮件发送给您，请注意查收。'),
  line('agent', '请问还有其他可以帮您的吗？'),
  line('customer', '没有了，谢谢您的帮助。'),
  line('agent', '感谢您的耐心，祝您生活顺利，再见。'),
  line('system', '本次会话已结束，感谢您的使用'),
];
const demoEn = [
  line('agent', 'I checked with my supervisor. We can extend it to 36 months at a monthly fee of 0.60% and waive the late fees of ¥1,020.00, about ¥1,062.65 a month.'),
  line('customer', 'Yes, I agree to that plan.'),
  line('agent', 'Done. I have submitted your plan, reference HX20261123001. Your first payment of ¥1,062.65 is due on December 25.'),
  line('system', 'This chat has ended'),
];

describe('sessionEnd', () => {
  it('the demo bank in Chinese: ended, agreed, the 36-period plan and its reference', () => {
    const end = sessionEnd(demoZh, 'CNY');
    expect(end.ended).toBe(true);
    expect(end.endLineId).toBe(demoZh[6]!.id);
    expect(end.agreement?.referenceNo).toBe('HX20261123001');
    expect(end.agreement?.messageId).toBe(demoZh[2]!.id);
    expect(end.agreement?.offer).toMatchObject({ kind: 'installment', periods: 36, monthlyFeeRate: 0.006 });
    expect(end.agreement?.offerMessageId).toBe(demoZh[0]!.id);
    expect(suggestedOutcome(end)).toBe('agreed');
  });

  it('the demo bank in English', () => {
    const end = sessionEnd(demoEn, 'CNY');
    expect(end.ended).toBe(true);
    expect(end.agreement?.referenceNo).toBe('HX20261123001');
    expect(end.agreement?.offer).toMatchObject({ periods: 36 });
  });

  it('agreed but still open (before the end notice)', () => {
    const end = sessionEnd(demoZh.slice(0, 4), 'CNY');
    expect(end.ended).toBe(false);
    expect(end.agreement?.referenceNo).toBe('HX20261123001');
  });

  it('an end without agreement suggests no outcome', () => {
    const end = sessionEnd([line('agent', '很抱歉无法为您办理。'), line('system', '本次会话已结束')]);
    expect(end).toEqual({ ended: true, endLineId: expect.any(String) });
    expect(suggestedOutcome(end)).toBeUndefined();
  });

  it('a submission with no reference number is not an agreement yet', () => {
    expect(sessionEnd([line('agent', '分24期，每期手续费率0.75%'), line('agent', '好的，已为您提交申请，请稍候。')]).agreement).toBeUndefined();
  });

  it('terms offered as bait for a scam are no agreed plan, though a reference number follows', () => {
    const end = sessionEnd([
      line('agent', '可以给您办理分24期，每期手续费率0.5%，先把收到的短信验证码发给我确认。'),
      line('customer', '好的'),
      line('agent', '已为您提交申请，受理编号 HX20261201007。'),
    ]);
    expect(end.agreement?.referenceNo).toBe('HX20261201007');
    expect(end.agreement?.offer).toBeUndefined();
  });

  it('the customer writing after an end notice means the chat goes on', () => {
    expect(sessionEnd([line('system', 'This chat has ended'), line('customer', 'Hello again')]).ended).toBe(false);
  });

  it('a live chat: neither', () => {
    expect(sessionEnd([line('agent', '您好，请问有什么可以帮您？')])).toEqual({ ended: false });
  });
});
