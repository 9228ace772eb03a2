import { describe, expect, it } from 'vitest';
import { localDay, formatDay, parseDay, weekday } from '../../lib/records/time';
import type { Outcome } from '../../lib/records/types';
import { farewellLineId, nextStepFollowUp, noAgreementAdvice, whyNoAgreement } from '../../lib/ui/no-agreement';
import { sessionEnd, type Line } from '../../lib/ui/session-end';

let n = 0;
const line = (role: Line['role'], text: string): Line => ({ id: `m${++n}`, role, text });
const me = (text: string) => line('customer', text);
const agent = (text: string) => line('agent', text);
const system = (text: string) => line('system', text);

const opening = [agent('您好，请问有什么可以帮您？'), me('我想申请停息挂账，最近失业了'), agent('好的，我帮您查询一下')];

function advise(lines: Line[], outcome?: Outcome) {
  return noAgreementAdvice({ end: sessionEnd(lines), lines, outcome });
}

describe('noAgreementAdvice: the outcome and next steps when a chat ends without terms', () => {
  it.each<[string, Line[], Outcome | undefined, ReturnType<typeof advise>]>([
    ['the chat goes on: nothing', [...opening], undefined, undefined],
    [
      'closed with no reason: no agreement, contact again, other channel, in writing',
      [...opening, agent('请问还有其他问题吗？'), system('本次会话已结束')],
      undefined,
      { why: 'closed', outcome: 'no-agreement', steps: ['follow-up', 'other-channel', 'written-application'], recorded: false },
    ],
    [
      'the agent says goodbye (no end notice): the chat is over all the same',
      [...opening, agent('感谢您的咨询，祝您生活愉快，再见！')],
      undefined,
      { why: 'closed', outcome: 'no-agreement', steps: ['follow-up', 'other-channel', 'written-application'], recorded: false },
    ],
    [
      'refused: in writing first, then another channel, then a reminder',
      [...opening, agent('很抱歉，您目前不符合办理停息挂账的条件，无法为您办理'), system('会话已结束')],
      undefined,
      { why: 'refused', outcome: 'refused', steps: ['written-application', 'other-channel', 'follow-up'], recorded: false },
    ],
    [
      'a promised call: waiting for it, with a reminder to chase it',
      [...opening, agent('您的情况我已登记，3个工作日内会有专员致电您'), agent('再见')],
      undefined,
      { why: 'callback', outcome: 'pending-callback', steps: ['callback-reminder', 'written-application'], recorded: false },
    ],
    [
      'English: unable to offer, then the chat closed',
      [agent('Hello, how can I help?'), me('I lost my job and need a payment plan'), agent("I'm sorry, we are unable to offer a plan on this account."), system('This chat has ended.')],
      undefined,
      { why: 'refused', outcome: 'refused', steps: ['written-application', 'other-channel', 'follow-up'], recorded: false },
    ],
    [
      'English: a callback and goodbye',
      [me('Can you reduce the payment?'), agent('A specialist will call you back within 2 business days.'), agent('Thank you for contacting us. Goodbye!')],
      undefined,
      { why: 'callback', outcome: 'pending-callback', steps: ['callback-reminder', 'written-application'], recorded: false },
    ],
    [
      'the person already recorded an outcome: steps, but nothing proposed',
      [...opening, system('本次会话已结束')],
      'abandoned',
      { why: 'closed', outcome: 'no-agreement', steps: ['follow-up', 'other-channel', 'written-application'], recorded: true },
    ],
    ['a plan agreed with a reference: the agreement summary speaks instead', [...opening, agent('已为您提交停息挂账分36期申请，受理编号HX20261123001'), system('本次会话已结束')], undefined, undefined],
    ['the record says agreed (terms typed by the person): nothing', [...opening, system('本次会话已结束')], 'agreed', undefined],
    ['the person wrote after the goodbye: the chat goes on', [...opening, agent('再见'), me('等一下，我还有问题')], undefined, undefined],
  ])('%s', (_name, lines, outcome, expected) => {
    expect(advise(lines, outcome)).toEqual(expected);
  });
});

describe('reading how the chat ended', () => {
  it.each([
    ['感谢您的耐心等待，正在为您查询', undefined],
    ['Thank you for contacting us, how can I help you today?', undefined],
    ['感谢您的来电，再见', 'bye'],
    ['Have a nice day!', 'bye'],
  ])('farewell in %j', (text, expected) => {
    const l = agent(text);
    expect(farewellLineId([me('你好'), l])).toBe(expected ? l.id : undefined);
  });

  it.each([
    ['申请未通过审批', 'refused'],
    ['暂不支持线上办理个性化分期', 'refused'],
    ['This account is not eligible for a hardship plan.', 'refused'],
    ['稍后会有同事与您联系', 'callback'],
    ['We will get back to you by email.', 'callback'],
    ['请问还有其他问题吗？', 'closed'],
  ])('%j → %s', (text, why) => {
    expect(whyNoAgreement([me('我想协商还款'), agent(text), system('本次会话已结束')])).toBe(why);
  });
});

describe('nextStepFollowUp', () => {
  const CN = 480;
  it.each([
    // Friday 2026-12-04 10:00 in Beijing: two working days on is Tuesday, three is Wednesday.
    ['follow-up', Date.UTC(2026, 11, 4, 2), '2026-12-08'],
    ['callback-reminder', Date.UTC(2026, 11, 4, 2), '2026-12-09'],
    // Monday: Wednesday and Thursday.
    ['follow-up', Date.UTC(2026, 11, 7, 2), '2026-12-09'],
    ['callback-reminder', Date.UTC(2026, 11, 7, 2), '2026-12-10'],
  ] as const)('%s from %s is due on %s, a weekday, at the end of that day', (step, now, day) => {
    const f = nextStepFollowUp(step, 's1', now, CN, 'title');
    expect(formatDay(localDay(f.dueAt, CN))).toBe(day);
    expect([0, 6]).not.toContain(weekday(parseDay(day)!));
    expect(localDay(f.dueAt + 1, CN)).toBe(parseDay(day)! + 1);
    expect(f).toMatchObject({ id: `next:s1:${step}`, sessionId: 's1', source: 'user', done: false, title: 'title' });
  });
});
