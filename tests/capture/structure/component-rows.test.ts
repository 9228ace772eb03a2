// @vitest-environment jsdom
// Rows that are not plain children of the transcript: web components whose rows render only inside open shadow roots,
// a lone wrapper between the list and its rows, and rows grouped into sibling wrappers (by exchange, by sender). The
// chat pages built with published chat UI libraries use all three; these are the general rules they rely on.
import { describe, expect, it } from 'vitest';
import { chatItems } from '../../../lib/capture/chat-items';
import { openShadowRoots } from '../../../lib/capture/dom/shadow';
import { extractRaw } from '../../../lib/capture/extract';
import { findGenericChat, transcriptItems } from '../../../lib/capture/generic-detector';
import { groupedRows, rowContainer, rowsOf } from '../../../lib/capture/structure/rows';
import { carriesText, repeatedContainers, repetitionScore } from '../../../lib/capture/structure/shape';

const LINES = ['Hello, you are chatting with the assistant.', 'My card payment is late.', 'Let me look at your account.', 'Thank you.'];

/** A list of custom elements whose name, time and text exist only in each row's open shadow root. */
function componentChat(lines = LINES): HTMLElement {
  document.body.innerHTML = '<section id="panel"><x-list id="list"></x-list><x-sender id="sender"></x-sender></section>';
  const list = document.getElementById('list')!;
  lines.forEach((text, i) => {
    const row = document.createElement('x-row');
    const shadow = row.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div><div><span>${i % 2 ? '' : 'Assistant'}</span><span>10:0${i}</span></div><div><p>${text}</p></div></div>`;
    list.appendChild(row);
  });
  // The composer sits deep inside the input bar's own components, as a design system nests them.
  const bar = document.getElementById('sender')!.attachShadow({ mode: 'open' });
  bar.innerHTML = '<div><div><div><div><x-field></x-field></div></div></div><button aria-label="Send">→</button></div>';
  const field = bar.querySelector('x-field')!.attachShadow({ mode: 'open' });
  field.innerHTML = '<div><div><div><textarea placeholder="Type a message"></textarea></div></div></div>';
  return list;
}

describe('rows inside open shadow roots', () => {
  it('sees a component row\'s text and shape in its shadow root', () => {
    const list = componentChat();
    const rows = Array.from(list.children);
    expect(rows.every((r) => carriesText(r))).toBe(true);
    expect(repetitionScore(rows)).toBe(20);
    expect(repeatedContainers([document.body])).toContain(list);
  });

  it('finds a transcript of component rows next to a composer nested in components', () => {
    const list = componentChat();
    const found = findGenericChat(document);
    expect(found.chat?.transcript).toBe(list);
    expect(found.chat?.composer?.tagName).toBe('TEXTAREA');
    expect(chatItems(found.chat!, openShadowRoots).map((item) => extractRaw(item)?.text)).toEqual(LINES);
  });

  it('does not see shadow text when told no shadow root is readable', () => {
    const list = componentChat();
    expect(carriesText(list.firstElementChild!, () => null)).toBe(false);
  });
});

const item = (who: string, name: string, text: string) =>
  `<div class="item"><div class="info"><div class="pic"></div><span>${name}</span></div><div class="msg"><p>${text}</p></div></div>`;

describe('rows grouped in sibling wrappers', () => {
  it('reads rows across groups of one exchange each, and through the lone wrapper around the groups', () => {
    document.body.innerHTML = `<div id="log"><div id="groups">` +
      `<div class="seg">${item('them', '赵倩', '您好，请问有什么可以帮您？')}</div>` +
      `<div class="seg">${item('me', '我', '我想分期还款')}${item('them', '赵倩', '可以为您申请分期。')}</div>` +
      `</div></div>`;
    const log = document.getElementById('log')!;
    expect(rowContainer(log).id).toBe('groups');
    expect(rowsOf(log).map((r) => r.querySelector('p')!.textContent)).toEqual(['您好，请问有什么可以帮您？', '我想分期还款', '可以为您申请分期。']);
    expect(transcriptItems(log)).toHaveLength(3);
  });

  it('looks through a lone wrapper whose groups are still one row each, while the second gains its loader', () => {
    document.body.innerHTML = `<div id="log"><div id="groups">` +
      `<div class="seg">${item('them', '赵倩', '您好')}</div><div class="seg">${item('me', '我', '我想分期还款')}<div class="loader"><div></div></div></div>` +
      `</div></div>`;
    expect(rowContainer(document.getElementById('log')!).id).toBe('groups');
  });

  it('does not look into the only row of a chat that has just opened', () => {
    document.body.innerHTML = `<div id="log">${item('them', '赵倩', '您好，请问有什么可以帮您？')}</div>`;
    expect(rowContainer(document.getElementById('log')!).id).toBe('log');
  });

  it('looks through a lone list once it holds the bot\'s first line and the person\'s reply, drawn differently', () => {
    const them = (name: string, text: string) => `<div><div><div><img src="data:,"><span>${name}</span></div><div>${text}</div><div>10:02</div></div></div>`;
    const me = (text: string) => `<div><div><div>${text}</div><div>10:03</div></div><svg></svg></div>`;
    document.body.innerHTML = `<div id="outer"><div id="list">${them('小招', '您好，请问有什么可以帮您？')}</div></div>`;
    expect(rowContainer(document.getElementById('outer')!).id).toBe('outer');
    document.getElementById('list')!.insertAdjacentHTML('beforeend', me('我的信用卡逾期两个月了'));
    expect(rowContainer(document.getElementById('outer')!).id).toBe('list');
  });

  it('looks through a lone list whose only line besides the rows is a date divider', () => {
    const them = (name: string, text: string) => `<div><div><img src="data:,"></div><div><span>${name}</span><div>${text}</div><time>12/5/2026 7:48 PM</time></div></div>`;
    const me = (text: string) => `<div><div><div>${text}</div><time>12/5/2026 7:49 PM</time></div></div>`;
    document.body.innerHTML = `<div id="outer"><div id="list"><div>Saturday, December 5, 2026</div>${them('中银智能客服', '您好，请问有什么可以帮您？')}${me('我信用卡逾期了三期')}</div></div>`;
    expect(rowContainer(document.getElementById('outer')!).id).toBe('list');
  });

  it('does not look into one message whose header and bare text line sit side by side', () => {
    document.body.innerHTML = `<div id="outer"><div id="msg"><div><img src="data:,"><span>小招</span></div><div>您好，请问有什么可以帮您？</div><div><span>10:02</span><span>已读</span></div></div></div>`;
    expect(rowContainer(document.getElementById('outer')!).id).toBe('outer');
  });

  it('takes rows that each hold an avatar and one column for rows, not for groups', () => {
    const row = (name: string, text: string) => `<div class="r"><img src="data:,"><div class="col"><span>${name}</span><div><p>${text}</p></div></div></div>`;
    document.body.innerHTML = `<div id="list">${row('Kim', 'Hello')}${row('Kim', 'How can I help?')}${row('Me', 'A plan please')}</div>`;
    expect(groupedRows(document.getElementById('list')!)).toBeUndefined();
  });

  it('takes a row of a name and a bubble for one row even when both look alike', () => {
    const row = (name: string, text: string) => `<div class="r"><div><b>${name}</b><i>·</i></div><div><b>${text}</b><i>·</i></div></div>`;
    document.body.innerHTML = `<div id="list">${row('Kim', 'Hello')}${row('Kim', 'How can I help?')}</div>`;
    expect(groupedRows(document.getElementById('list')!)).toBeUndefined();
  });
});

describe('the only row of a chat that has just opened', () => {
  it('is not taken for the transcript because its avatar initials sit beside its bubble', () => {
    document.body.innerHTML = `<div class="inner"><div class="head">Chat with us</div><div class="list" id="list">` +
      `<div class="row" id="row"><div class="av"><div><p>B</p></div></div><div class="bubble"><span>Welcome to our chat. Tell me what you need help with.</span></div></div><div></div></div>` +
      `<form><input placeholder="Type your message"><button class="btn-send">Send</button></form></div>`;
    expect(findGenericChat(document).chat?.transcript.id).not.toBe('row');
  });

  it('does not count a short reply after the first message against the transcript', () => {
    const score = (reply: string) => {
      document.body.innerHTML = `<div class="inner"><div class="list" id="list">` +
        `<div class="row"><div class="bubble"><span>Welcome to our chat. Tell me what you need help with.</span></div></div>` +
        `<div class="row"><div class="bubble"><span>${reply}</span></div></div></div>` +
        `<form><input placeholder="Type your message"><button class="btn-send">Send</button></form></div>`;
      return findGenericChat(document).score;
    };
    expect(score('OK')).toBe(score('Thanks a lot'));
  });
});
