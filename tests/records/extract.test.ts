import { describe, expect, it } from 'vitest';
import { extractAgents, mergeAgents } from '../../lib/records/extract/agents';
import { extractDates, findDates } from '../../lib/records/extract/dates';
import { extractFollowUps, findPromises } from '../../lib/records/extract/promises';
import { extractReferences } from '../../lib/records/extract/references';
import { extractFromTranscript, mergeExtraction } from '../../lib/records/extract/transcript';
import { formatDay, toUtcIso } from '../../lib/records/time';
import type { Message } from '../../lib/records/types';
import { cmbMessages } from './fixtures';

// Monday 2026-11-23, 10:00 in Beijing.
const MON = Date.UTC(2026, 10, 23, 2, 0);
const FRI = Date.UTC(2026, 10, 27, 2, 0);
const ctx = (anchor = MON) => ({ anchor, utcOffsetMinutes: 480 });
const dates = (text: string, anchor = MON) => findDates(text, ctx(anchor)).map((h) => [formatDay(h.day), text.slice(h.start, h.end)]);

describe('references', () => {
  it.each([
    ['工单号 202611230001', 'ticket', '202611230001'],
    ['您的受理编号是A12345', 'case', 'A12345'],
    ['case number 4471-22', 'case', '4471-22'],
    ['reference: HRD-99812', 'other', 'HRD-99812'],
    ['Your Ref. HRD-99812.', 'other', 'HRD-99812'],
    ['工单已生成，编号202611230002。', 'ticket', '202611230002'],
    ['协议编号：XY-2026-0088', 'agreement', 'XY-2026-0088'],
    ['投诉编号为 TS20261123', 'ticket', 'TS20261123'],
    ['your ticket #55123 is open', 'ticket', '55123'],
    ['agreement reference AGR-2026-001', 'agreement', 'AGR-2026-001'],
    ['confirmation number: 88812', 'other', '88812'],
    ['I have submitted your plan, reference HX20261123001. Your first payment', 'other', 'HX20261123001'],
    ['工单号：２０２６１１２３０００３', 'ticket', '202611230003'], // full-width digits come back as ASCII
  ])('%j → %s %s', (text, kind, value) => {
    expect(extractReferences(text)).toEqual([{ kind, value, confirmed: false }]);
  });

  it.each([
    '您的卡号尾号1234',
    '请拨打客服热线95555',
    'call 95555',
    '投诉工单，热线95555',
    'case number is pending',
    'in case 3000 is too much',
    'I request 5000 be waived',
    '工单号 AB',
    '我的身份证号码是110101199001011234',
    '账号 6225880112345678',
  ])('nothing from %j', (text) => {
    expect(extractReferences(text)).toEqual([]);
  });

  it('lists each number once, in order of appearance', () => {
    expect(extractReferences('工单号 202611230001，受理编号 C-7788，再次确认工单号 202611230001').map((r) => r.value)).toEqual([
      '202611230001',
      'C-7788',
    ]);
  });
});

describe('agents', () => {
  it.each([
    ['您好，我是客服小王，工号8823', undefined, [{ name: '小王', id: '8823' }]],
    ['客服小李为您服务，工号 1024', undefined, [{ name: '小李', id: '1024' }]],
    ['很高兴为您服务，我是专员张明。', undefined, [{ name: '张明' }]],
    ['客服欧阳娜娜为您服务', undefined, [{ name: '欧阳娜娜' }]],
    ['工号：A1024', undefined, [{ id: 'A1024' }]],
    ['this is Emma, agent ID 5521', undefined, [{ name: 'Emma', id: '5521' }]],
    ['Hi, this is Emma from Card Services.', undefined, [{ name: 'Emma' }]],
    ['You are now chatting with John Smith.', undefined, [{ name: 'John Smith' }]],
    ['Emma has joined the chat', undefined, [{ name: 'Emma' }]],
    ['你好', '客服小王', [{ name: '小王' }]],
    ['hello', 'Emma Stone', [{ name: 'Emma Stone' }]],
  ] as const)('%j (author %j)', (text, author, expected) => {
    expect(extractAgents(text, author)).toEqual(expected);
  });

  it.each([
    ['客服中心提醒您按时还款', undefined],
    ['客服会在3个工作日内回电', undefined],
    ['客服为您服务', undefined],
    ['我是客服，请问有什么可以帮您', undefined],
    ['I am sorry to hear that', undefined],
    ["I'm Happy to help", undefined],
    ['This is Customer Services.', undefined],
    ['您好', '在线客服'],
    ['hello', 'Virtual Assistant'],
  ])('nobody in %j (author %j)', (text, author) => {
    expect(extractAgents(text, author)).toEqual([]);
  });

  it('merges the same person seen in several messages', () => {
    expect(mergeAgents([{ name: '小王' }, { id: '8823' }, { name: '小王', id: '8823' }, { name: '小李' }, { id: '8823' }])).toEqual([
      { name: '小王', id: '8823' },
      { name: '小李' },
    ]);
    // Two people with the same name but different ids stay two people.
    expect(mergeAgents([{ name: '小王', id: '1' }, { name: '小王', id: '2' }])).toHaveLength(2);
  });
});

describe('dates', () => {
  it.each([
    ['2026年12月5日', [['2026-12-05', '2026年12月5日']]],
    ['2026-12-05 前', [['2026-12-05', '2026-12-05']]],
    ['2026/1/9', [['2026-01-09', '2026/1/9']]],
    ['本月25日', [['2026-11-25', '本月25日']]],
    ['下个月5号', [['2026-12-05', '下个月5号']]],
    ['12月5日', [['2026-12-05', '12月5日']]],
    ['1月5日', [['2027-01-05', '1月5日']]], // nearest: next January, not last
    ['10月3日', [['2026-10-03', '10月3日']]], // nearest: last October
    ['25号前', [['2026-11-25', '25号']]],
    ['20号前', [['2026-12-20', '20号']]], // the 20th has passed this month
    ['明天', [['2026-11-24', '明天']]],
    ['后天', [['2026-11-25', '后天']]],
    ['大后天', [['2026-11-26', '大后天']]],
    ['3个工作日内', [['2026-11-26', '3个工作日']]],
    ['五个工作日', [['2026-11-30', '五个工作日']]],
    ['7天内', [['2026-11-30', '7天']]],
    ['两周内', [['2026-12-07', '两周']]],
    ['3个月后', [['2027-02-23', '3个月']]],
    ['下周三', [['2026-12-02', '下周三']]],
    ['本周五', [['2026-11-27', '本周五']]],
    ['月底', [['2026-11-30', '月底']]],
    ['下月底', [['2026-12-31', '下月底']]],
    ['December 5', [['2026-12-05', 'December 5']]],
    ['5th of December, 2027', [['2027-12-05', '5th of December, 2027']]],
    ['Nov. 30', [['2026-11-30', 'Nov. 30']]],
    ['25/12/2026', [['2026-12-25', '25/12/2026']]],
    ['tomorrow', [['2026-11-24', 'tomorrow']]],
    ['within 3 working days', [['2026-11-26', 'within 3 working days']]],
    ['in five business days', [['2026-11-30', 'in five business days']]],
    ['within 14 days', [['2026-12-07', 'within 14 days']]],
    ['by the 25th', [['2026-11-25', 'by the 25th']]],
    ['by Friday', [['2026-11-27', 'by Friday']]],
    ['by the end of this month', [['2026-11-30', 'the end of this month']]],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    '逾期30天后会上报', // arrears, not a date to come
    '已经逾期3个月了',
    '03/04/2026', // day or month first? unknown
    'next Monday', // this coming one, or the week after?
    '分24期还款',
    '每月25日还款', // a recurring day, not one date
    '请拨打95555',
    'you may 5 times',
  ])('no date in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('working days skip the weekend', () => {
    expect(dates('3个工作日内', FRI)).toEqual([['2026-12-02', '3个工作日']]);
    expect(dates('within 1 business day', FRI)).toEqual([['2026-11-30', 'within 1 business day']]);
  });

  it('a weekday named on that weekday is ambiguous', () => {
    expect(dates('by Monday', MON)).toEqual([]);
  });

  it('hours give an exact instant', () => {
    const [hit] = findDates('48小时内', ctx());
    expect(toUtcIso(hit!.at!)).toBe('2026-11-25T02:00:00.000Z');
  });

  it('resolves against the user’s zone, not UTC', () => {
    // 23:30 UTC on Sunday the 22nd is already Monday the 23rd in Beijing.
    const late = Date.UTC(2026, 10, 22, 23, 30);
    expect(findDates('明天', { anchor: late, utcOffsetMinutes: 480 }).map((h) => formatDay(h.day))).toEqual(['2026-11-24']);
    expect(findDates('明天', { anchor: late, utcOffsetMinutes: 0 }).map((h) => formatDay(h.day))).toEqual(['2026-11-23']);
  });
});

describe('follow-up promises', () => {
  const promise = (text: string, anchor = MON) =>
    findPromises(text, ctx(anchor)).map((p) => [p.kind, formatDay(p.day), toUtcIso(p.dueAt)]);

  it.each([
    ['3个工作日内回电', 'callback', '2026-11-26'],
    ['我们会在3个工作日内给您回电。', 'callback', '2026-11-26'],
    ['we will call you back within 3 working days', 'callback', '2026-11-26'],
    ['请在本月25日前还款', 'payment', '2026-11-25'],
    ['首期还款日为12月25日，首期应还 ¥1,062.65。', 'payment', '2026-12-25'],
    ['Your first payment of ¥1,062.65 is due on December 25.', 'payment', '2026-12-25'],
    ['协议将在3个工作日内通过短信和邮件发送给您，请注意查收。', 'delivery', '2026-11-26'],
    ['The agreement will be sent by text and email within 3 working days.', 'delivery', '2026-11-26'],
    ['请于2026年12月5日前将首期款1000元存入还款账户', 'payment', '2026-12-05'],
    ['25号前请还款', 'payment', '2026-11-25'],
    ['月底前还清', 'payment', '2026-11-30'],
    ['please pay the first instalment by the 25th', 'payment', '2026-11-25'],
    ['Payment is due on December 5', 'payment', '2026-12-05'],
    ['下周三前提交收入证明', 'documents', '2026-12-02'],
    ['请在7日内补交材料', 'documents', '2026-11-30'],
    ['Please send the hardship documents within 14 days.', 'documents', '2026-12-07'],
    ['我们将在3天内短信通知您审核结果', 'reply', '2026-11-26'],
    ['You will hear from us within 5 business days.', 'reply', '2026-11-30'],
    ['明天下午给您回电', 'callback', '2026-11-24'],
  ])('%j → %s by %s', (text, kind, day) => {
    expect(promise(text)).toEqual([[kind, day, `${day}T15:59:59.999Z`]]);
  });

  it('an hours promise is due at the exact time', () => {
    expect(promise('we will get back to you within 48 hours')).toEqual([['reply', '2026-11-25', '2026-11-25T02:00:00.000Z']]);
  });

  it('working days skip Saturday and Sunday', () => {
    expect(promise('3个工作日内回电', FRI)).toEqual([['callback', '2026-12-02', '2026-12-02T15:59:59.999Z']]);
  });

  it.each([
    '稍后给您回电', // no date
    'we will call you back soon',
    '我们不会在3个工作日内回电', // negated
    'We cannot call you back within 3 working days.',
    '能否在3个工作日内回电？', // a question
    'Can you call me back within 3 working days?',
    '还款后3个工作日内恢复额度', // a date, but no promise to the user in that clause
    '您在10月3日前未还款', // the past
    '分24期，每期还款1770元',
  ])('nothing from %j', (text) => {
    expect(promise(text)).toEqual([]);
  });

  it('builds proposed follow-ups with stable ids and the quote in the title', () => {
    const opts = { now: MON, utcOffsetMinutes: 480, sessionId: 's1', messageId: 'm5' };
    const [f] = extractFollowUps('已为您提交申请，我们会在3个工作日内给您回电。', opts);
    expect(f).toEqual({
      id: expect.stringMatching(/^fu-[0-9a-f]{20}$/),
      sessionId: 's1',
      dueAt: Date.UTC(2026, 10, 26, 15, 59, 59, 999),
      title: '银行承诺回电：“已为您提交申请，我们会在3个工作日内给您回电。”',
      source: 'transcript',
      done: false,
      sourceMessageId: 'm5',
    });
    expect(extractFollowUps('已为您提交申请，我们会在3个工作日内给您回电。', opts)[0]!.id).toBe(f!.id);
    expect(extractFollowUps('We will call you back within 3 working days.', { ...opts, lang: 'en' })[0]!.title).toBe(
      'Bank promised to call back: "We will call you back within 3 working days."',
    );
  });
});

describe('whole transcript', () => {
  it('finds references, people, dates and follow-ups, each resolved against its own message time', () => {
    const found = extractFromTranscript(cmbMessages(), { utcOffsetMinutes: 480 });
    expect(found.references).toEqual([{ kind: 'ticket', value: '202611230001', confirmed: false, sourceMessageId: 'm5' }]);
    expect(found.agents).toEqual([{ name: '小王', id: '8823', sourceMessageId: 'm1' }]);
    expect(found.datesMentioned).toEqual([
      { date: '2026-11-26', text: '3个工作日', relative: true, sourceMessageId: 'm5' },
      { date: '2026-11-25', text: '本月25日', relative: true, sourceMessageId: 'm7' },
    ]);
    expect(found.followUps.map((f) => [f.title.slice(0, 6), toUtcIso(f.dueAt), f.sourceMessageId])).toEqual([
      ['银行承诺回电', '2026-11-26T15:59:59.999Z', 'm5'],
      ['还款截止：“', '2026-11-25T15:59:59.999Z', 'm7'],
    ]);
  });

  it('takes names and promises only from the bank’s side', () => {
    const msgs: Message[] = [
      { id: 'c1', sessionId: 's', seq: 0, role: 'customer', text: '我是客服小张，工号1234。我会在3个工作日内回电。', at: MON },
      { id: 'c2', sessionId: 's', seq: 1, role: 'customer', text: '我之前的工单号 202601010001', at: MON },
    ];
    const found = extractFromTranscript(msgs, { utcOffsetMinutes: 480 });
    expect(found.agents).toEqual([]);
    expect(found.followUps).toEqual([]);
    expect(found.references.map((r) => r.value)).toEqual(['202601010001']);
  });

  it('a promise restated later is one follow-up; a message sent days later resolves from its own time', () => {
    const msgs: Message[] = [
      { id: 'a', sessionId: 's', seq: 0, role: 'agent', text: '我们会在3个工作日内给您回电。', at: MON },
      { id: 'b', sessionId: 's', seq: 1, role: 'agent', text: '再次说明：3个工作日内给您回电。', at: MON + 60_000 },
      { id: 'c', sessionId: 's', seq: 2, role: 'agent', text: '明天给您回电。', at: FRI },
    ];
    const found = extractFromTranscript(msgs, { utcOffsetMinutes: 480 });
    expect(found.followUps.map((f) => [f.sourceMessageId, toUtcIso(f.dueAt)])).toEqual([
      ['a', '2026-11-26T15:59:59.999Z'],
      ['c', '2026-11-28T15:59:59.999Z'],
    ]);
  });

  it('merging keeps what the user already has and proposes only new follow-ups', () => {
    const found = extractFromTranscript(cmbMessages(), { utcOffsetMinutes: 480 });
    const record = {
      references: [{ kind: 'ticket' as const, value: '202611230001', confirmed: true }],
      agents: [{ name: '小王' }],
    };
    const { patch, newFollowUps } = mergeExtraction(record, [found.followUps[0]!], found);
    expect(patch.references).toEqual([{ kind: 'ticket', value: '202611230001', confirmed: true }]);
    expect(patch.agents).toEqual([{ name: '小王', id: '8823' }]);
    expect(patch.datesMentioned).toHaveLength(2);
    expect(newFollowUps).toEqual([found.followUps[1]]);
  });
});

describe('extractDates (single text with a now)', () => {
  it('returns record entries and leaves out today', () => {
    expect(extractDates('今天先登记，请在本月25日前还款，明天回电', { now: MON, utcOffsetMinutes: 480 })).toEqual([
      { date: '2026-11-25', text: '本月25日', relative: true },
      { date: '2026-11-24', text: '明天', relative: true },
    ]);
    expect(extractDates('no dates here', { now: MON })).toEqual([]);
  });
});
