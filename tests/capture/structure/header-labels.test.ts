// @vitest-environment jsdom
// Two shapes from the third batch of published chat UI libraries' first contact (e2e/libraries README), written here
// with hashed class names so only the structure speaks:
// - a header line of name, a role label and the time above the bubble ("Priya · Agent · 10:02"): the label is neither
//   the name nor the message, on the first row of a sender as on later ones;
// - the same line under the message ("浦小智 21:08" below the bubble), with a day label drawn above the row's first
//   message; a name whose element also draws the time;
// - an accessible chat's live announcement of the newest message kept inside the list, clipped to a pixel by a class:
//   no row a person sees.
import { describe, expect, it } from 'vitest';
import { extractRaw } from '../../../lib/capture/extract';
import { rowAnatomy } from '../../../lib/capture/structure/anatomy';

function hashed(seed: string): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `k${(h >>> 0).toString(36).slice(0, 6)}`;
}
const c = hashed;

const row = (name: string, label: string, time: string, text: string) =>
  `<section class="${c('row')}"><img class="${c('av')}" src="data:," alt=""><div class="${c('contents')}">` +
  `<div class="${c('meta')}"><span class="${c('name')}">${name}</span><span class="${c('label')}"><span><span>${label}</span></span></span>` +
  `<span class="${c('stamp')}"><time>${time}</time></span></div>` +
  `<div class="${c('response')}"><div><span class="${c('text')}"><p>${text}</p></span></div></div></div></section>`;

describe('a role label in the header line', () => {
  it('is left out of the message and the name on a sender’s first row', () => {
    document.body.innerHTML = `<div id="list">${row('Citi Bot', 'Virtual assistant', '10:01 AM', 'Welcome to the card help desk. How can I help?')}</div>`;
    const item = document.querySelector('section')!;
    const raw = extractRaw(item);
    expect(raw?.text).toBe('Welcome to the card help desk. How can I help?');
  });

  it('leaves a short message beside it alone when the message has a line of its own', () => {
    document.body.innerHTML = `<div id="list">${row('Priya', 'Agent', '10:02 AM', 'Sure.')}${row('Priya', 'Agent', '10:03 AM', 'One moment please.')}</div>`;
    const [first] = Array.from(document.querySelectorAll('section'));
    expect(extractRaw(first!)?.text).toBe('Sure.');
  });

  it('does not take a message that shares its line with the name and the time for a label', () => {
    document.body.innerHTML = `<div id="list"><div class="${c('r')}"><div class="${c('b')}"><b>小王</b><span>好的</span><i>10:05</i></div></div></div>`;
    const anatomy = rowAnatomy(document.querySelector(`.${c('r')}`)!);
    expect(anatomy.exclude.map((e) => e.textContent)).not.toContain('好的');
  });
});

describe('a meta line under the message', () => {
  const footerRow = (day: string, name: string, time: string, text: string) =>
    `<div class="${c('frow')}">${day ? `<div><div>${day}</div></div>` : ''}<div class="${c('main')}"><img src="data:," alt="">` +
    `<div><div class="${c('bub')}"><div><span>${text}</span></div></div><div class="${c('foot')}"><div><span>${name}</span></div><div><span>${time}</span></div></div></div></div></div>`;

  it('gives the name on a sender’s first row, and the clock time rather than the day label above it', () => {
    document.body.innerHTML = `<div id="list">${footerRow('今天', '浦小智', '21:08', '您好，欢迎使用信用卡在线服务，我是浦小智，很高兴为您服务。')}</div>`;
    const raw = extractRaw(document.querySelector(`.${c('frow')}`)!);
    expect(raw?.author).toBe('浦小智');
    expect(raw?.shownTime).toBe('21:08');
    expect(raw?.text).toBe('您好，欢迎使用信用卡在线服务，我是浦小智，很高兴为您服务。');
  });

  it('takes no name from the line when the message above it is no longer than a name could be', () => {
    document.body.innerHTML = `<div id="list">${footerRow('', 'Sure', '21:09', 'One sec')}</div>`;
    expect(extractRaw(document.querySelector(`.${c('frow')}`)!)?.author).toBeUndefined();
  });

  it('reads a name whose element also draws the time as the name alone', () => {
    document.body.innerHTML = `<div id="list"><div class="${c('drow')}"><div class="${c('dh')}">刘洋 <time>20:16</time></div><div class="${c('db')}">您好，我是平安银行客服刘洋，工号106652，请问有什么可以帮您？</div></div></div>`;
    const raw = extractRaw(document.querySelector(`.${c('drow')}`)!);
    expect(raw?.author).toBe('刘洋');
    expect(raw?.text).toBe('您好，我是平安银行客服刘洋，工号106652，请问有什么可以帮您？');
  });
});

describe('a row drawn for screen readers only', () => {
  it('is no message when its class clips it to a pixel', () => {
    const style = document.createElement('style');
    style.textContent = `.${c('sr')} { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }`;
    document.head.append(style);
    document.body.innerHTML = `<div id="list">${row('Citi Bot', 'Virtual assistant', '10:01 AM', 'Welcome to the card help desk.')}<div class="${c('sr')}">Message from Citi Bot: Welcome to the card help desk.</div></div>`;
    const list = document.getElementById('list')!;
    const announcement = list.lastElementChild!;
    expect(extractRaw(announcement, { container: list })).toBeNull();
    // The same text unclipped is read: it is the style that hides it.
    announcement.className = c('plain');
    expect(extractRaw(announcement, { container: list })?.text).toBe('Message from Citi Bot: Welcome to the card help desk.');
    expect(extractRaw(list.firstElementChild!, { container: list })?.text).toBe('Welcome to the card help desk.');
  });
});
