// Shared test data: a realistic Chinese negotiation with a few hostile strings, and generators for large sessions.
import type { FollowUp, Message, SessionBundle, SessionRecord } from '../../lib/records/types';

export const T0 = Date.UTC(2026, 10, 23, 6, 0, 0, 0); // Monday 2026-11-23 14:00 in Beijing
export const HOSTILE = `<img src=x onerror=alert(1)><script>alert("x")</script>&amp; "quoted" 'single'`;

export function cmbSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: 'sess-cmb-1',
    url: 'https://cs.example-bank.cn/chat?id=1',
    siteId: 'cmb',
    vendor: 'generic',
    startedAt: T0,
    updatedAt: T0 + 9 * 60_000,
    title: '信用卡逾期协商',
    agentName: '小王',
    agentId: '8823',
    bankName: '招商银行',
    channel: 'web-chat',
    agents: [{ name: '小王', id: '8823', sourceMessageId: 'm1' }],
    references: [{ kind: 'ticket', value: '202611230001', confirmed: false, sourceMessageId: 'm5' }],
    datesMentioned: [{ date: '2026-11-25', text: '本月25日', relative: true, sourceMessageId: 'm7' }],
    offers: [{ kind: 'installment', currency: 'CNY', periods: 24, monthlyFeeRate: 0.0075, amount: 3_600_000, waives: ['late-fee'] }],
    agreedTerms: { kind: 'installment', currency: 'CNY', periods: 24, monthlyFeeRate: 0.0075, amount: 3_600_000, confirmed: false },
    outcome: 'pending-callback',
    notes: '记得索要书面确认。',
    evidence: [{ id: 'income-statement', label: '收入证明或工资流水', prepared: true }],
    ...overrides,
  };
}

const LINES: [Message['role'], string, string?][] = [
  ['system', '您已进入人工服务'],
  ['agent', '您好，我是客服小王，工号8823，很高兴为您服务。', '小王'],
  ['customer', '我的信用卡逾期了，想协商分期还款。'],
  ['agent', '可以为您申请个性化分期，最长可分24期，月手续费率0.75%。', '小王'],
  ['customer', `好的，请帮我申请。${HOSTILE}`],
  ['agent', '已为您提交申请，工单号 202611230001，我们会在3个工作日内给您回电。', '小王'],
  ['customer', '=HYPERLINK("http://evil.example","x"),含逗号,"引号"\n第二行'],
  ['agent', '请在本月25日前还款最低还款额，以免影响审核。', '小王'],
  ['customer', '好的，谢谢。'],
  ['agent', '不客气，祝您生活愉快。', '小王'],
];

export function cmbMessages(sessionId = 'sess-cmb-1'): Message[] {
  return LINES.map(([role, text, author], i) => {
    const m: Message = { id: `m${i}`, sessionId, seq: i, role, text, at: T0 + i * 60_000 };
    if (author) m.author = author;
    if (i % 3 === 0) m.shownTime = `14:0${i}`;
    return m;
  });
}

export function cmbFollowUps(sessionId = 'sess-cmb-1'): FollowUp[] {
  return [
    { id: 'fu-1', sessionId, dueAt: Date.UTC(2026, 10, 26, 15, 59, 59, 999), title: '银行承诺回电', source: 'transcript', done: false, sourceMessageId: 'm5' },
    { id: 'fu-2', sessionId, dueAt: Date.UTC(2026, 10, 25, 15, 59, 59, 999), title: '还款截止', source: 'user', done: true },
  ];
}

export function cmbBundle(): SessionBundle {
  return { session: cmbSession(), messages: cmbMessages(), followUps: cmbFollowUps() };
}

/** A plain English session with only the required Session fields. */
export function plainBundle(id = 'sess-en-2', startedAt = T0 + 86_400_000): SessionBundle {
  const session: SessionRecord = { id, url: 'https://bank.example.com/help', siteId: 'examplebank', vendor: 'livechat', startedAt };
  const messages: Message[] = [
    { id: `${id}-0`, sessionId: id, seq: 0, role: 'agent', text: 'Hi, this is Emma, agent ID 5521.', at: startedAt },
    { id: `${id}-1`, sessionId: id, seq: 1, role: 'customer', text: 'I would like a hardship plan.', at: startedAt + 30_000 },
    { id: `${id}-2`, sessionId: id, seq: 2, role: 'agent', text: 'Your case number 4471-22. We will call you back within 3 working days.', at: startedAt + 60_000 },
  ];
  return { session, messages };
}

export function bigBundle(count: number, id = 'sess-big'): SessionBundle {
  const session: SessionRecord = { id, url: 'https://bank.example.com/chat', siteId: 'examplebank', vendor: 'generic', startedAt: T0 };
  const messages: Message[] = [];
  for (let i = 0; i < count; i++) {
    messages.push({
      id: `${id}-${i}`,
      sessionId: id,
      seq: i,
      role: i % 2 === 0 ? 'agent' : 'customer',
      text: i % 2 === 0 ? `第${i}条：您的分期申请正在处理中，请耐心等待，我们会尽快回复您。Reference ${100000 + i}.` : `好的，我明白了，第${i}条回复，谢谢。`,
      at: T0 + i * 1000,
    });
  }
  return { session, messages };
}
