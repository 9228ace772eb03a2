/**
 * A second, smaller labelled set written after the lexicon was tuned on agent-utterances.ts, to see how the rules
 * generalise to wording they were not fitted to. Same labelling convention as agent-utterances.ts. Its first
 * measurement (before any change prompted by it) is recorded in the test that uses it.
 */

import type { LabelledUtterance } from './agent-utterances';

const zh = (text: string, intents: LabelledUtterance['intents'], redFlags?: LabelledUtterance['redFlags']): LabelledUtterance =>
  redFlags ? { lang: 'zh', text, intents, redFlags, kind: 'scam' } : { lang: 'zh', text, intents };
const en = (text: string, intents: LabelledUtterance['intents'], redFlags?: LabelledUtterance['redFlags']): LabelledUtterance =>
  redFlags ? { lang: 'en', text, intents, redFlags, kind: 'scam' } : { lang: 'en', text, intents };

export const HELD_OUT: LabelledUtterance[] = [
  zh('您好，欢迎来到个人贷款客服中心。', ['greeting']),
  zh('请核对一下您的证件类型和证件号码。', ['identity-check']),
  zh('请问是什么情况让您这几个月没能还上？', ['asks-reason']),
  zh('麻烦说明一下您目前的工作和收入状况。', ['asks-reason']),
  zh('您需要把医院的诊断证明拍照上传。', ['asks-proof']),
  zh('请您提供一下近三个月的工资流水。', ['asks-proof']),
  zh('这笔欠款必须在下周一之前全部还清。', ['demands-full-payment']),
  zh('行里的意见是您需要一次性偿还所有欠款。', ['demands-full-payment']),
  zh('我们这边可以帮您申请36期的个性化分期，月手续费0.5%。', ['offer']),
  zh('如果您本月先还3000元，剩余部分可以分18期。', ['offer']),
  zh('可以为您减免全部违约金，本金和利息分24期还。', ['offer']),
  zh('利息和罚息都没办法减免哦。', ['refuses-waiver']),
  zh('违约金是系统自动产生的，我们无权取消。', ['refuses-waiver']),
  zh('您的申请需要提交风控部门审核。', ['needs-approval']),
  zh('我们会在两个工作日内给您回复审核结果。', ['needs-approval']),
  zh('逾期时间过长的话，我行有权向法院提起诉讼。', ['collection-warning']),
  zh('您的卡片已经被冻结了。', ['collection-warning']),
  zh('您每月能承担的还款金额是多少？', ['asks-commitment']),
  zh('那您看哪天可以把首期款还上？', ['asks-commitment']),
  zh('感谢您的配合，祝您一切顺利，再见。', ['closing']),
  zh('请稍等片刻，我帮您查一下账单。', []),
  zh('客服不会要求您提供银行卡密码，请放心。', [], undefined),
  zh('您把手机收到的短信码截图发给我，我帮您取消逾期。', [], ['asks-secret']),
  zh('请把钱先转到财务人员的私人支付宝，再帮您入账。', [], ['safe-account']),
  zh('请您下载一个远程协助软件，我帮您一键申请停息挂账。', [], ['remote-control']),
  zh('我们有内部关系，交2000元就能把征信上的逾期记录删除。', [], ['credit-repair']),
  zh('您好，我是贷后管理岗的小周。请问您方便说一下逾期的原因吗？', ['asks-reason', 'greeting']),
  zh('罚息不能免，不过可以给您分36期，每月1,050元。', ['offer', 'refuses-waiver']),
  zh('请勿点击陌生链接，也不要把密码告诉任何人。', []),
  zh('我行不会通过电话或聊天要求您开启屏幕共享。', []),

  en('Welcome back! How can I help you this evening?', ['greeting']),
  en('Can you confirm the email address we have on file for you?', ['identity-check']),
  en("What's been going on that's made it hard to keep up with payments?", ['asks-reason']),
  en('Could you explain why the last payment bounced?', ['asks-reason']),
  en('We need a copy of your redundancy letter before we can go further.', ['asks-proof']),
  en('Please attach your most recent payslip to the secure message.', ['asks-proof']),
  en('The outstanding balance has to be cleared in full by the end of the month.', ['demands-full-payment']),
  en('We can do a six-month plan at $300 a month with the late fees waived.', ['offer']),
  en("I can offer to reduce your interest rate to 3.9% for 24 months.", ['offer']),
  en('We would accept $2,500 as full and final settlement.', ['offer']),
  en("Sorry, the late fee can't be reversed.", ['refuses-waiver']),
  en('Fee waivers are not available on this product.', ['refuses-waiver']),
  en("I'll pass this to our financial support team and they'll be in touch within 3 working days.", ['needs-approval']),
  en('That would need approval from a supervisor.', ['needs-approval']),
  en('Missed payments can be reported to the credit reference agencies.', ['collection-warning']),
  en('If this continues we may pass the account to a debt collection agency.', ['collection-warning']),
  en("What's the most you could pay per month?", ['asks-commitment']),
  en('Are you happy to go ahead with this arrangement?', ['asks-commitment']),
  en('Thanks for your time today, goodbye!', ['closing']),
  en("Great, I've updated your notes.", []),
  en("We'll never ask you to read out a security code.", []),
  en('Please share the code from the text so I can cancel the old plan.', [], ['asks-secret']),
  en('Move your savings into this protected account until the investigation ends.', [], ['safe-account']),
  en('Install the support app from the link and accept the screen sharing request.', [], ['remote-control']),
  en("We can get the collection entry deleted from your credit report if you pay our $300 fee.", [], ['credit-repair']),
  en("Hi, I'm Dana from Customer Care. Can you tell me what's happened with your payments?", ['asks-reason', 'greeting']),
  en("We can't remove the interest, but you could pay $150 a month for 18 months.", ['offer', 'refuses-waiver']),
  en('Never give your online banking password to anyone who contacts you.', []),
  en('Beware of anyone asking you to install remote access apps.', []),
  en('Your request has been logged.', []),
];
