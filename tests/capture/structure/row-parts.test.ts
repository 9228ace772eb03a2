// @vitest-environment jsdom
// The first row of a side, in a chat that has just opened, shows its parts (a name label, a time, the bubble, a
// receipt) as a short column of look-alike children: a list to the finder, unless what the parts say shows they are
// one message's. Class names are hashed (one happens to contain "msg", as random letters do), so only structure and
// wording speak.
import { describe, expect, it } from 'vitest';
import { findGenericChat } from '../../../lib/capture/generic-detector';

interface Row {
  me: boolean;
  name: string;
  time: string;
  text: string;
  receipt?: string;
}

const GREETING: Row = { me: false, name: '線上小幫手', time: '8分鐘前', text: '歡迎使用線上客服，請簡單描述您的問題。' };
const FIRST_LINE: Row = { me: true, name: '我', time: '8分鐘前', text: '您好，我有一筆貸款逾期35天，想了解能不能分期', receipt: '已讀' };
const HANDOFF: Row = { me: false, name: '線上小幫手', time: '7分鐘前', text: '逾期協商需要由真人客服辦理，是否為您轉接？' };

/** Name above the bubble, the time under the name, a receipt under the person's own bubble. */
function rowHtml(r: Row): string {
  return (
    `<div class="${r.me ? 'css-a8pbc8' : 'css-b4s7gz'}"><div class="${r.me ? 'css-msgmoi' : 'css-6myky1'}">` +
    `<div class="css-3zez25">${r.name}</div><div class="css-a7p9r6">${r.time}</div>` +
    `<div class="${r.me ? 'css-agmex4' : 'css-unqgpx'}">${r.text}</div>` +
    `${r.receipt ? `<div class="css-b03ujy"><span class="css-8px8m6">${r.receipt}</span></div>` : ''}</div></div>`
  );
}

function chat(rows: readonly Row[], divider = '今天'): void {
  document.body.innerHTML =
    `<div class="css-48xf4r"><div class="css-25rfl1"><div><div class="css-hzdrbu">線上客服</div></div>` +
    `<div><button type="button" class="css-fk06us">結束對話</button></div></div>` +
    `<div class="css-5m3aae"><div class="css-modbjl" id="list"><div class="css-1077ar">${divider}</div>${rows.map(rowHtml).join('')}</div></div>` +
    `<div class="css-my6hw2"><div contenteditable="true" role="textbox" aria-label="請輸入訊息" class="css-lfz4aw"></div>` +
    `<button type="button" class="css-gsmew4">傳送</button></div></div>`;
}

const transcript = () => findGenericChat(document).chat?.transcript;
const classOf = (el: Element | undefined) => el?.getAttribute('class') ?? el?.id;

describe('a row\'s own parts, by what they say', () => {
  it('are not a transcript: the name, time and bubble of the only row so far', () => {
    chat([GREETING]);
    expect(classOf(transcript())).not.toBe('css-6myky1');
  });

  it('are not a transcript: the name, time, bubble and receipt of the person\'s first line', () => {
    chat([GREETING, FIRST_LINE]);
    expect(classOf(transcript())).not.toBe('css-msgmoi');
  });

  it('are not a transcript when the time and the receipt share one line', () => {
    document.body.innerHTML =
      `<div class="x1"><div class="x2" id="list"><div class="x3"><div class="x4">CA</div><div class="xmsgq">` +
      `<div class="x6">Chat Assistant</div><div class="x7">Hi, I'm the virtual assistant. How can I help you today?</div>` +
      `<div class="x8"><span class="x9">13:39</span><span class="xa">Read</span></div></div></div></div>` +
      `<div class="xb"><textarea placeholder="Type your message…"></textarea><button type="button">Send</button></div></div>`;
    expect(classOf(transcript())).not.toBe('xmsgq');
  });

  it('leave the list itself to be found once it shows rows of both sides', () => {
    chat([GREETING, FIRST_LINE, HANDOFF]);
    expect(transcript()?.id).toBe('list');
  });
});

describe('a list whose rows are bare lines', () => {
  const leafChat = (lines: readonly string[]) => {
    document.body.innerHTML =
      `<div class="k1"><div class="k2" id="list">${lines.map((t) => `<div class="k3">${t}</div>`).join('')}</div>` +
      `<div class="k4"><textarea placeholder="请输入您的问题"></textarea><button type="button">发送</button></div></div>`;
  };

  it('is still a list when a divider and two messages show, the first of them long', () => {
    leafChat(['今天', '您好，很高兴为您服务，请问有什么可以帮您？', '我的信用卡逾期了', '好的，请提供卡号后四位。']);
    expect(transcript()?.id).toBe('list');
  });
});
