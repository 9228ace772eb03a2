// The conversation grammar: an overdue-repayment support chat (bot greeting, handoff, an agent with a name and an
// ID, the customer's situation, an offer, a counter, agreement, a reference number). Every sentence is written here
// for this generator; amounts, names and numbers vary by seed. Returns steps, not markup: render.mjs draws them.
import { prng } from './prng.mjs';

const ZH_CN = {
  agents: ['王芳', '李静', '张伟', '刘洋', '陈晨', '赵磊', '孙悦', '周敏', '吴昊', '郑琳', '何佳', '马骏'],
  customers: ['王磊', '刘倩', '陈涛', '杨帆', '黄丽', '徐明', '朱婷', '高原'],
  bots: ['智能客服', '在线助手', '智能助理小e', '客服机器人'],
  agentLabel: (n) => [`客服 ${n}`, `客服${n}`, n],
  customerLabel: ['我', '访客'],
  greet: [
    '您好，我是{bank}智能客服，请问有什么可以帮您？',
    '欢迎咨询{bank}在线客服，请简要描述您遇到的问题。',
    '您好！我可以为您查询账单、办理分期，也可以为您转接人工服务。',
  ],
  open: [
    '我的信用卡逾期了，想协商一下还款',
    '你好，我有一笔贷款逾期{days}天了，想了解能不能分期',
    '信用卡欠款暂时还不上，能不能申请个性化分期？',
  ],
  botHandoff: [
    '逾期协商需要人工客服为您办理，是否为您转接人工？',
    '还款困难的问题建议您咨询人工客服，回复“转人工”即可。',
  ],
  chips: ['转人工', '查询账单', '还款方式'],
  askAgent: ['转人工', '好的，转人工', '是的，麻烦转人工'],
  queue: ['正在为您转接人工客服，请稍候…', '已为您转接人工服务，当前排队 {queue} 人'],
  join: ['客服 {agent}（工号 {id}）为您服务', '客服{agent}（工号：{id}）已接入会话', '工号 {id} {agent} 已进入会话'],
  leave: ['客服 {agent} 已结束会话', '会话已结束，感谢您的咨询'],
  agentHello: ['您好，很高兴为您服务。请问是哪张卡出现了逾期？', '您好，我看到您咨询的是逾期还款的问题，我来为您处理。'],
  agentIntro: ['您好，我是客服{agent}，工号{id}，很高兴为您服务。', '您好，{agent}（工号 {id}）为您服务，请问有什么可以帮您？'],
  verify: ['为核实身份，请提供持卡人姓名和身份证后四位。', '请提供您的姓名及卡号后四位，以便核实。'],
  verifyAnswer: ['{customer}，{last4}', '{customer}，尾号{last4}'],
  status: [
    ['核实通过。', '您的信用卡目前逾期{days}天，欠款合计 ¥{owed}，其中违约金 ¥{fee}。'],
    ['感谢您的耐心等待。', '查询到您的账户已逾期{days}天，待还总额 ¥{owed}（含违约金 ¥{fee}）。'],
  ],
  hardship: [
    '我今年{month}月失业了，现在收入不稳定，每月最多能还{pay}元。',
    '家里有人住院，开销很大，每月只能拿出{pay}元左右。',
    '公司降薪一半，房贷也要还，每月大概能还{pay}元，但欠款我一定会还清。',
  ],
  offer: ['根据您的情况，可以为您申请分{n}期，每月还款约 ¥{monthly}，并减免部分违约金。', '我这边可以为您申请{n}期个性化分期，每期约 ¥{monthly}，违约金减半。'],
  cardTitle: '个性化分期方案',
  cardBody: '分{n}期 · 每期约 ¥{monthly}',
  cardButtons: ['接受方案', '查看详情'],
  counter: ['{n}期每月还是有点多，能不能分{n2}期？', '每月 ¥{monthly} 我压力比较大，可以延长到{n2}期吗？'],
  final: ['我帮您申请{n2}期，每月约 ¥{monthly2}，详情请查看', '已为您调整为{n2}期，每期约 ¥{monthly2}，具体条款见'],
  finalLink: '《个性化分期协议》',
  finalTail: '。',
  agree: ['好的，我同意这个方案。', '可以，就按这个办吧。', '行，谢谢您。'],
  closing: ['已为您提交申请，受理编号 {ref}，审核结果将以短信通知您。还有其他可以帮您的吗？', '申请已提交，受理编号 {ref}。请按时还第一期款项，还有别的问题吗？'],
  bye: ['没有了，谢谢。', '没有了，辛苦了。'],
  typing: '对方正在输入…',
  receiptsRead: ['已读'],
  receiptsLatest: ['已送达', '未读'],
  relative: (m) => (m === 0 ? '刚刚' : `${m}分钟前`),
  ampm: (h, m) => `${h < 12 ? '上午' : '下午'}${h % 12 === 0 ? 12 : h % 12}:${pad(m)}`,
  dividers: ['今天', '昨天', '会话开始于 {date} {time}', '{date}'],
  said: (who) => `${who}说：`,
};

const ZH_TW = {
  agents: ['林怡君', '陳志明', '黃雅婷', '張家豪', '李佳穎', '吳冠宇', '蔡欣怡'],
  customers: ['王小明', '劉美玲', '陳建宏', '楊淑芬'],
  bots: ['智能客服', '線上小幫手', '客服機器人'],
  agentLabel: (n) => [`客服 ${n}`, `專員${n}`, n],
  customerLabel: ['我', '訪客'],
  greet: ['您好，我是{bank}智能客服，請問有什麼可以為您服務？', '歡迎使用{bank}線上客服，請簡單描述您的問題。'],
  open: ['我的信用卡逾期了，想協商還款方式', '您好，我有一筆貸款逾期{days}天，想了解能不能分期'],
  botHandoff: ['逾期協商需要由真人客服辦理，是否為您轉接？', '還款困難的問題建議洽詢真人客服，請回覆「轉真人」。'],
  chips: ['轉真人', '查詢帳單', '繳款方式'],
  askAgent: ['轉真人', '好的，麻煩轉真人客服'],
  queue: ['正在為您轉接真人客服，請稍候…', '已為您轉接，目前排隊 {queue} 人'],
  join: ['客服 {agent}（工號 {id}）為您服務', '專員{agent}（工號：{id}）已加入對話'],
  leave: ['客服 {agent} 已結束對話', '對話已結束，感謝您的來訪'],
  agentHello: ['您好，很高興為您服務。請問是哪一張卡逾期了？', '您好，了解您想協商逾期還款，我來為您處理。'],
  agentIntro: ['您好，我是客服{agent}，工號{id}，很高興為您服務。', '您好，{agent}（工號 {id}）為您服務，請問有什麼需要協助？'],
  verify: ['為確認身分，請提供持卡人姓名及身分證後四碼。', '請提供您的姓名與卡號末四碼以便核對。'],
  verifyAnswer: ['{customer}，{last4}', '{customer}，末四碼{last4}'],
  status: [
    ['身分核對完成。', '您的信用卡目前逾期{days}天，欠款合計 NT${owed}，其中違約金 NT${fee}。'],
    ['感謝您耐心等候。', '查詢到您的帳戶已逾期{days}天，應繳總額 NT${owed}（含違約金 NT${fee}）。'],
  ],
  hardship: ['我今年{month}月失業了，收入不穩定，每月最多只能還{pay}元。', '家人住院開銷很大，每月大約只能拿出{pay}元。'],
  offer: ['依您的狀況，可以為您申請分{n}期，每月約 NT${monthly}，並減免部分違約金。', '這邊可以為您申請{n}期協商分期，每期約 NT${monthly}，違約金減半。'],
  cardTitle: '協商分期方案',
  cardBody: '分{n}期 · 每期約 NT${monthly}',
  cardButtons: ['接受方案', '查看詳情'],
  counter: ['{n}期每月還是有點多，可以分{n2}期嗎？', '每月 NT${monthly} 壓力比較大，能延長到{n2}期嗎？'],
  final: ['已為您申請{n2}期，每月約 NT${monthly2}，詳情請參閱', '已調整為{n2}期，每期約 NT${monthly2}，條款請見'],
  finalLink: '《協商分期約定書》',
  finalTail: '。',
  agree: ['好的，我同意這個方案。', '可以，就這樣辦理吧。'],
  closing: ['已為您送出申請，受理編號 {ref}，審核結果將以簡訊通知。還有其他需要協助的嗎？', '申請已送出，受理編號 {ref}。請準時繳納第一期，還有其他問題嗎？'],
  bye: ['沒有了，謝謝。', '沒有了，辛苦您了。'],
  typing: '對方正在輸入…',
  receiptsRead: ['已讀'],
  receiptsLatest: ['已送達', '未讀'],
  relative: (m) => (m === 0 ? '剛剛' : `${m}分鐘前`),
  ampm: (h, m) => `${h < 12 ? '上午' : '下午'}${h % 12 === 0 ? 12 : h % 12}:${pad(m)}`,
  dividers: ['今天', '昨天', '對話開始於 {date} {time}', '{date}'],
  said: (who) => `${who}說：`,
};

const EN = {
  agents: ['Alex Smith', 'Priya Patel', 'Jordan Lee', 'Maria Garcia', 'Tom Becker', 'Hannah Okafor', 'Daniel Kim', 'Grace Murphy'],
  customers: ['Chris Walker', 'Sam Turner', 'Jamie Brooks', 'Robin Hayes'],
  bots: ['Virtual Assistant', 'Chat Assistant', 'Digital Helper'],
  agentLabel: (n) => [n, n.split(' ')[0], `${n.split(' ')[0]} (Agent)`],
  customerLabel: ['You', 'Me'],
  greet: [
    "Hi, I'm the {bank} virtual assistant. How can I help you today?",
    'Welcome to {bank} chat. Please tell me briefly what you need help with.',
    'Hello! I can help with statements and payment plans, or connect you to an agent.',
  ],
  open: [
    "My credit card payment is overdue and I'd like to discuss a repayment plan",
    'Hi, my loan is {days} days past due. Can we talk about options?',
    "I can't keep up with my card payments right now. Is there a hardship plan?",
  ],
  botHandoff: ['A payment plan needs a member of our team. Shall I connect you to an agent?', "For repayment difficulties I'd suggest an agent. Reply 'agent' to be transferred."],
  chips: ['Talk to an agent', 'View statement', 'Ways to pay'],
  askAgent: ['Agent please', 'Yes, connect me to an agent', 'Yes please'],
  queue: ['Connecting you to an agent, please wait…', 'You are number {queue} in the queue.'],
  join: ['{agent} (Agent ID {id}) has joined the chat', 'You are now chatting with {agent}, agent ID {id}'],
  leave: ['{agent} has left the chat', 'This chat has ended'],
  agentHello: ["Hi there, thanks for waiting. Which account is behind?", "Hello, I understand you'd like to talk about a missed payment. I can help with that."],
  agentIntro: ['Hi, this is {agent}, agent ID {id}. How can I help?', "Good afternoon, my name is {agent} (ID {id}). I understand you'd like to discuss a payment plan."],
  verify: ['To verify your identity, please give me your full name and the last four digits of your card.', 'Could you confirm your name and the last four digits of the account?'],
  verifyAnswer: ['{customer}, {last4}', '{customer}, card ending {last4}'],
  status: [
    ['Thank you, you are verified.', 'Your account is {days} days past due with a balance of ${owed}, including ${fee} in late fees.'],
    ['Thanks for waiting.', 'I can see the account is {days} days overdue; the total due is ${owed} (late fees ${fee}).'],
  ],
  hardship: [
    'I lost my job in {monthName} and my income is irregular. I can pay about ${pay} a month.',
    'A family member was in hospital and money is tight. I can manage around ${pay} a month.',
    'My hours were cut in half. I can put ${pay} a month towards this and I do want to clear it.',
  ],
  offer: ["Based on what you've told me, we can offer {n} monthly payments of about ${monthly} and waive part of the late fees.", 'I can set up a {n}-month plan at roughly ${monthly} a month, with the late fees halved.'],
  cardTitle: 'Payment plan offer',
  cardBody: '{n} months · about ${monthly} per month',
  cardButtons: ['Accept plan', 'See details'],
  counter: ['That is still a bit high for me. Could it be {n2} months?', '${monthly} a month is a stretch. Can we go to {n2} months?'],
  final: ["I've requested {n2} months at about ${monthly2} a month. The terms are in", 'Updated to {n2} months, about ${monthly2} each. Please read'],
  finalLink: 'Payment plan terms',
  finalTail: '.',
  agree: ['OK, I agree to that.', 'That works for me, thank you.', 'Yes, let us do that.'],
  closing: ["Done. Your reference number is {ref}; we'll confirm by text message. Is there anything else?", 'All set, reference {ref}. Please make the first payment on time. Anything else I can help with?'],
  bye: ["No, that's all. Thanks.", 'Nothing else, thank you.'],
  typing: 'Agent is typing…',
  receiptsRead: ['Read', 'Seen'],
  receiptsLatest: ['Delivered', 'Sent'],
  relative: (m) => (m === 0 ? 'just now' : `${m} min ago`),
  ampm: (h, m) => `${h % 12 === 0 ? 12 : h % 12}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`,
  dividers: ['Today', 'Yesterday', 'Chat started {date} {time}', '{date}'],
  said: (who) => `${who} said:`,
};

export const LANGS = { 'zh-CN': ZH_CN, 'zh-TW': ZH_TW, en: EN };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n) {
  return String(n).padStart(2, '0');
}

function fill(template, vars) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

const money = (n, lang) => (lang === 'en' ? n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/**
 * @typedef {{ who: 'bot'|'agent'|'system'|'me', text: string, paragraphs?: string[], link?: { before: string, text: string, after: string },
 *   card?: { title: string, body: string, buttons: string[] }, chips?: string[], minute: number }} Step
 */

/**
 * The conversation for a seed: its steps in order, and who the bot, agent and customer are.
 * @param {number} seed
 * @param {Record<string, string>} factors
 * @param {{ zh: string, en: string }} bankName
 */
export function conversation(seed, factors, bankName) {
  const r = prng(seed, 'conversation');
  const L = LANGS[/** @type {keyof typeof LANGS} */ (factors.lang)];
  const lang = factors.lang;
  const agent = r.pick(L.agents);
  const agentId = String(r.int(10001, 99899));
  const customer = r.pick(L.customers);
  const bot = r.pick(L.bots);
  const agentLabel = r.pick(L.agentLabel(agent));
  const customerLabel = r.pick(L.customerLabel);
  const owed = r.int(80, 900) * 100 + r.int(0, 99);
  const fee = r.int(3, 40) * 10;
  const n = r.pick([12, 18, 24]);
  const n2 = n + r.pick([12, 18, 24]);
  const vars = {
    bank: lang === 'en' ? bankName.en : bankName.zh,
    days: r.int(31, 150),
    owed: money(owed, lang),
    fee: money(fee, lang),
    pay: r.int(5, 30) * 100,
    month: r.int(1, 11),
    monthName: r.pick(MONTHS),
    n,
    n2,
    monthly: money(Math.round(owed / n), lang),
    monthly2: money(Math.round(owed / n2), lang),
    agent,
    id: agentId,
    customer,
    last4: String(r.int(1000, 9999)),
    queue: r.int(1, 6),
    ref: `${lang === 'en' ? 'PP' : 'FQ'}${r.int(2025, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.int(1000, 9999)}`,
  };
  const say = (list) => fill(r.pick(list), vars);

  /** @type {Step[]} */
  const steps = [];
  let minute = 0;
  const push = (step) => {
    minute += r.int(0, 1);
    steps.push({ ...step, minute });
  };

  push({ who: 'bot', text: say(L.greet) });
  push({ who: 'me', text: say(L.open) });
  push({ who: 'bot', text: say(L.botHandoff), ...(factors.chips === 'in-list' ? { chips: L.chips } : {}) });
  push({ who: 'me', text: say(L.askAgent) });
  const notices = factors.notices !== 'none';
  if (notices) {
    push({ who: 'system', text: say(L.queue) });
    push({ who: 'system', text: say(L.join) });
    push({ who: 'agent', text: say(L.agentHello) });
  } else {
    push({ who: 'agent', text: say(L.agentIntro) });
  }
  if (r.chance(0.7)) {
    push({ who: 'agent', text: say(L.verify) });
    push({ who: 'me', text: say(L.verifyAnswer) });
  }
  const status = r.pick(L.status).map((p) => fill(p, vars));
  if (factors.paragraphs !== 'none') push({ who: 'agent', text: status.join('\n'), paragraphs: status });
  else push({ who: 'agent', text: status.join(lang === 'en' ? ' ' : '') });
  push({ who: 'me', text: say(L.hardship) });
  const offer = say(L.offer);
  if (factors.cards === 'offer-card') {
    const card = { title: L.cardTitle, body: fill(L.cardBody, vars), buttons: L.cardButtons };
    push({ who: 'agent', text: `${card.title}\n${card.body}`, card });
  } else {
    push({ who: 'agent', text: offer });
  }
  if (r.chance(0.6)) {
    push({ who: 'me', text: say(L.counter) });
    const before = `${say(L.final)}${lang === 'en' ? ' ' : ''}`;
    if (factors.links === 'shown') push({ who: 'agent', text: `${before}${L.finalLink}${L.finalTail}`, link: { before, text: L.finalLink, after: L.finalTail } });
    else push({ who: 'agent', text: `${before}${L.finalLink}${L.finalTail}` });
  }
  push({ who: 'me', text: say(L.agree) });
  push({ who: 'agent', text: say(L.closing) });
  if (r.chance(0.5)) push({ who: 'me', text: say(L.bye) });
  if (factors.notices === 'join-leave') push({ who: 'system', text: say(L.leave) });

  return { steps, agent, agentId, customer, bot, agentLabel, customerLabel, L, vars };
}
