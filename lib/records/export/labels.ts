/** Bilingual wording and value formatting shared by the Markdown, HTML and CSV exports. */
import type { ApproximateField, Currency, Offer, OfferKind, Waiver } from '../../negotiate/types';
import type { AgreedTerms, Channel, FollowUpSource, Outcome, ReferenceKind, Role } from '../types';

export type Lang = 'zh' | 'en';
type Pair = { zh: string; en: string };

export const L = {
  title: { zh: '协商记录', en: 'Negotiation record' },
  bank: { zh: '银行', en: 'Bank' },
  channel: { zh: '渠道', en: 'Channel' },
  started: { zh: '开始时间（UTC）', en: 'Started (UTC)' },
  updated: { zh: '最后更新（UTC）', en: 'Last updated (UTC)' },
  exported: { zh: '导出时间（UTC）', en: 'Exported (UTC)' },
  url: { zh: '网址', en: 'URL' },
  outcome: { zh: '结果', en: 'Outcome' },
  parties: { zh: '双方', en: 'Parties' },
  you: { zh: '本人（客户）', en: 'You (customer)' },
  agents: { zh: '银行工作人员', en: 'Bank staff' },
  agentId: { zh: '工号', en: 'Staff ID' },
  references: { zh: '编号', en: 'Reference numbers' },
  confirmed: { zh: '已核对', en: 'checked' },
  unconfirmed: { zh: '未核对', en: 'not checked' },
  transcript: { zh: '对话记录', en: 'Transcript' },
  time: { zh: '时间（UTC）', en: 'Time (UTC)' },
  shownTime: { zh: '页面显示时间', en: 'Time shown in chat' },
  who: { zh: '发言人', en: 'Speaker' },
  text: { zh: '内容', en: 'Text' },
  noMessages: { zh: '（没有消息）', en: '(no messages)' },
  offers: { zh: '对方提出的方案', en: 'Offers made' },
  agreed: { zh: '约定的条件', en: 'Agreed terms' },
  bankConfirmed: { zh: '银行已确认', en: 'Confirmed by the bank' },
  bankNotConfirmed: { zh: '尚未得到银行确认——请索取书面确认', en: 'Not yet confirmed by the bank — ask for it in writing' },
  schedule: { zh: '还款计划', en: 'Repayment schedule' },
  period: { zh: '期数', en: 'Period' },
  dueDate: { zh: '到期日', en: 'Due date' },
  total: { zh: '应还合计', en: 'Total' },
  principal: { zh: '本金', en: 'Principal' },
  fee: { zh: '手续费', en: 'Fee' },
  interest: { zh: '利息', en: 'Interest' },
  followUps: { zh: '待办事项', en: 'Follow-ups' },
  due: { zh: '截止（UTC）', en: 'Due (UTC)' },
  done: { zh: '已完成', en: 'done' },
  notDone: { zh: '未完成', en: 'open' },
  datesMentioned: { zh: '提到的日期', en: 'Dates mentioned' },
  notes: { zh: '备注', en: 'Notes' },
  application: { zh: '书面申请（随记录保存）', en: 'Written application (kept with this record)' },
  applicationSaved: { zh: '保存日期', en: 'Saved on' },
  evidence: { zh: '材料清单', en: 'Papers checklist' },
  prepared: { zh: '已准备', en: 'ready' },
  notPrepared: { zh: '未准备', en: 'not ready' },
  digest: { zh: '完整性摘要（SHA-256）', en: 'Integrity digest (SHA-256)' },
  messages: { zh: '消息数', en: 'Messages' },
  timesNote: {
    zh: '所有时间均为 UTC（协调世界时，北京时间 = UTC + 8 小时）；“页面显示时间”为聊天窗口原样显示的时间。',
    en: 'All times are UTC (ISO 8601); "time shown in chat" is what the chat window displayed, verbatim.',
  },
  verifyNote: {
    zh:
      '如何核对：在 Parley 中导入同时导出的 JSON 文件，它会重新计算摘要并指出第一条被改动、增加、删除或调换顺序的消息。' +
      '摘要按消息顺序逐条链接计算，所以任何一处改动都会改变最后的摘要。若您在当时已把摘要记下或发给他人，' +
      '之后可以用它说明文件自那时起没有被改动。它不能证明银行确实说过这些话：任何人都可以对编造的文字重新计算摘要。',
    en:
      'How to check: import the JSON file exported with this record into Parley; it recomputes the digest and names the ' +
      'first message that was changed, added, removed or reordered. Each message is chained to the one before it, so ' +
      'any change alters the final digest. If you noted the digest or sent it to someone at the time, it shows the file ' +
      'has not changed since then. It does not show that the bank said these words: anyone can compute a digest over ' +
      'invented text.',
  },
  generated: { zh: '由 Parley 在本机生成', en: 'Generated locally by Parley' },
  sessionOf: { zh: '第 {i} 段，共 {n} 段', en: 'Session {i} of {n}' },
} satisfies Record<string, Pair>;

/** "label: value" with the colon and comma each language uses. */
export const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
export const comma = (lang: Lang) => (lang === 'zh' ? '，' : ', ');

export function t(key: keyof typeof L, lang: Lang): string {
  return L[key][lang];
}

const ROLE: Record<Role, Pair> = {
  customer: { zh: '我', en: 'Me' },
  agent: { zh: '客服', en: 'Agent' },
  bot: { zh: '机器人', en: 'Bot' },
  system: { zh: '系统', en: 'System' },
};

const CHANNEL: Record<Channel, Pair> = {
  'web-chat': { zh: '网页在线客服', en: 'Web chat' },
  phone: { zh: '电话', en: 'Phone call' },
  visit: { zh: '网点面谈', en: 'Branch visit' },
  letter: { zh: '信函', en: 'Letter' },
  app: { zh: '手机银行 App', en: 'Banking app' },
};

const OUTCOME: Record<Outcome, Pair> = {
  open: { zh: '进行中', en: 'Open' },
  agreed: { zh: '已达成', en: 'Agreed' },
  refused: { zh: '被拒绝', en: 'Refused' },
  'pending-callback': { zh: '等待回电', en: 'Waiting for a call back' },
  'no-agreement': { zh: '未达成协议', en: 'No agreement' },
  abandoned: { zh: '已放弃', en: 'Abandoned' },
};

const REFERENCE: Record<ReferenceKind, Pair> = {
  ticket: { zh: '工单号', en: 'Ticket' },
  case: { zh: '受理/案件编号', en: 'Case' },
  agreement: { zh: '协议编号', en: 'Agreement' },
  other: { zh: '其他编号', en: 'Reference' },
};

const KIND: Record<OfferKind, Pair> = {
  installment: { zh: '分期还款', en: 'Instalment plan' },
  amortized: { zh: '等额本息计划', en: 'Amortised plan' },
  'interest-frozen': { zh: '停息挂账', en: 'Interest frozen' },
  settlement: { zh: '减免结清', en: 'Settlement' },
  deferral: { zh: '延期还款', en: 'Deferral' },
};

const WAIVER: Record<Waiver, Pair> = {
  penalty: { zh: '罚息', en: 'penalty interest' },
  'late-fee': { zh: '违约金', en: 'late fees' },
  interest: { zh: '利息', en: 'interest' },
  fee: { zh: '其他费用', en: 'other fees' },
};

const APPROX: Record<ApproximateField, Pair> = {
  monthlyPayment: { zh: '每期还款', en: 'monthly payment' },
  downPayment: { zh: '首付', en: 'down payment' },
  settlementAmount: { zh: '结清金额', en: 'settlement amount' },
  amount: { zh: '适用本金', en: 'principal' },
};

const SOURCE: Record<FollowUpSource, Pair> = {
  user: { zh: '自己添加', en: 'added by you' },
  transcript: { zh: '来自对话', en: 'from the chat' },
  plan: { zh: '来自还款计划', en: 'from the plan' },
};

// Lookups fall back to the raw value so a newer enum member never renders as "undefined".
const look = <K extends string>(table: Record<K, Pair>, key: K, lang: Lang): string => table[key]?.[lang] ?? key;
export const roleLabel = (r: Role, lang: Lang) => look(ROLE, r, lang);
export const channelLabel = (c: Channel, lang: Lang) => look(CHANNEL, c, lang);
export const outcomeLabel = (o: Outcome, lang: Lang) => look(OUTCOME, o, lang);
export const referenceLabel = (k: ReferenceKind, lang: Lang) => look(REFERENCE, k, lang);
export const kindLabel = (k: OfferKind, lang: Lang) => look(KIND, k, lang);
export const sourceLabel = (s: FollowUpSource, lang: Lang) => look(SOURCE, s, lang);

const SYMBOL: Record<Currency, string> = { CNY: '¥', USD: '$', GBP: '£', EUR: '€', HKD: 'HK$' };

/** Minor units to a display amount; every supported currency has two decimals. */
export function formatMoney(minor: number, currency: Currency | undefined): string {
  if (!Number.isFinite(minor)) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.round(Math.abs(minor));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  const prefix = currency ? (SYMBOL[currency] ?? `${currency} `) : '';
  return `${sign}${prefix}${whole}.${cents}`;
}

/** A fraction as a percentage without float noise: 0.006 → "0.6%". */
export function formatRate(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  return `${Number((fraction * 100).toFixed(4))}%`;
}

/** The terms of an offer as label/value rows, only for the fields it states. */
export function offerRows(offer: Offer | AgreedTerms, lang: Lang): [string, string][] {
  const zh = lang === 'zh';
  const c = offer.currency;
  const rows: [string, string][] = [[zh ? '方式' : 'Kind', kindLabel(offer.kind, lang)]];
  const money = (label: Pair, v: number | undefined) => {
    if (v !== undefined) rows.push([label[lang], formatMoney(v, c)]);
  };
  const rate = (label: Pair, v: number | undefined) => {
    if (v !== undefined) rows.push([label[lang], formatRate(v)]);
  };
  money({ zh: '适用本金', en: 'Principal' }, offer.amount);
  if (offer.periods !== undefined) rows.push([zh ? '期数' : 'Periods', zh ? `${offer.periods} 期` : `${offer.periods}`]);
  money({ zh: '首付', en: 'Down payment' }, offer.downPayment);
  money({ zh: '每期还款', en: 'Monthly payment' }, offer.monthlyPayment);
  rate({ zh: '月手续费率', en: 'Monthly fee rate' }, offer.monthlyFeeRate);
  rate({ zh: '总手续费率', en: 'Total fee rate' }, offer.totalFeeRate);
  rate({ zh: '年利率', en: 'Annual rate' }, offer.annualRate);
  rate({ zh: '日利率', en: 'Daily rate' }, offer.dailyRate);
  money({ zh: '结清金额', en: 'Settlement amount' }, offer.settlementAmount);
  rate(offer.settlementBase === 'principal' ? { zh: '结清比例（按本金）', en: 'Settlement ratio (of the principal)' } : { zh: '结清比例', en: 'Settlement ratio' }, offer.settlementRatio);
  if (offer.settlementInstallments !== undefined)
    rows.push([zh ? '结清分几次' : 'Settlement parts', String(offer.settlementInstallments)]);
  if (offer.feeCollection !== undefined)
    rows.push([zh ? '手续费收取' : 'Fee collected', offer.feeCollection === 'upfront' ? (zh ? '首期一次性' : 'upfront') : zh ? '每期' : 'each period']);
  if (offer.waives && offer.waives.length > 0)
    rows.push([zh ? '减免' : 'Waived', offer.waives.map((w) => look(WAIVER, w, lang)).join(zh ? '、' : ', ')]);
  if (offer.waivesPart && offer.waivesPart.length > 0)
    rows.push([zh ? '部分减免' : 'Partly waived', offer.waivesPart.map((p) => `${look(WAIVER, p.waiver, lang)} ${formatRate(p.share)}`).join(zh ? '、' : ', ')]);
  rate({ zh: '首付比例', en: 'Down payment share' }, offer.downPaymentRatio);
  if (offer.leadsPlan) rows.push([zh ? '之后' : 'Then', zh ? '接下一个方案（一并提出）' : 'the next offer (made together)']);
  if (offer.afterDeferral !== undefined)
    rows.push([zh ? '开始' : 'Starts', zh ? `延期 ${offer.afterDeferral} 个月之后` : `after a ${offer.afterDeferral}-month deferral`]);
  if (offer.approximate && offer.approximate.length > 0)
    rows.push([zh ? '对方给的约数' : "Agent's rounded figures", offer.approximate.map((f) => look(APPROX, f, lang)).join(zh ? '、' : ', ')]);
  if (offer.deadline !== undefined) rows.push([zh ? '期限' : 'Deadline', offer.deadline]);
  if ('confirmed' in offer)
    rows.push([zh ? '确认' : 'Confirmation', offer.confirmed ? t('bankConfirmed', lang) : t('bankNotConfirmed', lang)]);
  return rows;
}
