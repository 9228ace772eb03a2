/**
 * A third labelled set, written after all lexicon work was finished and measured once without any change to the
 * classifier: it estimates how the rules do on wording they have never seen. Same labelling convention as
 * agent-utterances.ts. Do not tune the lexicon against it; add new cases to agent-utterances.ts instead.
 */

import type { LabelledUtterance } from './agent-utterances';

const zh = (text: string, intents: LabelledUtterance['intents'], redFlags?: LabelledUtterance['redFlags']): LabelledUtterance =>
  redFlags ? { lang: 'zh', text, intents, redFlags, kind: 'scam' } : { lang: 'zh', text, intents };
const en = (text: string, intents: LabelledUtterance['intents'], redFlags?: LabelledUtterance['redFlags']): LabelledUtterance =>
  redFlags ? { lang: 'en', text, intents, redFlags, kind: 'scam' } : { lang: 'en', text, intents };
const warn = (lang: 'zh' | 'en', text: string): LabelledUtterance => ({ lang, text, intents: [], kind: 'warning' });

export const FRESH: LabelledUtterance[] = [
  zh('您好呀，这里是消费金融在线服务，工号7731为您服务。', ['greeting']),
  zh('麻烦核对一下您注册时用的手机号码。', ['identity-check']),
  zh('您最近是不是工作上有什么变动？', ['asks-reason']),
  zh('为什么上个月的账单没有按时处理呢？', ['asks-reason']),
  zh('需要您把失业登记证明拍照发到App里。', ['asks-proof']),
  zh('欠款合计23,410元，需要您在三日内一次性结清。', ['demands-full-payment']),
  zh('经过申请，可以给您做18期分期，每月大概1,400元。', ['offer']),
  zh('本月先还2000，剩下的可以分12个月还。', ['offer']),
  zh('如果一次性还款两万，剩余部分可以申请减免。', ['offer']),
  zh('抱歉，违约金这部分系统没有减免权限。', ['refuses-waiver']),
  zh('您的情况我已经上报了，等审批通过会有短信。', ['needs-approval']),
  zh('长期不还款的话，我们会按合同约定通过法律途径追偿。', ['collection-warning']),
  zh('那您这个月15号之前能还进来吗？', ['asks-commitment']),
  zh('好的，今天就先为您处理到这里，祝您周末愉快。', ['closing']),
  zh('明白，我再帮您看一下。', []),
  zh('为了给您办理，需要您把手机上收到的6位数字告诉我。', [], ['asks-secret']),
  zh('请把款项打到我们专员的个人微信，到账后马上为您销户。', [], ['safe-account']),
  zh('请打开会议App，点共享屏幕，我帮您一步步填。', [], ['remote-control']),
  zh('我们这边有渠道，花点手续费就能把逾期记录从征信上去掉。', [], ['credit-repair']),
  warn('zh', '提醒您：任何自称客服索要短信验证码的都是诈骗。'),
  warn('zh', '官方不会让您开启屏幕共享，也不会要求转账到个人账户。'),

  en('Good evening and thanks for holding, what can I help you with?', ['greeting']),
  en("Can I just take your full name and the postcode on the account?", ['identity-check']),
  en('Talk me through what happened with your income.', ['asks-reason']),
  en("Could you send over a doctor's note covering the time you were off work?", ['asks-proof']),
  en('The total of $4,980 needs to be paid in full to stop collection activity.', ['demands-full-payment']),
  en('We could lower your monthly payment to $95 for the next 9 months.', ['offer']),
  en("We'll accept 60% of the balance if it's paid by the end of the month.", ['offer']),
  en("I'm sorry, we can't refund the over-limit fee.", ['refuses-waiver']),
  en("I'll escalate this to our recoveries team and they'll email you.", ['needs-approval']),
  en('Further missed payments will be reported to the credit bureaus and may affect your score.', ['collection-warning']),
  en('What date works for your first payment?', ['asks-commitment']),
  en("Alright, you're all set. Have a lovely weekend!", ['closing']),
  en('Got it, thanks for letting me know.', []),
  en('I need you to read out the security code from the text we just sent.', [], ['asks-secret']),
  en("To keep your money safe, transfer it to the holding account I'll give you.", [], ['safe-account']),
  // The number AnyDesk shows hands over the session: a secret by the labelling guide (corpus/generalisation/README.md).
  en('Please download AnyDesk and tell me the nine-digit number.', [], ['asks-secret', 'remote-control']),
  en('For $250 our partner can get that default removed from your credit file.', [], ['credit-repair']),
  warn('en', 'We will never call you and ask you to move money or share a one-time code.'),
  warn('en', "Don't give anyone remote access to your device."),
];
