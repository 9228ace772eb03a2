/**
 * The last labelled set, written after every lexicon change and never used to tune it. Its score is the honest
 * estimate of accuracy on new wording; the test only guards that it does not fall below its first measurement.
 * Same labelling convention as agent-utterances.ts. New cues go into agent-utterances.ts, never here.
 */

import type { LabelledUtterance } from './agent-utterances';

const zh = (text: string, intents: LabelledUtterance['intents'], redFlags?: LabelledUtterance['redFlags']): LabelledUtterance =>
  redFlags ? { lang: 'zh', text, intents, redFlags, kind: 'scam' } : { lang: 'zh', text, intents };
const en = (text: string, intents: LabelledUtterance['intents'], redFlags?: LabelledUtterance['redFlags']): LabelledUtterance =>
  redFlags ? { lang: 'en', text, intents, redFlags, kind: 'scam' } : { lang: 'en', text, intents };
const warn = (lang: 'zh' | 'en', text: string): LabelledUtterance => ({ lang, text, intents: [], kind: 'warning' });

export const UNSEEN: LabelledUtterance[] = [
  zh('您好，欢迎联系信用卡中心，我是您的专属客服。', ['greeting']),
  zh('先跟您确认下，您是本人在操作吗？', ['identity-check']),
  zh('方便讲一下目前的经济状况吗？', ['asks-reason']),
  zh('请补充一份社区或单位开具的困难证明。', ['asks-proof']),
  zh('这边要求您把逾期的本息一次还清。', ['demands-full-payment']),
  zh('综合评估后，可以按本金分36期，免收违约金。', ['offer']),
  zh('利息是不可以免的，还请理解。', ['refuses-waiver']),
  zh('这个额度的减免需要风控同事复核。', ['needs-approval']),
  zh('如果仍不处理，后续可能由律师事务所与您联系。', ['collection-warning']),
  zh('那您每个月准备还多少呢？', ['asks-commitment']),
  zh('感谢您的耐心，本次咨询就到这里。', ['closing']),
  zh('稍等，系统有点慢。', []),
  zh('您把银行卡背面最后三位数发我核对一下。', [], ['asks-secret']),
  zh('为保障资金安全，请先把余额转到我们指定的安全账户。', [], ['safe-account']),
  zh('您下载一个远程软件，我帮您把申请填好。', [], ['remote-control']),
  warn('zh', '温馨提醒，本行工作人员不会以任何理由要求您提供验证码。'),

  en('Hi! Thanks for reaching out to Card Support.', ['greeting']),
  en('Could you verify the date of birth on the account?', ['identity-check']),
  en('What made you fall behind this time?', ['asks-reason']),
  en('We need to see your recent bank statements before we can decide.', ['asks-proof']),
  en('The account needs to be brought up to date in full today.', ['demands-full-payment']),
  en('We can freeze interest and set the payment at £80 a month for 12 months.', ['offer']),
  en("Unfortunately the late fees can't be waived on this account.", ['refuses-waiver']),
  en('Let me check with my supervisor and come back to you.', ['needs-approval']),
  en('If nothing is paid, we will pass the debt to an external agency.', ['collection-warning']),
  en('Can you confirm the amount you can manage each month?', ['asks-commitment']),
  en('Thanks for your time, goodbye for now.', ['closing']),
  en("Sure, I'm looking into that now.", []),
  en('Please type the code you received into this chat.', [], ['asks-secret']),
  en('Share your screen on Teams so I can guide you.', [], ['remote-control']),
  en('We can repair your credit score for a small fee.', [], ['credit-repair']),
  warn('en', 'Never share your card PIN or online banking password with anyone.'),
];
