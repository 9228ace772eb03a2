// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractMessage } from '../../lib/capture/extract';
import { detectGenericChat, transcriptItems } from '../../lib/capture/generic-detector';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

const DEMO_ROW_AGENT = `
  <div class="kf-row kf-row--agent">
    <img class="kf-avatar" alt="客服头像" src="data:,">
    <div class="kf-main">
      <div class="kf-meta"><span class="kf-name">李娜</span><span class="kf-time">14:02</span></div>
      <div class="kf-bubble"><span class="sr-only">客服说：</span>您好，我是客服李娜，工号 8823。</div>
    </div>
  </div>`;

describe('extractMessage', () => {
  it('reads role, author and time, and leaves screen-reader copies, names, times and alt text out of the text', () => {
    html(DEMO_ROW_AGENT);
    expect(extractMessage(document.querySelector('.kf-row')!)).toEqual({
      role: 'agent',
      text: '您好，我是客服李娜，工号 8823。',
      author: '李娜',
      shownTime: '14:02',
    });
  });

  it.each([
    ['<div class="kf-row kf-row--me"><div class="kf-main"><div class="kf-meta"><span class="kf-time">14:03</span></div><div class="kf-bubble">我想协商</div></div></div>', 'customer'],
    ['<div class="kf-notice">人工客服 李娜 已接入会话</div>', 'system'],
    ['<div class="kf-row kf-row--bot"><span class="kf-name">智能助手小示</span><div class="kf-bubble">您好</div></div>', 'bot'],
    ['<div class="kf-row kf-row--agent"><span class="kf-name">智能客服</span><div class="kf-bubble">您好</div></div>', 'bot'],
    ['<li class="chatMessage chasitor"><span class="chatContent">hello</span></li>', 'customer'],
    ['<div class="cx-message cx-participant cx-them cx-agent"><div class="cx-message-text">Hi</div></div>', 'agent'],
    ['<div class="message message--outgoing">hi</div>', 'customer'],
    ['<div class="msgItem msgItemService">您好</div>', 'agent'],
  ])('classifies %s as %s', (markup, role) => {
    html(markup);
    expect(extractMessage(document.body.firstElementChild!)?.role).toBe(role);
  });

  it.each([
    ['a date separator', '<div class="kf-notice">14:05</div>'],
    ['a typing indicator', '<div class="kf-row kf-row--agent"><div class="kf-bubble">对方正在输入…</div></div>'],
    ['an empty bubble', '<div class="kf-row kf-row--agent"><div class="kf-bubble"> </div></div>'],
    ['an element with no role hint', '<div class="wrapper">text</div>'],
  ])('skips %s', (_label, markup) => {
    html(markup);
    expect(extractMessage(document.body.firstElementChild!)).toBeNull();
  });

  it('keeps line breaks between paragraphs of one message', () => {
    html('<div class="kf-row kf-row--agent"><div class="kf-bubble"><p>第一行</p><p>第二行</p></div></div>');
    expect(extractMessage(document.body.firstElementChild!)?.text).toBe('第一行\n第二行');
  });
});

const DEMO_WIDGET = `
  <header class="bank-top"><nav><a>首页</a></nav><form class="search"><input type="search" placeholder="搜索"></form></header>
  <aside class="kf-widget">
    <div class="kf-header"><div class="kf-title">在线客服</div></div>
    <div class="kf-body"><div class="kf-msg-list">${DEMO_ROW_AGENT}</div></div>
    <form class="kf-composer"><textarea id="kf-input"></textarea><button class="kf-send">发送</button></form>
  </aside>`;

describe('detectGenericChat', () => {
  it('finds the demo bank widget, its transcript, composer and send button', () => {
    html(DEMO_WIDGET);
    const found = detectGenericChat(document);
    expect(found?.transcript.className).toBe('kf-msg-list');
    expect(found?.composer?.id).toBe('kf-input');
    expect(found?.sendButton?.textContent).toBe('发送');
    expect(found!.confidence).toBeGreaterThan(0.5);
    expect(transcriptItems(found!.transcript)).toHaveLength(1);
  });

  it('finds a role="log" transcript with a contenteditable composer', () => {
    html('<section class="support"><div role="log" aria-label="chat"><div class="msg agent">hi</div></div><div contenteditable="true"></div><button>Send</button></section>');
    expect(detectGenericChat(document)?.composer?.getAttribute('contenteditable')).toBe('true');
  });

  it.each([
    ['a comment thread with a reply box', '<section class="comments"><div class="comment-list messages"><div class="comment">nice</div></div><textarea></textarea><button>发送</button></section>'],
    ['an FAQ list', '<div class="faq"><div class="faq-list"><div>如何还款？</div></div></div>'],
    ['a lone live region', '<div aria-live="polite">已保存</div>'],
    ['a transcript with nowhere to type', '<div class="chat-history"><div class="msg agent">旧消息</div></div>'],
    ['a search box', '<div class="messages"><div class="msg">x</div></div><input type="search" placeholder="搜索"><button>搜索</button>'],
  ])('ignores %s', (_label, markup) => {
    html(markup);
    expect(detectGenericChat(document)).toBeNull();
  });
});
