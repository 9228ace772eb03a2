// @vitest-environment jsdom
// Two shapes that published chat UI libraries gave the finder on first contact (e2e/libraries README, "First
// contact"), written here with hashed class names so only the structure speaks:
// - a message list nested in shells that each wrap one element (pull-to-refresh, scroll and virtual-list components),
//   so that more than four levels separate it from the element it shares with the composer;
// - a sender's name as a label inside the bubble above the text, on the first row of a sender that no neighbour has
//   shown yet.
import { describe, expect, it } from 'vitest';
import { extractRaw } from '../../../lib/capture/extract';
import { findGenericChat } from '../../../lib/capture/generic-detector';

function hashed(seed: string): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `k${(h >>> 0).toString(36).slice(0, 6)}`;
}
const c = hashed;

const ROWS = [
  { me: false, text: '您好，请问有什么可以帮您？', time: '10:01' },
  { me: true, text: '我的信用卡逾期了，想申请分期', time: '10:01' },
  { me: false, text: '好的，正在为您转接人工客服。', time: '10:02' },
  { me: true, text: '谢谢', time: '10:02' },
];
const rowHtml = (r: (typeof ROWS)[number]) =>
  `<div class="${c(r.me ? 'rowR' : 'rowL')}"><div class="${c('meta')}"><time>${r.time}</time></div><div class="${c('main')}">` +
  `${r.me ? '' : `<img class="${c('av')}" src="data:," alt="">`}<div class="${c('bubble')}"><p>${r.text}</p></div></div></div>`;

/** `lone` wrappers of one child each around the list, inside `grouping` wrappers that each hold a sibling too. */
function nested(lone: number, grouping: number): string {
  let list = `<div class="${c('list')}" id="rows">${ROWS.map(rowHtml).join('')}</div>`;
  for (let i = 0; i < grouping; i += 1) list = `<div class="${c(`g${i}`)}"><div class="${c(`slot${i}`)}"></div>${list}</div>`;
  for (let i = 0; i < lone; i += 1) list = `<div class="${c(`w${i}`)}">${list}</div>`;
  return list;
}

function chatPage(body: string): void {
  document.body.innerHTML = `<main><h1>Personal banking</h1></main><section class="${c('app')}">
    <header class="${c('bar')}"><h2>信用卡客服</h2></header>${body}
    <div class="${c('foot')}"><div class="${c('cmp')}"><div class="${c('wrap')}"><div><textarea placeholder="请输入您的问题"></textarea></div></div></div></div>
  </section>`;
}

describe('a message list nested in one-child shells', () => {
  // [lone wrappers, grouping wrappers]: pull-to-refresh (inner and outer shells, content with its indicator, a
  // container with a slot before it) is [2, 2]; the others are the same idea with more or fewer shells.
  const found: Array<[number, number]> = [
    [0, 1],
    [2, 2],
    [4, 2],
    [3, 3],
  ];
  it.each(found)('finds the list under %i lone and %i grouping wrappers', (lone, grouping) => {
    chatPage(nested(lone, grouping));
    expect(findGenericChat(document).chat?.transcript.id).toBe('rows');
  });

  it('still does not pair a composer with rows four grouping levels further away', () => {
    chatPage(nested(0, 5));
    expect(findGenericChat(document).chat?.transcript.id).not.toBe('rows');
  });
});

describe('a name label inside the bubble, on the first row of a sender', () => {
  const them = (name: string, text: string, time: string) =>
    `<div><div class="${c('box')}"><div class="${c('av2')}"></div><div class="${c('card')}"><div class="${c('user')}"><span>${name}</span></div>` +
    `<div class="${c('fmt')}"><div class="${c('md')}"><p>${text}</p></div></div><div class="${c('ts')}"><span>${time}</span></div></div></div></div>`;
  const me = (text: string, time: string) =>
    `<div><div class="${c('box')}"><div class="${c('card')}"><div class="${c('fmt')}"><div class="${c('md')}"><p>${text}</p></div></div>` +
    `<div class="${c('ts')}"><span>${time}</span></div></div></div></div>`;

  const cases: Array<[string, string, string, string]> = [
    ['a Chinese agent naming themselves', '周婷', '您好，浦发信用卡客服周婷，工号90516。', '您好，浦发信用卡客服周婷，工号90516。'],
    ['a bot naming itself', '浦小智', '您好，欢迎使用信用卡在线服务，我是浦小智。', '您好，欢迎使用信用卡在线服务，我是浦小智。'],
    ['an English agent naming themselves', 'Maria Lopez', 'Hi, this is Maria Lopez from Payment Assistance.', 'Hi, this is Maria Lopez from Payment Assistance.'],
  ];
  it.each(cases)('reads %s alone in the chat with the name apart', (_, name, text, message) => {
    document.body.innerHTML = `<div id="l">${them(name, text, '21:08')}</div>`;
    const raw = extractRaw(document.getElementById('l')!.firstElementChild!, { namePaths: new Set() });
    expect(raw).toMatchObject({ text: message, author: name, shownTime: '21:08' });
  });

  it('keeps a first line that only part of a longer word repeats, or that is a sentence, as the message', () => {
    document.body.innerHTML = `<div id="l">${them('Ann', 'Annual fee waived for this year.', '21:08')}${them('好的。', '好的。已为您登记。', '21:09')}</div>`;
    const rows = Array.from(document.getElementById('l')!.children);
    expect(rows.map((r) => extractRaw(r, { namePaths: new Set() })?.author)).toEqual([undefined, undefined]);
  });

  it('learns the place of a three-character name repeated by two rows, and reads the next sender\'s first row with it', () => {
    document.body.innerHTML = `<div id="l">${them('浦小智', '欢迎使用信用卡在线服务。', '21:08')}${me('我想申请分期还款', '21:08')}` +
      `${them('浦小智', '好的，已为您转接人工客服。', '21:09')}${them('周婷', '查询到您的卡片逾期38天。', '21:09')}</div>`;
    const namePaths = new Set<string>();
    const read = Array.from(document.getElementById('l')!.children).map((r) => extractRaw(r, { namePaths }));
    expect(read.map((r) => r?.author)).toEqual(['浦小智', undefined, '浦小智', '周婷']);
    expect(read[3]?.text).toBe('查询到您的卡片逾期38天。');
  });
});
