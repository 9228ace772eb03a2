// @vitest-environment jsdom
// Chats whose class names say nothing (hashed CSS modules, styled-components, minified names): the finder must find
// the transcript by its repeated rows near a composer, never capture the header, quick replies or composer, and read
// each row's message apart from its name, time and receipt.
import { describe, expect, it } from 'vitest';
import { chatItems } from '../../../lib/capture/chat-items';
import { extractRaw } from '../../../lib/capture/extract';
import { findGenericChat } from '../../../lib/capture/generic-detector';
import { openShadowRoots } from '../../../lib/capture/dom/shadow';
import { rowAnatomy } from '../../../lib/capture/structure/anatomy';
import { repeatedContainers, repetitionScore } from '../../../lib/capture/structure/shape';

/** A deterministic class-name hasher, so no class on the page carries a word. */
function hashed(seed: string): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `c${(h >>> 0).toString(36).slice(0, 6)}`;
}
const c = (role: string) => hashed(role);

interface Line {
  who: 'them' | 'me';
  name?: string;
  text: string;
  time?: string;
  receipt?: string;
}

function row(line: Line): string {
  if (line.who === 'me') {
    return `<div class="${c('row')}"><div class="${c('wrapR')}"><div class="${c('bubbleR')}">${line.text}</div>` +
      `<div class="${c('metaR')}">${line.time ? `<span class="${c('t')}">${line.time}</span>` : ''}${line.receipt ? `<span class="${c('r')}">${line.receipt}</span>` : ''}</div></div></div>`;
  }
  return `<div class="${c('row')}"><img class="${c('av')}" alt="avatar" src="data:,"><div class="${c('wrapL')}">` +
    `${line.name ? `<div class="${c('nm')}">${line.name}</div>` : ''}<div class="${c('bubbleL')}">${line.text}</div>` +
    `${line.time ? `<div class="${c('tm')}">${line.time}</div>` : ''}</div></div>`;
}

function page(lines: Line[], { quick = true, header = true } = {}): void {
  document.body.innerHTML = `<main class="${c('page')}"><h1>Personal banking</h1><p>Manage your accounts.</p></main>
  <section class="${c('panel')}">
    ${header ? `<div class="${c('head')}"><div class="${c('title')}">Help centre</div><div class="${c('sub')}">Open 8am to 8pm</div><div role="button" class="${c('end')}">End</div></div>` : ''}
    <div class="${c('scroll')}" style="overflow-y:auto"><div class="${c('list')}" id="rows">${lines.map(row).join('')}</div></div>
    ${quick ? `<div class="${c('quick')}"><button>Balance</button><button>Cards</button><button>Payments</button></div>` : ''}
    <div class="${c('foot')}"><textarea class="${c('ta')}" placeholder="Write here"></textarea><button class="${c('go')}" aria-label="Send"><svg></svg></button></div>
  </section>`;
}

const LINES: Line[] = [
  { who: 'them', name: 'Helper', text: 'Hi, how can I help you today?', time: '10:01' },
  { who: 'me', text: 'I missed a payment on my card', time: '10:02', receipt: 'Read' },
  { who: 'them', name: 'Helper', text: 'I can look into that for you.', time: '10:02' },
  { who: 'me', text: 'Thanks', time: '10:03', receipt: 'Delivered' },
  { who: 'them', name: 'Helper', text: 'Could you confirm the last four digits?', time: '10:03' },
];

describe('structural chat finder', () => {
  it('finds the rows of a chat whose class names are all hashed', () => {
    page(LINES);
    const found = findGenericChat(document);
    expect(found.chat?.transcript.id).toBe('rows');
    expect(found.chat?.composer?.tagName).toBe('TEXTAREA');
    expect(found.chat?.sendButton?.getAttribute('aria-label')).toBe('Send');
  });

  it('reads messages without names, times and receipts, and never the header, hours, end button or quick replies', () => {
    page(LINES);
    const chat = findGenericChat(document).chat!;
    const namePaths = new Set<string>();
    const read = chatItems(chat, openShadowRoots).map((item) => extractRaw(item, { namePaths }));
    expect(read.map((r) => r?.text)).toEqual(LINES.map((l) => l.text));
    expect(read.map((r) => r?.shownTime)).toEqual(LINES.map((l) => l.time));
    expect(read.filter((r, i) => LINES[i]!.who === 'them').map((r) => r?.author)).toEqual(['Helper', 'Helper', 'Helper']);
  });

  it('finds the chat with one line from each side, and without header or quick replies', () => {
    page(LINES.slice(0, 3), { quick: false, header: false });
    expect(findGenericChat(document).chat?.transcript.id).toBe('rows');
  });

  it('never takes one row\'s parts for the transcript, even when each part repeats the row\'s side modifier', () => {
    const bemRow = (side: string, text: string) =>
      `<div class="cs__row cs__row--${side}"><img class="cs__avatar" alt="" src="data:,"><div class="cs__body cs__body--${side}"><div class="cs__time">16:31</div>` +
      `<div class="cs__bubble cs__bubble--${side}">${text}</div>${side === 'self' ? '<div class="cs__foot"><span>已讀</span></div>' : ''}</div></div>`;
    document.body.innerHTML = `<div class="cs__widget"><div class="cs__scroller"><div class="cs__list" id="rows">${bemRow('received', '您好，請問有什麼可以為您服務？')}${bemRow('self', '我想協商還款')}${bemRow('received', '請稍等')}${bemRow('self', '好的')}</div></div>` +
      `<div class="cs__input"><div contenteditable="true" role="textbox"></div><button>發送</button></div></div>`;
    expect(findGenericChat(document).chat?.transcript.id).toBe('rows');
  });


  it('never takes a lone row of avatar initials, bubble and time for a list of three', () => {
    // The person's first line has just appeared under the bot's greeting: its avatar ("我"), its bubble and the time
    // under them are three children with text, which a finder counting rows could read as three messages.
    const plain = (parts: string[]) => `<div>${parts.map((p) => `<div>${p}</div>`).join('')}</div>`;
    for (const [avatar, time] of [['我', '6分钟前'], ['JD', '10:42'], ['客', '']]) {
      const row = plain([avatar!, '你好，我有一笔贷款逾期了，想了解能不能分期', ...(time ? [time] : [])]).replace('<div>', '<div id="lone">');
      document.body.innerHTML = `<section><div style="overflow-y:auto"><div id="rows">${plain(['机', '您好！我可以为您查询账单、办理分期，也可以为您转接人工服务。'])}${row}</div></div>` +
        `<div><textarea placeholder="请输入"></textarea><button>发送</button></div></section>`;
      expect(findGenericChat(document).chat?.transcript.id, `avatar ${avatar}`).not.toBe('lone');
    }
  });
  it('finds a chat whose bot asks the person to reply with a word, and still refuses a thread with Reply on every row', () => {
    page([
      { who: 'them', name: 'Helper', text: 'Welcome to the bank chat. How can I help?', time: '10:01' },
      { who: 'me', text: 'I missed a payment', time: '10:02' },
      { who: 'them', name: 'Helper', text: "Reply 'agent' to be transferred.", time: '10:02' },
      { who: 'me', text: 'agent', time: '10:03' },
    ]);
    expect(findGenericChat(document).chat?.transcript.id).toBe('rows');
    page([
      { who: 'them', name: 'Ann', text: 'Great article! Reply' },
      { who: 'them', name: 'Bo', text: 'Agreed. Reply · Like' },
      { who: 'them', name: 'Cy', text: 'Thanks for sharing. Reply' },
    ]);
    expect(findGenericChat(document).chat).toBeUndefined();
  });

  it('does not take a list of links next to a search box for a chat', () => {
    document.body.innerHTML = `<div class="${c('a')}"><input type="search" placeholder="Search"><button>Search</button>
      <ul class="${c('b')}">${['Cards', 'Loans', 'Savings', 'Mortgages'].map((t) => `<li class="${c('d')}"><a href="/x">${t}</a></li>`).join('')}</ul></div>`;
    expect(findGenericChat(document).chat).toBeUndefined();
  });

  it('does not take a form\'s labelled fields for a chat', () => {
    document.body.innerHTML = `<form class="${c('f')}">${['Name', 'Email', 'Phone'].map((t) => `<div class="${c('g')}"><label>${t}</label><input type="text"></div>`).join('')}<button>Submit</button></form>`;
    expect(findGenericChat(document).chat).toBeUndefined();
  });
});

describe('row shapes', () => {
  it('counts rows that repeat a shape, whatever their classes', () => {
    page(LINES);
    const rows = Array.from(document.getElementById('rows')!.children);
    expect(repetitionScore(rows)).toBe(20);
    expect(repeatedContainers([document.body])).toContain(document.getElementById('rows'));
  });

  it('does not count a row\'s inline parts as rows', () => {
    document.body.innerHTML = '<div id="one"><span>Helper</span><span>10:01</span><div>Hello</div></div>';
    expect(repetitionScore(Array.from(document.getElementById('one')!.children))).toBe(0);
  });
});

describe('row anatomy', () => {
  it('learns where a name sits from neighbouring rows, and reads the first row of a new sender with it', () => {
    page([
      { who: 'them', name: 'Assistant', text: 'Welcome back.' },
      { who: 'them', name: 'Assistant', text: 'Connecting you now.' },
      { who: 'them', name: 'Morgan', text: 'Hello, Morgan here.' },
    ]);
    const rows = Array.from(document.getElementById('rows')!.children);
    const namePaths = new Set<string>();
    const first = rowAnatomy(rows[0]!, { namePaths });
    expect(first.nameText).toBe('Assistant');
    const third = rowAnatomy(rows[2]!, { namePaths });
    expect(third.nameText).toBe('Morgan');
    expect(third.bubble.textContent).toBe('Hello, Morgan here.');
  });

  it('takes one name per row: a short line where names sit is the message, never leaving avatar initials as the text', () => {
    const them = (initials: string, name: string, text: string) => `<div><div>${initials}</div><div><div>${name}</div><div>${text}</div></div></div>`;
    const me = (text: string, name?: string) => `<div><div>${name ? `<div>${name}</div>` : ''}<div>${text}</div><div><span>Read</span></div></div><div>Y</div></div>`;
    document.body.innerHTML = `<div id="l">${them('DH', 'Digital Helper', 'How can I help you today?')}${me('I missed two payments this month', 'You')}${them('DH', 'Digital Helper', 'Shall I connect you to an agent?')}${me('Agent please', 'You')}${them('H', 'Hannah', 'Hello, Hannah here.')}${me('OK')}</div>`;
    const namePaths = new Set<string>();
    const rows = Array.from(document.getElementById('l')!.children);
    const read = rows.map((r) => extractRaw(r, { namePaths }));
    expect(read.map((r) => r?.text)).toEqual(['How can I help you today?', 'I missed two payments this month', 'Shall I connect you to an agent?', 'Agent please', 'Hello, Hannah here.', 'OK']);
    expect(read.map((r) => r?.author)).toEqual(['Digital Helper', 'You', 'Digital Helper', 'You', 'Hannah', undefined]);
  });

  it('reads a plain "我" label on the person\'s own rows as their author, a painted "我" avatar as no author, never as text', () => {
    const them = (name: string, text: string) => `<div><div>${name}</div><div>${text}</div></div>`;
    const beside = (text: string) => `<div><div>${text}</div><div>我</div></div>`;
    const above = (text: string) => `<div><div>我</div><div>${text}</div></div>`;
    const avatar = (text: string) => `<div><div>${text}</div><div class="avatar">我</div></div>`;
    // The avatar is a painted box; the labels are plain text.
    const styleOf = (el: Element) => ({ srOnly: false, painted: el.classList.contains('avatar') });
    for (const [me, author] of [[beside, '我'], [above, '我'], [avatar, undefined]] as const) {
      document.body.innerHTML = `<div id="l">${them('智能助理', '您好，请问有什么可以帮您？')}${me('我的卡逾期了，想办分期')}${them('智能助理', '您好，王芳为您服务。')}${me('好的')}</div>`;
      const list = document.getElementById('l')!;
      const namePaths = new Set<string>();
      const read = Array.from(list.children).map((r) => extractRaw(r, { namePaths, container: list, styleOf, layoutOf: () => undefined }));
      expect(read.map((r) => r?.text)).toEqual(['您好，请问有什么可以帮您？', '我的卡逾期了，想办分期', '您好，王芳为您服务。', '好的']);
      expect([read[1]?.author, read[3]?.author]).toEqual([author, author]);
    }
  });

  it('reads a name whose line also holds the time as the name alone, and a meta line under the bubble with the avatar\'s initials in it', () => {
    // The name line holds the time in a child element (daisyUI's chat-header): the name is what comes before it.
    const header = (name: string, time: string, text: string) => `<div><div>${name} <time>${time}</time></div><div>${text}</div><div></div></div>`;
    document.body.innerHTML = `<div id="l">${header('平安小安', '20:15', '您好，请问有什么可以帮您？')}${header('平安小安', '20:16', '已为您转接人工坐席。')}</div>`;
    let namePaths = new Set<string>();
    let read = Array.from(document.getElementById('l')!.children).map((r) => extractRaw(r, { namePaths }));
    expect(read.map((r) => [r?.text, r?.author])).toEqual([['您好，请问有什么可以帮您？', '平安小安'], ['已为您转接人工坐席。', '平安小安']]);
    // The meta line under the bubble holds the avatar's initials and "name ・ time" (Twilio Paste's ChatMessageMeta).
    const meta = (initial: string, name: string, time: string, text: string) =>
      `<div><div><div>${text}</div></div><div><abbr title="${name}">${initial}</abbr>${name} ・ ${time}</div></div>`;
    document.body.innerHTML = `<div id="l">${meta('F', 'Fargo', '13:24', "Hi, I'm Fargo.")}${meta('M', 'Maria', '13:25', 'Hi, this is Maria.')}</div>`;
    namePaths = new Set<string>();
    read = Array.from(document.getElementById('l')!.children).map((r) => extractRaw(r, { namePaths }));
    expect(read.map((r) => [r?.text, r?.author, r?.shownTime])).toEqual([["Hi, I'm Fargo.", 'Fargo', '13:24'], ['Hi, this is Maria.', 'Maria', '13:25']]);
  });

  it('keeps two paragraphs of one bubble, even when a neighbour starts the same way', () => {
    document.body.innerHTML = `<div id="l"><div><div><p>Hello.</p><p>Your balance is 200.</p></div></div><div><div><p>Hello.</p><p>Anything else?</p></div></div></div>`;
    const rows = Array.from(document.getElementById('l')!.children);
    expect(extractRaw(rows[1]!)?.text).toBe('Hello.\nAnything else?');
  });

  it('keeps a message that is only a short repeated word', () => {
    document.body.innerHTML = `<div id="l"><div><div>Yes</div></div><div><div>Yes</div></div></div>`;
    const rows = Array.from(document.getElementById('l')!.children);
    expect(extractRaw(rows[1]!)?.text).toBe('Yes');
  });

  it('splits a "name · time" line', () => {
    document.body.innerHTML = `<div id="l"><div><div>Jamie · 10:45</div><div>Your request is done.</div></div></div>`;
    const raw = extractRaw(document.getElementById('l')!.firstElementChild!);
    expect(raw).toMatchObject({ text: 'Your request is done.', author: 'Jamie', shownTime: '10:45' });
  });

  it('drops date dividers, with or without the words that introduce the date, and keeps a start notice without one', () => {
    document.body.innerHTML = `<div id="l"><div><span>昨天 21:05</span></div><div><span>会话开始于 2024-05-01 10:00</span></div><div><span>Chat started at 9:41 AM</span></div><div><span>Chat started</span></div></div>`;
    const rows = Array.from(document.getElementById('l')!.children);
    expect(rows.map((r) => extractRaw(r)?.text ?? null)).toEqual([null, null, null, 'Chat started']);
  });
});

describe('screen-reader copies and typing rows styled by classes', () => {
  it('leaves out a speaker prefix hidden by a hashed class\'s clip recipe, and a typing row of initials and dots', () => {
    document.head.innerHTML = `<style>.${c('sr')}{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>`;
    document.body.innerHTML = `<div id="l"><div><div>访</div><div><span class="${c('sr')}">我说：</span>能分期吗？</div></div>` +
      `<div><div>客</div><div><div><span></span><span></span><span></span></div></div></div></div>`;
    const list = document.getElementById('l')!;
    const [first, typing] = Array.from(list.children);
    expect(extractRaw(first!, { container: list, layoutOf: () => undefined })?.text).toBe('能分期吗？');
    expect(extractRaw(typing!, { container: list, layoutOf: () => undefined })).toBeNull();
  });
});
