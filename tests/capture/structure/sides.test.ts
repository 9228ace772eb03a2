// @vitest-environment jsdom
// Sides from layout first: where the bubble sits decides once the chat shows two columns; the echo of what the
// person sent says which column is theirs; class words confirm and name what layout cannot.
import { describe, expect, it } from 'vitest';
import { agentIdentity, joinedAgent } from '../../../lib/capture/agent-identity';
import type { RawMessage } from '../../../lib/capture/extract';
import { measureSide } from '../../../lib/capture/layout-side';
import { RoleResolver } from '../../../lib/capture/role-resolver';
import { isHandoffText, isSystemText, sideFromClasses } from '../../../lib/capture/roles';
import { extractRaw } from '../../../lib/capture/extract';

const roles = (resolver: RoleResolver, raws: RawMessage[]) => raws.map((r) => resolver.resolve(r).role);

describe('sides from layout', () => {
  it('lets a two-column layout outrank a misleading class word (a utility margin class read as "me")', () => {
    const resolver = new RoleResolver(() => 0);
    expect(
      roles(resolver, [
        { text: 'Hello, how can I help?', layout: 'left' },
        { text: 'My card payment is late', layout: 'right', hint: 'agent-side' },
        { text: 'I can help with that.', layout: 'left', hint: 'customer' },
      ]),
    ).toEqual(['bot', 'customer', 'bot']);
  });

  it('places the first rows by their columns when the rows read together show two, though every row carries one class word', () => {
    // Hashed names split at their capitals ("sc-uMeDkn" on every row's avatar) can spell a side word on both sides.
    const read: RawMessage[] = [
      { text: "Hi, I'm the Capital One virtual assistant. How can I help you today?", layout: 'left', hint: 'customer', author: 'Chat Assistant' },
      { text: "I can't keep up with my card payments right now.", layout: 'right', hint: 'customer', author: 'Me' },
      { text: "For repayment difficulties I'd suggest an agent.", layout: 'left', hint: 'customer', author: 'Chat Assistant' },
    ];
    const resolver = new RoleResolver(() => 0);
    resolver.seeColumns(read);
    expect(roles(resolver, read)).toEqual(['bot', 'customer', 'bot']);
  });

  it('leaves a read of one column to the class words, as before', () => {
    const read: RawMessage[] = [{ text: 'Hi there', layout: 'left', hint: 'customer' }];
    const resolver = new RoleResolver(() => 0);
    resolver.seeColumns(read);
    expect(roles(resolver, read)).toEqual(['customer']);
  });

  it('keeps class words in a one-column chat, where position says nothing', () => {
    const resolver = new RoleResolver(() => 0);
    expect(
      roles(resolver, [
        { text: 'Hello', layout: 'left', hint: 'agent', author: 'Sam' },
        { text: 'Hi there', layout: 'left', hint: 'customer' },
        { text: 'What can I do?', layout: 'left', hint: 'agent', author: 'Sam' },
      ]),
    ).toEqual(['agent', 'customer', 'agent']);
  });

  it('reads "agent" in a class as the other side, where the bot writes until a person takes over', () => {
    expect(
      roles(new RoleResolver(() => 0), [
        { text: 'Welcome. Tell me what you need.', layout: 'left', hint: 'agent' },
        { text: 'A person please', layout: 'right', hint: 'customer' },
        { text: '客服 黃雅婷（工號 26097）為您服務', layout: 'center', hint: 'system' },
        { text: 'Hello, how can I help?', layout: 'left', hint: 'agent' },
      ]),
    ).toEqual(['bot', 'customer', 'system', 'agent']);
    // A chat that names its bot rows in classes means a person by "agent".
    expect(
      roles(new RoleResolver(() => 0), [
        { text: 'Welcome.', layout: 'left', hint: 'bot' },
        { text: 'Hello, how can I help?', layout: 'left', hint: 'agent' },
      ]),
    ).toEqual(['bot', 'agent']);
  });

  it('learns from the echo that the person writes in the left column', () => {
    let t = 0;
    const resolver = new RoleResolver(() => t);
    expect(roles(resolver, [{ text: 'Welcome to the help desk.', layout: 'right' }])).toEqual(['customer']);
    t = 1000;
    resolver.noteSent('I need a payment plan');
    expect(
      roles(resolver, [
        { text: 'I need a payment plan', layout: 'left' },
        { text: 'Let me check your account.', layout: 'right' },
        { text: 'Thank you', layout: 'left' },
      ]),
    ).toEqual(['customer', 'bot', 'customer']);
  });

  it('makes a short centred line a notice unless a class word names its sender', () => {
    const resolver = new RoleResolver(() => 0);
    expect(roles(resolver, [{ text: 'Today', layout: 'center' }, { text: 'I am the assistant here.', layout: 'center', hint: 'bot' }])).toEqual(['system', 'bot']);
  });

  it('is the same on every replay of the same rows', () => {
    const rows: RawMessage[] = [
      { text: 'a', layout: 'left' },
      { text: 'b', layout: 'right' },
      { text: 'c', layout: 'center' },
      { text: 'd', layout: 'left', author: 'Kim' },
    ];
    expect(roles(new RoleResolver(() => 0), rows)).toEqual(roles(new RoleResolver(() => 0), rows));
  });
});

describe('measureSide', () => {
  function place(el: Element, left: number, width: number): void {
    (el as HTMLElement).getBoundingClientRect = () => ({ left, right: left + width, width, top: 0, bottom: 20, height: 20, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
  }
  function layout(bubbleLeft: number, bubbleWidth: number): ReturnType<typeof measureSide> {
    document.body.innerHTML = '<div id="list" style="padding-left:10px;padding-right:10px"><div id="row"><div id="wrap"><div id="bubble" style="background-color: rgb(200, 220, 255)"><p id="text">Hello there</p></div></div></div></div>';
    place(document.getElementById('list')!, 0, 400);
    place(document.getElementById('row')!, 10, 380);
    place(document.getElementById('wrap')!, 10, 380);
    place(document.getElementById('bubble')!, bubbleLeft, bubbleWidth);
    place(document.getElementById('text')!, bubbleLeft + 8, bubbleWidth - 16);
    return measureSide(document.getElementById('row')!, document.getElementById('list')!, document.getElementById('text')!);
  }

  it('reads the painted bubble, not the full-width row', () => {
    expect(layout(230, 160).side).toBe('right');
    expect(layout(58, 160).side).toBe('left');
    expect(layout(120, 160).side).toBe('center');
  });

  it('takes an evenly placed wide bubble for a notice only when its row centres what it holds', () => {
    // A long join notice in a narrow widget is wider than most notices; a wide bubble alone says nothing.
    expect(layout(70, 260).side).toBeUndefined();
    (document.getElementById('row') as HTMLElement).style.textAlign = 'center';
    expect(measureSide(document.getElementById('row')!, document.getElementById('list')!, document.getElementById('text')!).side).toBe('center');
  });
});

describe('join notices', () => {
  it.each([
    ['Sam (Agent ID 48213) has joined the chat', { name: 'Sam', id: '48213' }],
    ['Dana Reyes (agent ID: 7781) joined the conversation', { name: 'Dana Reyes', id: '7781' }],
    ['Kevin has joined the chat', { name: 'Kevin' }],
    ['Agent Kim joined the conversation', { name: 'Kim' }],
    ['Please wait while we connect you', {}],
  ])('%s', (text, expected) => expect(joinedAgent(text)).toEqual(expected));
});

describe('bot first', () => {
  it('takes an unnamed other side for the bot until a person takes over', () => {
    const resolver = new RoleResolver(() => 0);
    expect(
      roles(resolver, [
        { text: 'Hello! I can help with statements.', layout: 'left' },
        { text: 'I need a person', layout: 'right' },
        { text: 'Kim joined the chat', layout: 'center' },
        { text: 'Hi, how can I help?', layout: 'left' },
      ]),
    ).toEqual(['bot', 'customer', 'system', 'agent']);
  });

  it('takes a first line that names its writer for a person', () => {
    expect(roles(new RoleResolver(() => 0), [{ text: '您好，我是客服李娜，工号 8823。', layout: 'left' }])).toEqual(['agent']);
  });
});

describe('join notices in Chinese', () => {
  it.each([
    ['客服 马骏（工号 85505）为您服务', { name: '马骏', id: '85505' }],
    ['專員 李佳穎（工號 10902）為您服務', { name: '李佳穎', id: '10902' }],
    ['人工客服 刘洋 已接入', { name: '刘洋' }],
    ['工号 40870 陈晨 已进入会话', { name: '陈晨', id: '40870' }],
    ['工號 40870 林怡君已加入對話', { name: '林怡君', id: '40870' }],
    ['You are now chatting with Grace Murphy, agent ID 41713', { name: 'Grace Murphy', id: '41713' }],
  ])('%s', (text, expected) => expect(joinedAgent(text)).toEqual(expected));

  it('hands over to a person on a notice that a staff member entered the conversation', () => {
    expect(isHandoffText('工号 40870 陈晨 已进入会话')).toBe(true);
    expect(isHandoffText('專員林怡君已加入對話')).toBe(true);
  });

  it.each([
    ["Good afternoon, my name is Hannah Okafor (ID 79229). I understand you'd like to discuss a payment plan.", { name: 'Hannah Okafor', id: '79229' }],
    ['Hi, this is Alex Smith, agent ID 52110. How can I help?', { name: 'Alex Smith', id: '52110' }],
  ])('reads a full name and a bare ID from an introduction: %s', (text, expected) => expect(agentIdentity(text)).toEqual(expected));
});

describe('bot names and handoffs in zh-TW and English', () => {
  it('names a helper the bot and a 專員 who serves the person the agent', () => {
    const resolver = new RoleResolver(() => 0);
    expect(
      roles(resolver, [
        { text: 'Welcome. Tell me what you need.', layout: 'left', author: 'Digital Helper' },
        { text: '我想協商還款', layout: 'right' },
        { text: '專員 李佳穎（工號 10902）為您服務', layout: 'center' },
        { text: '您好，我來為您處理。', layout: 'left' },
      ]),
    ).toEqual(['bot', 'customer', 'system', 'agent']);
  });
});

describe('reference numbers', () => {
  it('never takes an application reference (受理编号) for a staff ID', () => {
    expect(agentIdentity('已为您提交申请，受理编号 FQ202603056574，审核结果将以短信通知您。').id).toBeUndefined();
    expect(agentIdentity('您好，我是客服李娜，工號 8823').id).toBe('8823');
  });
});

describe('a replaced guess', () => {
  it('leaves no handoff, bot name or used echo behind when its rows were not the conversation', () => {
    const resolver = new RoleResolver(() => 0);
    resolver.noteSent('I need a person');
    // A list read by mistake: a line that looks human, and the person's own line.
    expect(roles(resolver, [{ text: 'Posted by Kim', layout: 'left', author: 'Kim' }, { text: 'I need a person', layout: 'left' }])).toEqual(['agent', 'customer']);
    resolver.restart();
    expect(
      roles(resolver, [
        { text: 'Hello! I can help with statements.', layout: 'left' },
        { text: 'I need a person', layout: 'right' },
      ]),
    ).toEqual(['bot', 'customer']);
  });
});

describe('utility classes say nothing about the writer', () => {
  const el = (cls: string) => {
    const div = document.createElement('div');
    div.className = cls;
    return div;
  };
  it.each(['flex my-2 gap-2 items-start', 'text-right px-2.5 py-1.5 rounded-lg', 'self-end max-w-[75%]', 'ml-auto [margin-left:auto] float-right', 'md:text-left bg-gray-100'])('%s', (cls) =>
    expect(sideFromClasses(el(cls))).toBeUndefined(),
  );
  it.each([
    ['my-message', 'customer'],
    ['msg-right', 'customer'],
    ['bubble--agent my-2', 'agent'],
  ])('still reads named classes: %s', (cls, side) => expect(sideFromClasses(el(cls))).toBe(side));
});

describe('notices by their wording', () => {
  it.each(['You are number 3 in the queue.', 'Connecting you to an agent, please wait…', '正在為您轉接真人客服，請稍候…', '目前排隊人數 4 人', '對話已結束，感謝您的來訪'])('%s', (text) => expect(isSystemText(text)).toBe(true));
});

describe('a name shown beside every row after an odd avatar label', () => {
  it('is still the name, not part of the message', () => {
    const row = (text: string) => `<div><div>P(</div><div><div><span>Priya (Agent)</span></div><div>${text}</div></div></div>`;
    document.body.innerHTML = `<div id="l">${row('Hello, I can help with that.')}${row('Thanks for waiting.')}${row('Here is the plan.')}</div>`;
    const rows = Array.from(document.getElementById('l')!.children);
    const namePaths = new Set<string>();
    expect(rows.map((r) => extractRaw(r, { namePaths })?.text)).toEqual(['Hello, I can help with that.', 'Thanks for waiting.', 'Here is the plan.']);
  });
});

describe('avatar labels with punctuation', () => {
  it('leaves out "H(" beside a bubble and reads a typing row as no message', () => {
    document.body.innerHTML = '<div id="l"><div><div>H(</div><div>Hi there, which account is behind?</div></div><div><div>H(</div><div>Agent is typing…</div></div></div>';
    const [row, typing] = Array.from(document.getElementById('l')!.children);
    expect(extractRaw(row!)?.text).toBe('Hi there, which account is behind?');
    expect(extractRaw(typing!)).toBeNull();
  });
});
