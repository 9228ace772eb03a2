// Draws a conversation as a chat skin: row markup per the anatomy factors, the side technique's CSS, the widget's
// chrome (header, toolbar, quick replies, composer, disclaimer) and the page around it. Pure: strings in, strings out.
import { prng } from './prng.mjs';
import { styler } from './styles.mjs';

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n) => String(n).padStart(2, '0');

const CHROME = {
  'zh-CN': {
    title: (b) => `${b}在线客服`, hours: '服务时间 08:00–22:00', end: '结束会话', minimize: '最小化',
    tools: ['表情', '图片', '文件', '评价'], placeholder: '请输入您的问题', send: '发送', enterHint: '按 Enter 发送，Shift+Enter 换行',
    disclaimer: '温馨提示：为保障资金安全，请勿在对话中透露密码或短信验证码。', launcher: '在线客服',
    nav: ['首页', '信用卡', '个人贷款', '客户服务'], h1: '在线客服', intro: '如需协商还款、办理分期或查询账单，可在此咨询客服。',
    faqTitle: '常见问题', faq: ['信用卡逾期会影响个人征信吗？', '如何申请个性化分期还款？', '最低还款额是怎么计算的？', '忘记还款了应该怎么办？', '如何修改账单日？'],
    faqAnswer: '点击查看详细解答', newsTitle: '最新公告', news: ['关于调整部分信用卡业务收费标准的公告', '关于系统升级期间暂停部分服务的通知', '警惕冒充银行客服的诈骗电话'],
    copyright: (b) => `© 2026 ${b} 版权所有`, avatarAlt: '头像', me: '我',
  },
  'zh-TW': {
    title: (b) => `${b}線上客服`, hours: '服務時間 09:00–21:00', end: '結束對話', minimize: '縮小',
    tools: ['表情', '圖片', '檔案', '評分'], placeholder: '請輸入訊息', send: '傳送', enterHint: '按 Enter 傳送',
    disclaimer: '提醒您：為保障帳戶安全，請勿在對話中提供密碼或簡訊驗證碼。', launcher: '線上客服',
    nav: ['首頁', '信用卡', '個人貸款', '客戶服務'], h1: '線上客服', intro: '需要協商還款、申請分期或查詢帳單，歡迎在此洽詢客服。',
    faqTitle: '常見問題', faq: ['信用卡逾期會影響信用紀錄嗎？', '如何申請協商分期？', '最低應繳金額如何計算？', '忘記繳款怎麼辦？'],
    faqAnswer: '查看完整說明', newsTitle: '最新消息', news: ['部分信用卡服務收費調整公告', '系統維護期間暫停部分服務通知', '請提防假冒客服詐騙'],
    copyright: (b) => `© 2026 ${b} 版權所有`, avatarAlt: '頭像', me: '我',
  },
  en: {
    title: (b) => `${b} Chat`, hours: 'Available 8am–10pm, 7 days', end: 'End chat', minimize: 'Minimize',
    tools: ['Emoji', 'Attach', 'Rate'], placeholder: 'Type your message…', send: 'Send', enterHint: 'Press Enter to send',
    disclaimer: 'For your security, never share your password or one-time passcode in chat.', launcher: 'Chat with us',
    nav: ['Home', 'Credit cards', 'Loans', 'Help'], h1: 'Help & support', intro: 'Talk to us about a payment plan, a missed payment or your statement.',
    faqTitle: 'Frequently asked questions', faq: ['Will a late payment affect my credit score?', 'How do I set up a payment plan?', 'How is the minimum payment worked out?', 'What happens if I miss a payment?'],
    faqAnswer: 'Read the answer', newsTitle: 'Latest news', news: ['Changes to card fees from next month', 'Planned maintenance this weekend', 'Beware of calls pretending to be from us'],
    copyright: (b) => `© 2026 ${b}`, avatarAlt: 'avatar', me: 'Me',
  },
};

/**
 * Declarations each side technique writes. `who` is out (customer), in (bot/agent) or sys (notice).
 * @param {string} side
 * @param {'out'|'in'|'sys'} who
 * @param {boolean} hasAvatar
 */
function sideDecls(side, who, hasAvatar) {
  const d = { list: {}, row: {}, body: { 'max-width': '75%' }, avatar: {}, extra: [] };
  if (who === 'sys') {
    d.row = { 'text-align': 'center', margin: '8px 0' };
    if (side === 'align-self') d.row['align-self'] = 'center';
    d.body = {};
    return d;
  }
  const out = who === 'out';
  switch (side) {
    case 'class-words':
      d.row = { display: 'flow-root', margin: '8px 0' };
      break;
    case 'row-reverse':
      d.row = { display: 'flex', gap: '8px', 'align-items': 'flex-start', margin: '8px 0', ...(out ? { 'flex-direction': 'row-reverse' } : {}) };
      break;
    case 'justify-end':
      d.row = { display: 'flex', gap: '8px', 'align-items': 'flex-start', margin: '8px 0', ...(out ? { 'justify-content': 'flex-end' } : {}) };
      break;
    case 'align-self':
      d.list = { display: 'flex', 'flex-direction': 'column' };
      d.row = { display: 'flex', gap: '8px', margin: '8px 0', 'max-width': '80%', 'align-self': out ? 'flex-end' : 'flex-start' };
      d.body = {};
      break;
    case 'margin-auto':
      d.row = { display: 'flex', gap: '8px', margin: '8px 0' };
      if (out) d.body['margin-left'] = 'auto';
      break;
    case 'text-align':
      d.row = { 'text-align': out ? 'right' : 'left', margin: '8px 0' };
      d.body = { display: 'inline-block', 'text-align': 'left', 'max-width': '75%', 'vertical-align': 'top' };
      d.avatar = { display: 'inline-block', 'vertical-align': 'top' };
      break;
    case 'grid':
      d.row = { display: 'grid', 'column-gap': '8px', margin: '8px 0', 'grid-template-columns': hasAvatar ? (out ? '15% minmax(0,1fr) 36px' : '36px minmax(0,1fr) 15%') : out ? '20% minmax(0,1fr)' : 'minmax(0,1fr) 20%' };
      d.body = { 'grid-column': hasAvatar ? '2' : out ? '2' : '1', 'grid-row': '1', 'justify-self': out ? 'end' : 'start', 'max-width': '100%' };
      d.avatar = { 'grid-column': out ? '3' : '1', 'grid-row': '1' };
      break;
    case 'colour':
      d.row = { display: 'flex', gap: '8px', margin: '8px 0' };
      break;
    default:
      throw new Error(`unknown side ${side}`);
  }
  return d;
}

/**
 * @param {number} seed
 * @param {Record<string, string>} f factors
 * @param {ReturnType<typeof import('./lines.mjs').conversation>} conv
 * @param {{ name: { zh: string, en: string } }} site
 */
export function renderChat(seed, f, conv, site) {
  const r = prng(seed, 'render');
  const s = styler(f.naming, seed);
  const C = CHROME[/** @type {keyof typeof CHROME} */ (f.lang)];
  const L = conv.L;
  const bank = f.lang === 'en' ? site.name.en : site.name.zh;
  const brand = r.pick(['#c8152d', '#1677ff', '#0a7d4f', '#6b2fb3', '#d9480f', '#004b87']);
  const hasAvatar = f.avatar !== 'none';
  const sideWord = { out: r.pick(['is-mine', 'self', 'right', 'outgoing', 'from-user', 'me']), in: r.pick(['is-other', 'left', 'incoming', 'from-agent', 'them']) };
  if (f.side === 'class-words') {
    // The side lives in the class word alone: its rules float the row's parts.
    s.addRule(`.${sideWord.out} > *`, { float: 'right', 'margin-left': '8px' });
    s.addRule(`.${sideWord.in} > *`, { float: 'left', 'margin-right': '8px' });
  }

  // Times: a clock start, then each step's minute offset.
  const h0 = r.int(9, 19);
  const m0 = r.int(0, 40);
  const date = `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
  const lastMinute = conv.steps.at(-1)?.minute ?? 0;
  const timeOf = (minute) => {
    const total = h0 * 60 + m0 + minute;
    const h = Math.floor(total / 60) % 24;
    const m = total % 60;
    switch (f.timeFormat) {
      case 'clock': return `${pad(h)}:${pad(m)}`;
      case 'seconds': return `${pad(h)}:${pad(m)}:${pad(r.int(0, 59))}`;
      case 'ampm': return L.ampm(h, m);
      case 'relative': return L.relative(lastMinute - minute);
      case 'datetime': return f.lang === 'en' ? `${date.slice(5).replace('-', '/')} ${pad(h)}:${pad(m)}` : `${date} ${pad(h)}:${pad(m)}`;
      default: throw new Error(`unknown time format ${f.timeFormat}`);
    }
  };

  const small = { 'font-size': '12px', color: '#888' };
  const bubbleDecls = (who) => ({
    padding: '6px 10px',
    'border-radius': '8px',
    'line-height': '1.5',
    'word-break': 'break-word',
    background: who === 'out' ? brand : '#f1f3f5',
    color: who === 'out' ? '#fff' : '#222',
  });

  const avatarHtml = (who, label) => {
    const sd = sideDecls(f.side, who, true);
    if (f.avatar === 'img') {
      const svg = `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><circle cx="16" cy="16" r="16" fill="${who === 'out' ? '#999' : brand}"/></svg>`)}`;
      return `<img${s.attrs('avatar', { width: '32px', height: '32px', 'border-radius': '50%', ...sd.avatar }, who)} src="${svg}" alt="${esc(C.avatarAlt)}">`;
    }
    const initials = f.lang === 'en' ? label.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase() : label.replace(/^(客服|專員)\s*/, '').slice(0, 1);
    return `<div${s.attrs('avatar', { width: '32px', height: '32px', 'border-radius': '50%', background: who === 'out' ? '#999' : brand, color: '#fff', 'font-size': '13px', 'line-height': '32px', 'text-align': 'center', 'flex-shrink': '0', ...sd.avatar }, who)}>${esc(initials)}</div>`;
  };

  const bubbleInner = (step) => {
    if (step.card) {
      const c = step.card;
      return `<div${s.attrs('cardTitle', { 'font-weight': '600' })}>${esc(c.title)}</div><div${s.attrs('cardBody', { margin: '4px 0' })}>${esc(c.body)}</div><div${s.attrs('cardActions', { display: 'flex', gap: '4px' })}>${c.buttons.map((b) => `<button type="button"${s.attrs('chip', { border: `1px solid ${brand}`, background: '#fff', color: brand, 'border-radius': '12px', padding: '2px 8px' })}>${esc(b)}</button>`).join('')}</div>`;
    }
    if (step.paragraphs) {
      if (f.paragraphs === 'br') return step.paragraphs.map(esc).join('<br><br>');
      return step.paragraphs.map((p) => `<p style="margin:0 0 6px">${esc(p)}</p>`).join('');
    }
    if (step.link) return `${esc(step.link.before)}<a href="#terms" style="color:inherit;text-decoration:underline">${esc(step.link.text)}</a>${esc(step.link.after)}`;
    return esc(step.text);
  };

  /** One message row; returns its html and what a person reads from it. */
  const messageRow = (step, index) => {
    const who = step.who === 'me' ? 'out' : 'in';
    const sd = sideDecls(f.side, who, hasAvatar);
    const label = step.who === 'me' ? conv.customerLabel : step.who === 'bot' ? conv.bot : conv.agentLabel;
    // A group's later rows carry neither name nor avatar (the avatar's place is kept empty).
    const continued = f.grouping === 'grouped' && index > 0 && conv.steps[index - 1].who === step.who;
    const showName = !continued && f.name !== 'none' && (step.who !== 'me' || f.nameSelf === 'shown');
    const time = f.timePos === 'none' ? undefined : timeOf(step.minute);
    const lastMine = conv.steps.map((x) => x.who).lastIndexOf('me');
    const receipt = f.receipts === 'shown' && step.who === 'me' ? r.pick(index === lastMine ? L.receiptsLatest : L.receiptsRead) : undefined;
    const nameHtml = showName ? `<span${s.attrs('name', { ...small, 'margin-right': '6px' })}>${esc(label)}</span>` : '';
    const timeHtml = time ? `<span${s.attrs('time', small)}>${esc(time)}</span>` : '';
    const receiptHtml = receipt ? `<span${s.attrs('receipt', { ...small, 'margin-left': '6px' })}>${esc(receipt)}</span>` : '';
    const parts = [];
    if (f.name === 'beside' && showName) parts.push(`<div${s.attrs('meta', { display: 'flex', gap: '4px', 'align-items': 'center' })}>${nameHtml}${f.timePos === 'before' ? timeHtml : ''}</div>`);
    else {
      if (showName) parts.push(`<div${s.attrs('name', { ...small, 'margin-bottom': '2px' })}>${esc(label)}</div>`);
      if (f.timePos === 'before' && time) parts.push(`<div${s.attrs('time', { ...small, 'margin-bottom': '2px' })}>${esc(time)}</div>`);
    }
    const srCopy = f.srCopy === 'prefix'
      ? `<span${s.attrs('srOnly', { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', 'white-space': 'nowrap', margin: '-1px', padding: '0', border: '0' })}>${esc(L.said(step.who === 'me' ? C.me : label))}</span>`
      : '';
    const bubble = `<div${s.attrs(step.card ? 'card' : 'bubble', { ...bubbleDecls(who), position: 'relative' }, who)}>${srCopy}${bubbleInner(step)}</div>`;
    if (f.timePos === 'after') {
      parts.push(`<div${s.attrs('line', { display: 'flex', gap: '6px', 'align-items': 'flex-end', ...(who === 'out' && f.side !== 'colour' ? { 'flex-direction': 'row-reverse' } : {}) })}>${bubble}${timeHtml}${receiptHtml}</div>`);
    } else {
      parts.push(bubble);
      const below = [f.timePos === 'below' ? timeHtml : '', receiptHtml].join('');
      if (below) parts.push(`<div${s.attrs('foot', { 'margin-top': '2px', ...(who === 'out' && f.side !== 'colour' ? { 'text-align': 'right' } : {}) })}>${below}</div>`);
    }
    if (f.reactions === 'shown' && step.who === 'agent' && r.chance(0.5)) {
      parts.push(`<div${s.attrs('reactions', { 'font-size': '12px', 'margin-top': '2px' })}><span>${r.pick(['👍', '❤️', '🙏'])} 1</span></div>`);
    }
    const body = `<div${s.attrs('body', sd.body, who)}>${parts.join('')}</div>`;
    const avatar = !hasAvatar ? '' : continued ? `<div${s.attrs('avatarSpace', { width: '32px', 'flex-shrink': '0', ...sideDecls(f.side, who, true).avatar }, who)}></div>` : avatarHtml(who, label);
    // The customer's avatar sits after the bubble unless the row itself is reversed.
    const inner = who === 'out' && f.side !== 'row-reverse' && f.side !== 'class-words' ? `${body}${avatar}` : `${avatar}${body}`;
    const extra = f.side === 'class-words' ? [sideWord[who]] : [];
    const html = `<div${s.attrs('row', sd.row, who, extra)}>${inner}</div>`;
    /** @type {{ role: string, text: string, author?: string, shownTime?: string }} */
    const expected = { role: step.who === 'me' ? 'customer' : step.who, text: step.text };
    if (showName) expected.author = label;
    if (time) expected.shownTime = time;
    return { html, expected };
  };

  const noticeRow = (step) => {
    const sd = sideDecls(f.side, 'sys', false);
    const html = `<div${s.attrs('row', sd.row, 'sys')}><span${s.attrs('notice', { display: 'inline-block', 'font-size': '12px', color: '#666', background: '#f5f5f5', padding: '2px 10px', 'border-radius': '10px' })}>${esc(step.text)}</span></div>`;
    return { html, expected: { role: 'system', text: step.text } };
  };

  const dividerRow = (text) => `<div${s.attrs('divider', { 'text-align': 'center', 'font-size': '12px', color: '#999', margin: '10px 0', ...(f.side === 'align-self' ? { 'align-self': 'center' } : {}) })}>${esc(text)}</div>`;
  const chipsRow = (chips) => `<div${s.attrs('chips', { display: 'flex', gap: '4px', margin: '4px 0 8px', 'flex-wrap': 'wrap', ...(f.side === 'align-self' ? { 'align-self': 'flex-start' } : {}) })}>${chips.map((c) => `<button type="button"${s.attrs('chip', { border: `1px solid ${brand}`, background: '#fff', color: brand, 'border-radius': '12px', padding: '2px 8px' })}>${esc(c)}</button>`).join('')}</div>`;

  const typingHtml = (() => {
    if (f.typing === 'none') return null;
    const sd = sideDecls(f.side, 'in', hasAvatar);
    const inner = f.typing === 'dots'
      ? [0, 1, 2].map(() => `<span${s.attrs('dot', { display: 'inline-block', width: '6px', height: '6px', margin: '0 2px', 'border-radius': '50%', background: '#aaa' })}></span>`).join('')
      : esc(L.typing);
    const extra = f.side === 'class-words' ? [sideWord.in] : [];
    return `<div${s.attrs('row', sd.row, 'in', extra)}>${hasAvatar ? avatarHtml('in', conv.agentLabel) : ''}<div${s.attrs('body', sd.body, 'in')}><div${s.attrs('typing', { ...bubbleDecls('in'), color: '#888' })}>${inner}</div></div></div>`;
  })();

  // Steps the page plays, and the transcript a person reads.
  const steps = [];
  const expected = [];
  if (f.dividers === 'shown') {
    const text = r.pick(L.dividers).replace('{date}', date).replace('{time}', timeOf(0));
    steps.push({ kind: 'divider', html: dividerRow(f.timeFormat === 'relative' && text.includes(date) ? text : text) });
  }
  conv.steps.forEach((step, i) => {
    const { html, expected: e } = step.who === 'system' ? noticeRow(step) : messageRow(step, i);
    expected.push(e);
    if (step.who === 'me') steps.push({ kind: 'me', text: step.text, html });
    else steps.push({ kind: 'message', html, delay: r.int(40, 90), typing: step.who !== 'system' });
    if (step.chips) steps.push({ kind: 'chips', html: chipsRow(step.chips) });
  });

  // The widget: chrome around the transcript.
  const lay = f.layout;
  const widgetDecls = {
    display: 'flex', 'flex-direction': 'column', background: '#fff', 'font-size': '14px', 'box-sizing': 'border-box',
    ...(lay === 'corner' ? { position: 'fixed', right: '24px', bottom: '24px', width: '360px', height: '560px', border: '1px solid #ddd', 'border-radius': '8px', 'box-shadow': '0 4px 16px rgba(0,0,0,.15)', 'z-index': '1000' } : {}),
    ...(lay === 'drawer' ? { position: 'fixed', top: '0', right: '0', bottom: '0', width: '400px', 'border-left': '1px solid #ddd', 'z-index': '1000' } : {}),
    ...(lay === 'full' ? { width: '100%', 'max-width': '860px', height: '600px', margin: '16px auto', border: '1px solid #ddd' } : {}),
  };
  const inFrame = f.host === 'iframe' || f.host === 'srcdoc';
  if (inFrame) Object.assign(widgetDecls, { position: 'static', width: '100%', height: '100vh', margin: '0', right: undefined, bottom: undefined, top: undefined, border: '0', 'border-radius': '0', 'box-shadow': 'none', 'max-width': 'none' });

  const header = f.header === 'none' ? '' : `<div${s.attrs('header', { display: 'flex', 'justify-content': 'space-between', 'align-items': 'center', padding: '8px 12px', background: brand, color: '#fff' })}><div><div${s.attrs('title', { 'font-weight': '600' })}>${esc(C.title(bank))}</div>${f.header === 'full' ? `<div${s.attrs('hours', { 'font-size': '12px', opacity: '.85' })}>${esc(C.hours)}</div>` : ''}</div>${f.header === 'full' ? `<div><button type="button"${s.attrs('close', { background: 'transparent', color: '#fff', border: '1px solid #fff', 'border-radius': '4px' })}>${esc(C.end)}</button></div>` : ''}</div>`;
  const toolbar = f.toolbar === 'none' ? '' : `<div${s.attrs('toolbar', { display: 'flex', gap: '4px', padding: '4px 8px', 'border-top': '1px solid #eee' })}>${C.tools.map((t) => `<span role="button" tabindex="0"${s.attrs('tool', { 'font-size': '12px', color: '#666', cursor: 'pointer', padding: '2px 4px' })}>${esc(t)}</span>`).join('')}</div>`;
  const chipsBar = f.chips === 'bar' ? `<div${s.attrs('chipsBar', { display: 'flex', gap: '4px', padding: '4px 8px', 'flex-wrap': 'wrap' })}>${L.chips.map((c) => `<span role="button" tabindex="0"${s.attrs('chip', { border: `1px solid ${brand}`, color: brand, 'border-radius': '12px', padding: '2px 8px', 'font-size': '12px' })}>${esc(c)}</span>`).join('')}</div>` : '';
  const composerFields = {
    textarea: () => `<textarea data-r="composer" rows="2" placeholder="${esc(C.placeholder)}"${s.attrs('composer', { flex: '1', resize: 'none', border: '1px solid #ccc', 'border-radius': '4px', padding: '6px' })}></textarea>`,
    input: () => `<input data-r="composer" type="text" placeholder="${esc(C.placeholder)}"${s.attrs('composer', { flex: '1', border: '1px solid #ccc', 'border-radius': '4px', padding: '6px' })}>`,
    contenteditable: () => `<div data-r="composer" contenteditable="true" role="textbox" aria-label="${esc(C.placeholder)}"${s.attrs('composer', { flex: '1', 'min-height': '36px', border: '1px solid #ccc', 'border-radius': '4px', padding: '6px', outline: 'none' })}></div>`,
  };
  const composerField = composerFields[f.composer]();
  const sendControl = f.send === 'button'
    ? `<button type="button" data-r="send"${s.attrs('sendButton', { background: brand, color: '#fff', border: '0', 'border-radius': '4px', padding: '0 14px' })}>${esc(C.send)}</button>`
    : `<span${s.attrs('hint', { 'font-size': '11px', color: '#999', 'align-self': 'flex-end' })}>${esc(C.enterHint)}</span>`;
  const composerArea = `<div${s.attrs('composerArea', { display: 'flex', gap: '6px', padding: '8px', 'border-top': '1px solid #eee' })}>${composerField}${sendControl}</div>`;
  const footer = f.footer === 'none' ? '' : `<div${s.attrs('disclaimer', { 'font-size': '11px', color: '#999', padding: '4px 8px' })}>${esc(C.disclaimer)}</div>`;
  const sdList = sideDecls(f.side, 'in', hasAvatar).list;
  const listAttrs = `${s.attrs('list', { ...sdList, 'min-height': '100%', 'box-sizing': 'border-box' })}${f.aria === 'log' ? ' role="log" aria-live="polite"' : ''}`;
  const widget = `<div${s.attrs('widget', widgetDecls)}>${header}<div${s.attrs('scroller', { flex: '1', 'overflow-y': 'auto', padding: '8px 12px' })}><div data-r="list"${listAttrs}></div></div>${chipsBar}${toolbar}${composerArea}${footer}</div>`;

  const decoy = f.decoy === 'faq'
    ? `<section${s.attrs('faq', { margin: '16px 0' })}><h3>${esc(C.faqTitle)}</h3><ul${s.attrs('faqList', { 'list-style': 'none', padding: '0' })}>${C.faq.map((q) => `<li${s.attrs('faqItem', { padding: '6px 0', 'border-bottom': '1px solid #eee' })}><a href="#faq"${s.attrs('faqQ', { color: '#222' })}>${esc(q)}</a><div${s.attrs('faqA', { 'font-size': '12px', color: '#888' })}>${esc(C.faqAnswer)}</div></li>`).join('')}</ul></section>`
    : f.decoy === 'news'
      ? `<section${s.attrs('news', { margin: '16px 0' })}><h3>${esc(C.newsTitle)}</h3><ul${s.attrs('newsList', { 'list-style': 'none', padding: '0' })}>${C.news.map((n, i) => `<li${s.attrs('newsItem', { display: 'flex', gap: '12px', padding: '6px 0' })}><span${s.attrs('newsDate', { color: '#999', 'font-size': '12px' })}>2026-11-${pad(28 - i * 3)}</span><a href="#news"${s.attrs('newsLink', { color: '#222' })}>${esc(n)}</a></li>`).join('')}</ul></section>`
      : '';

  const launcher = f.launcher === 'none' ? '' : `<button type="button"${s.attrs('launcher', { position: 'fixed', left: '24px', bottom: '24px', background: brand, color: '#fff', border: '0', 'border-radius': '20px', padding: '8px 16px', 'z-index': '999' })}>${esc(C.launcher)}</button>`;

  return {
    css: s.css(),
    widget,
    widgetDecls,
    steps,
    typingHtml,
    expected,
    decoy,
    launcher,
    chrome: C,
    bank,
    brand,
    lang: f.lang,
    windowSize: r.int(5, 9),
    lateMs: r.int(1200, 2200),
  };
}
