/**
 * Labelled messages from a bank's or lending platform's customer-service agent, written for Parley's classifier
 * tests in the registers real chats use (formal bank 客服, platform "亲" style, US/UK card services).
 *
 * Labelling convention:
 *  - `intents[0]` is the primary intent: the one the customer has to answer first. When a message does several
 *    things the order is offer > demands-full-payment > refuses-waiver > asks-proof > asks-reason > asks-commitment
 *    > needs-approval > collection-warning > identity-check > closing > greeting.
 *  - A polite "您好，" / "Hi," prefix in front of a request is not a greeting; an introduction or "how can I help" is.
 *  - A balance statement, a policy limit ("最长可分60期") or an acknowledgement is not an offer.
 *  - `redFlags` are scam signs; `kind: 'warning'` marks a genuine safety reminder that mentions codes, passwords,
 *    safe accounts, remote apps or credit repair and must raise no red flag.
 */

import type { IntentId, TextRedFlagId } from '../../../lib/phrasing/types';

export interface LabelledUtterance {
  lang: 'zh' | 'en';
  text: string;
  intents: IntentId[];
  redFlags?: TextRedFlagId[];
  kind?: 'scam' | 'warning';
}

const zh = (text: string, intents: IntentId[], redFlags?: TextRedFlagId[]): LabelledUtterance =>
  redFlags ? { lang: 'zh', text, intents, redFlags, kind: 'scam' } : { lang: 'zh', text, intents };
const en = (text: string, intents: IntentId[], redFlags?: TextRedFlagId[]): LabelledUtterance =>
  redFlags ? { lang: 'en', text, intents, redFlags, kind: 'scam' } : { lang: 'en', text, intents };
const zhWarning = (text: string): LabelledUtterance => ({ lang: 'zh', text, intents: [], kind: 'warning' });
const enWarning = (text: string): LabelledUtterance => ({ lang: 'en', text, intents: [], kind: 'warning' });

export const AGENT_UTTERANCES: LabelledUtterance[] = [
  // ── 问候 ──
  zh('您好，很高兴为您服务，请问有什么可以帮您？', ['greeting']),
  zh('您好！我是信用卡中心在线客服小陈，请问您需要办理什么业务？', ['greeting']),
  zh('欢迎咨询信用卡在线客服，人工坐席已为您接入。', ['greeting']),
  zh('你好，这里是还款协商专线，我是工号3021的客服，请讲。', ['greeting']),
  zh('早上好，感谢您的耐心等待，现在由我为您服务。', ['greeting']),
  zh('您好', ['greeting']),
  zh('亲，在的哦，请问有什么可以帮到您～', ['greeting']),
  zh('您好，人工客服为您服务，请问有什么需要咨询的？', ['greeting']),

  // ── 身份核实 ──
  zh('为了保障您的账户安全，请先提供持卡人姓名和身份证号后四位。', ['identity-check']),
  zh('请问您是持卡人本人吗？需要先核实一下身份。', ['identity-check']),
  zh('麻烦您报一下预留手机号的后四位，我这边核对身份。', ['identity-check']),
  zh('请提供您的信用卡卡号后四位以及证件号码后六位。', ['identity-check']),
  zh('您好，我是客服专员小李，请先告诉我您的姓名和身份证后四位，以便核实身份。', ['identity-check', 'greeting']),
  zh('系统显示您名下有两张卡，请确认一下是尾号8812的这张吗？', ['identity-check']),
  zh('核实您的身份后，我帮您查一下能申请的分期方案。请问您的姓名？', ['identity-check']),
  zh('身份核实通过了，谢谢您的配合。', []),

  // ── 询问原因 ──
  zh('请问这次逾期是什么原因造成的？', ['asks-reason']),
  zh('方便说一下您目前遇到了什么困难吗？', ['asks-reason']),
  zh('您这张卡已经逾期三期了，为什么一直没有还款呢？', ['asks-reason']),
  zh('能具体说说逾期的原因和您现在的收入情况吗？我们好评估适合您的方案。', ['asks-reason']),
  zh('您之前一直按时还款，这两个月是发生什么情况了吗？', ['asks-reason']),
  zh('请简单描述一下您的还款困难，比如是失业、疾病还是其他原因。', ['asks-reason']),
  zh('我需要了解一下您的实际情况，现在是否有稳定收入？', ['asks-reason']),
  zh('您好，请问是什么原因导致您未能按时还款？', ['asks-reason']),
  zh('您好，請問逾期的原因是什麼？', ['asks-reason']),
  zh('您目前的困难预计会持续多久？', ['asks-reason']),

  // ── 要求证明 ──
  zh('申请个性化分期需要您提供相关困难证明，比如失业证明或者医院诊断书。', ['asks-proof']),
  zh('请上传近六个月的银行流水和收入证明。', ['asks-proof']),
  zh('您说的住院情况，能提供一下病历或者住院记录吗？', ['asks-proof']),
  zh('需要您填写一份困难情况说明，并附上离职证明，发到我们的官方邮箱。', ['asks-proof']),
  zh('材料齐全后我们才能提交审核，请尽快提供收入证明。', ['asks-proof', 'needs-approval']),
  zh('如果是经营困难，请提供营业执照注销证明或者经营亏损的相关材料。', ['asks-proof']),
  zh('请您通过官方APP的协商还款入口上传证明材料。', ['asks-proof']),
  zh('请　提　供　收入证明', ['asks-proof']),
  zh('单位拖欠工资的话，有没有劳动仲裁的文书或者欠薪证明？', ['asks-proof']),

  // ── 要求全额还款 ──
  zh('您目前的欠款需要一次性全额还清，我们这边无法办理分期。', ['demands-full-payment']),
  zh('按照规定，您需要在本月25日前还清全部欠款共计48,632.15元。', ['demands-full-payment']),
  zh('逾期欠款必须全部结清后才能恢复正常使用。', ['demands-full-payment']),
  zh('建议您尽快筹措资金，把所有欠款一次性还上。', ['demands-full-payment']),
  zh('您今天之内需要把全部逾期金额还进来。', ['demands-full-payment']),
  zh('如果三天内不能全额还款，账户将移交第三方催收。', ['demands-full-payment', 'collection-warning']),
  zh('我们只接受一次性还清，不接受分期，也不能减免。', ['demands-full-payment', 'refuses-waiver']),
  zh('目前欠款本金32,000元，利息1,850元，违约金620元。建议您一次性还清，避免产生更多费用。', ['demands-full-payment']),
  zh('如果您不能在月底前全额还款，我们会将账户移交法务部门处理。', ['demands-full-payment', 'collection-warning']),

  // ── 方案 ──
  zh('根据您的情况，可以为您申请分24期还款，每期手续费0.6%。', ['offer']),
  zh('目前可以给您办理停息挂账，分60期，每月还款约1,200元。', ['offer']),
  zh('我们可以减免部分罚息，剩余本金分36期归还，您看可以吗？', ['offer', 'asks-commitment']),
  zh('系统给您的方案是：首付2000元，剩余欠款分12期，月手续费0.75%。', ['offer']),
  zh('如果您能一次性结清，可以按欠款总额的七折处理，即还款35,000元。', ['offer']),
  zh('可以给您延期三个月还款，这期间暂停催收。', ['offer']),
  zh('可以为您办理12期、24期或36期的分期，费率分别是0.6%、0.7%、0.75%。', ['offer']),
  zh('您的协商方案已经审批下来了：分48期，每期还本金加手续费共计1,580元。', ['offer']),
  zh('违约金可以全部减免，利息部分需要正常还。', ['offer']),
  zh('给您争取到的最优惠方案是减免全部罚息，本金分30期。', ['offer']),
  zh('可以先还最低还款额的50%，剩余部分分6期。', ['offer']),
  zh('可以幫您辦理分２４期，每期手續費０．６％。', ['offer']),
  zh('罚息无法减免，但可以为您办理分12期，月手续费0.65%，您考虑一下？', ['offer', 'refuses-waiver']),
  zh('亲，平台可以给您申请延期还款，最长延期6个月，期间利息照常计算。', ['offer']),

  // ── 拒绝减免 ──
  zh('很抱歉，罚息和违约金是按合同计收的，无法减免。', ['refuses-waiver']),
  zh('目前我行没有减免利息的政策。', ['refuses-waiver']),
  zh('违约金已经入账，系统不支持退还。', ['refuses-waiver']),
  zh('减免申请没有通过，费用需要正常缴纳。', ['refuses-waiver']),
  zh('手续费是不能免的，这是统一标准。', ['refuses-waiver']),
  zh('您这种情况不符合减免条件。', ['refuses-waiver']),
  zh('罚息这块我们做不了调整，只能按账单金额还款。', ['refuses-waiver']),

  // ── 需要审批 ──
  zh('您的申请我已经提交给后台审核，结果会在3-5个工作日内短信通知您。', ['needs-approval']),
  zh('这个方案需要上级审批，我这边没办法直接答应您。', ['needs-approval']),
  zh('我帮您登记一下，稍后会有协商专员给您回电。', ['needs-approval']),
  zh('需要转交贷后部门评估，请耐心等待。', ['needs-approval']),
  zh('您的减免申请正在审核中，请勿重复提交。', ['needs-approval']),
  zh('我先把您的诉求反馈给相关部门，核实后再答复您。', ['needs-approval']),
  zh('个性化分期最长可以分60期，但需要审核。', ['needs-approval']),
  zh('方案已经登记，审批结果出来后我们会联系您。还有其他问题吗？', ['needs-approval', 'closing']),
  zh('这个我需要请示一下主管，请您先提供收入证明。', ['asks-proof', 'needs-approval']),

  // ── 催收警告 ──
  zh('如果继续逾期，您的逾期记录会上报人民银行征信系统。', ['collection-warning']),
  zh('逾期超过90天，我行将依法采取诉讼等措施。', ['collection-warning']),
  zh('您的账户已经进入委外催收阶段。', ['collection-warning']),
  zh('再不处理的话，卡片会被止付，并可能影响您以后的贷款。', ['collection-warning']),
  zh('请您重视，逾期会影响个人征信，后续可能会有工作人员上门核实。', ['collection-warning']),
  zh('我们已经向您发出律师函，请尽快处理欠款。', ['collection-warning']),
  zh('您好，逾期已经影响征信了，请问今天能还多少？', ['asks-commitment', 'collection-warning']),

  // ── 要求承诺 ──
  zh('您每个月最多能还多少？', ['asks-commitment']),
  zh('请问您最快什么时候可以还第一笔款？', ['asks-commitment']),
  zh('您确认接受这个方案吗？确认后就不能更改了。', ['asks-commitment']),
  zh('如果办理成功，您能保证以后每期按时还款吗？', ['asks-commitment']),
  zh('请您给一个明确的还款时间。', ['asks-commitment']),
  zh('您同意的话回复“同意”，我这边就为您办理。', ['asks-commitment']),
  zh('您看这个月能先还一部分吗？', ['asks-commitment']),

  // ── 结束 ──
  zh('请问还有其他可以帮您的吗？', ['closing']),
  zh('感谢您的来电，祝您生活愉快，再见！', ['closing']),
  zh('本次服务到这里就结束了，请您对我的服务进行评价。', ['closing']),
  zh('如无其他问题，我这边先结束会话了。', ['closing']),
  zh('好的，那就先这样，有问题随时联系我们。', ['closing']),

  // ── 无意图 ──
  zh('好的，请您稍等，我查询一下。', []),
  zh('收到。', []),
  zh('我这边看到了。', []),
  zh('嗯嗯，我理解您的心情。', []),
  zh('正在为您转接人工客服，请稍候……', []),
  zh('您目前的总欠款是56,320.40元，其中本金50,000元。', []),

  // ── 多意图 ──
  zh('您好，我是协商专员王芳，工号A1027。请问您这次逾期是什么原因呢？', ['asks-reason', 'greeting']),
  zh('了解了，需要您提供失业证明，审核通过后可以办理分期。', ['asks-proof', 'needs-approval']),

  // ── 诈骗：索要验证码/密码 ──
  zh('为了核实您的身份，请把刚收到的6位短信验证码发给我。', [], ['asks-secret']),
  zh('请提供您的信用卡完整卡号和背面的三位安全码，我帮您办理减免。', [], ['asks-secret']),
  zh('系统需要您的查询密码才能给您办理停息挂账，请告诉我一下。', [], ['asks-secret']),
  zh('您收到一条验证码了吧？念给我听一下，我这边确认注销分期。', [], ['asks-secret']),
  zh('麻烦把取款密码报一下，我们要验证是不是本人操作。', [], ['asks-secret']),
  zh('请在聊天框里输入您的卡号、有效期和CVV码。', [], ['asks-secret']),
  zh('不要担心，您把收到的动态码告诉我就行，很快就能办好。', [], ['asks-secret']),

  // ── 诈骗：安全账户 / 个人账户 ──
  zh('您的账户涉嫌异常，需要先把资金转入我们的安全账户进行核查。', [], ['safe-account']),
  zh('协商成功后，请把首期款转到我们工作人员的个人账户，户名张伟。', [], ['safe-account']),
  zh('为了加快处理，您直接微信转账到这个私人账户，我帮您销账。', [], ['safe-account']),
  zh('还款请转到下面这个个人银行卡，比走官方渠道快。', [], ['safe-account']),
  zh('需要先缴纳5000元保证金到监管账户，才能给您办理停息挂账。', [], ['safe-account']),

  // ── 诈骗：远程控制 / 屏幕共享 ──
  zh('请下载向日葵远程控制软件，我远程帮您操作申请。', [], ['remote-control']),
  zh('您打开腾讯会议，点一下共享屏幕，我指导您一步步操作。', [], ['remote-control']),
  zh('为了更快办理，请在手机上安装这个APP并开启屏幕共享。', [], ['remote-control']),
  zh('麻烦您下载ToDesk，把设备代码和验证码发我，我帮您远程处理。', [], ['remote-control', 'asks-secret']),
  zh('加入这个视频会议，开启屏幕共享，我帮您查看手机银行。', [], ['remote-control']),

  // ── 诈骗：征信修复 ──
  zh('我们可以帮您修复征信，交3000元服务费就能把逾期记录消除。', [], ['credit-repair']),
  zh('只要先从我们合作的平台借一笔钱把欠款还上，您的征信就能洗白。', [], ['credit-repair']),
  zh('办理征信修复业务，不良记录三个工作日内删除。', [], ['credit-repair']),
  zh('您可以先借钱还上，再找我们内部渠道消除逾期记录。', [], ['credit-repair']),
  zh('支付一笔手续费，我们帮您把这次逾期从征信报告上撤掉。', [], ['credit-repair']),

  // ── 正常的安全提醒（不能报红旗） ──
  zhWarning('温馨提示：请勿向任何人透露您的短信验证码。'),
  zhWarning('银行工作人员不会向您索要密码、验证码或CVV，请注意防范诈骗。'),
  zhWarning('我行不存在所谓的“安全账户”，请不要向任何个人账户转账。'),
  zhWarning('请通过官方App或者拨打信用卡背面的客服热线还款，切勿下载任何远程控制或屏幕共享软件。'),
  zhWarning('征信记录按规定如实报送，任何声称可以花钱修复征信的都是诈骗，请您警惕。'),
  zhWarning('验证码仅用于您本人在手机银行登录，请不要告诉包括客服在内的任何人。'),
  zhWarning('协商还款不收取任何费用，请警惕冒充银行的“代理协商”。'),
  zhWarning('如果对征信记录有异议，可以向人民银行征信中心提出异议申请。'),

  // ── Greetings ──
  en('Hi there, thanks for contacting Card Services. My name is Jordan — how can I help today?', ['greeting']),
  en("Good afternoon, you're chatting with Priya from the Financial Assistance team.", ['greeting']),
  en('Hello! Welcome to live chat. What can I do for you?', ['greeting']),
  en("Hi, I'm Sam and I'll be looking after you today.", ['greeting']),
  en('Hello', ['greeting']),
  en('Thanks for waiting, an agent has joined the chat. How may I assist you?', ['greeting']),
  en('Hey, good morning! How can I help?', ['greeting']),

  // ── Identity checks ──
  en('Before we go any further, can you confirm your full name and date of birth?', ['identity-check']),
  en('For security, please verify the last four digits of your card and your billing ZIP code.', ['identity-check']),
  en("I just need to run through a couple of security questions to make sure I'm speaking with the account holder.", ['identity-check']),
  en('Could you confirm the postcode registered on the account?', ['identity-check']),
  en('Can you please confirm the first line of your address and your date of birth?', ['identity-check']),
  en("Hi, I'm Alex from the collections team. First I need to verify your identity — what's your full name?", ['identity-check', 'greeting']),
  en('Thanks, you have passed security.', []),

  // ── Reasons ──
  en('Can you tell me what led to the missed payments?', ['asks-reason']),
  en("What's changed in your circumstances recently?", ['asks-reason']),
  en("I can see you've missed the last two payments. Is there a reason for that?", ['asks-reason']),
  en('Could you tell me a bit about your situation so I can see which options fit?', ['asks-reason']),
  en("Why haven't you been able to make the minimum payment?", ['asks-reason']),
  en("Has something happened, like a job loss or a medical issue, that's affecting your ability to pay?", ['asks-reason']),
  en('What caused the account to fall behind?', ['asks-reason']),
  en('Is your current financial difficulty expected to be short term or long term?', ['asks-reason']),
  en('Can you  tell me   WHY the payment was missed?', ['asks-reason']),

  // ── Proof ──
  en('We will need some documentation to support the hardship request, such as a termination letter.', ['asks-proof']),
  en('Please upload your last three pay stubs and a recent bank statement.', ['asks-proof']),
  en('Can you provide a letter from your doctor or hospital confirming the treatment?', ['asks-proof']),
  en("To assess affordability we'll need you to complete an income and expenditure form.", ['asks-proof']),
  en('Do you have any proof of the reduced hours, like a letter from your employer?', ['asks-proof']),
  en('Please send evidence of your income through the secure message centre.', ['asks-proof']),

  // ── Full payment ──
  en('The full balance of $8,420.16 is now due and payable.', ['demands-full-payment']),
  en("To bring the account current you'll need to pay the entire past-due amount today.", ['demands-full-payment']),
  en("We require payment in full; we aren't able to set up a plan on this account.", ['demands-full-payment']),
  en('The account has been defaulted, so the outstanding balance must be paid in full.', ['demands-full-payment', 'collection-warning']),
  en("I'd recommend clearing the whole balance as soon as possible to stop further charges.", ['demands-full-payment']),
  en('Can you pay the full amount owed by Friday?', ['demands-full-payment', 'asks-commitment']),
  en('If we do not receive the full balance by the 30th, the account will go to a collection agency.', ['demands-full-payment', 'collection-warning']),

  // ── Offers ──
  en('We can offer a hardship plan at 9.9% APR over 60 months, with a payment of $182 a month.', ['offer']),
  en('I can set up a 12-month payment plan of £150 per month with interest frozen.', ['offer']),
  en("We'd be willing to accept a settlement of $3,200, which is 40% of your balance.", ['offer']),
  en('I can reduce your APR to 5% for the next 12 months.', ['offer']),
  en('We can waive this month\'s late fee and spread the rest over six payments.', ['offer']),
  en("There's an option to defer your next two payments.", ['offer']),
  en("We're able to offer 24 monthly payments of $312.50, no interest.", ['offer']),
  en("If you can pay $1,000 today, we'll settle the remaining balance.", ['offer']),
  en('Our best offer is a lump-sum settlement of 55% of the balance, due within 30 days.', ['offer']),
  en('I can put you on a temporary reduced payment of $50 a month for three months.', ['offer']),
  en('You qualify for our Payment Assistance Program: 0% APR and a fixed payment of $240 for 36 months.', ['offer']),
  en("We can't waive the fees, but we can offer 12 payments of $410.", ['offer', 'refuses-waiver']),
  en('The plan is approved: 36 payments of £95. Shall I set it up?', ['offer', 'asks-commitment']),

  // ── Waiver refusals ──
  en("Unfortunately I'm not able to waive the late fees.", ['refuses-waiver']),
  en("The interest charges are correct and can't be removed.", ['refuses-waiver']),
  en("We don't offer fee reversals on accounts that are more than 60 days past due.", ['refuses-waiver']),
  en("I'm afraid the penalty APR will stay in place.", ['refuses-waiver']),
  en('Your request for a fee refund was declined.', ['refuses-waiver']),
  en("Those charges were applied in line with your agreement, so we won't be refunding them.", ['refuses-waiver']),

  // ── Approval ──
  en("I'll need to submit this to our hardship team for approval.", ['needs-approval']),
  en('Your request has been escalated and you should hear back within 5–7 business days.', ['needs-approval']),
  en('A specialist will review your application and call you back.', ['needs-approval']),
  en("That's above what I can authorise, so I'll have to refer it to my manager.", ['needs-approval']),
  en('The settlement needs sign-off from our recoveries department.', ['needs-approval']),
  en("Your application is pending review; please don't make a new request.", ['needs-approval']),
  en('The maximum term on a hardship plan is 60 months, subject to approval.', ['needs-approval']),
  en("Once you send the termination letter, I'll submit the plan for approval.", ['asks-proof', 'needs-approval']),

  // ── Collection warnings ──
  en('If the account stays behind, it will be reported to the credit bureaus.', ['collection-warning']),
  en('Continued non-payment may lead to the account being charged off and sent to a collection agency.', ['collection-warning']),
  en('We may have to consider legal action to recover the debt.', ['collection-warning']),
  en("Please note a default notice will be issued if we don't receive payment within 14 days.", ['collection-warning']),
  en('Your card has been suspended due to the missed payments.', ['collection-warning']),
  en('Late payments will stay on your credit file.', ['collection-warning']),

  // ── Commitment ──
  en('How much could you realistically pay each month?', ['asks-commitment']),
  en('When can you make your first payment?', ['asks-commitment']),
  en('Do you agree to these terms?', ['asks-commitment']),
  en('Can you commit to paying on the 15th of each month?', ['asks-commitment']),
  en('Would you like me to go ahead and set that up for you?', ['asks-commitment']),
  en('Please confirm you accept the plan by replying YES.', ['asks-commitment']),

  // ── Closing ──
  en('Is there anything else I can help you with today?', ['closing']),
  en('Thanks for chatting with us, have a great day!', ['closing']),
  en("I'll close this chat now. You'll receive a short survey about our service.", ['closing']),
  en('Take care, goodbye.', ['closing']),
  en('Thank you for your patience today. Have a good evening.', ['closing']),
  en("Thanks for confirming. I've noted your request; is there anything else?", ['closing']),

  // ── No intent ──
  en('One moment please while I pull up your account.', []),
  en('Okay, I see.', []),
  en('Thanks, bear with me.', []),
  en('I understand this is a stressful situation.', []),
  en('Let me check that for you.', []),
  en('Your balance is $6,210.44 including $312 in fees.', []),

  // ── Multi ──
  en("Hi, I'm Chris from the hardship team. Can you tell me what's led to the missed payments?", ['asks-reason', 'greeting']),

  // ── Scams: secrets ──
  en("To verify it's you, please read me the 6-digit code we just texted you.", [], ['asks-secret']),
  en('Please give me your online banking password so I can apply the waiver.', [], ['asks-secret']),
  en("I'll need the full 16-digit card number, expiry date and the CVV on the back.", [], ['asks-secret']),
  en("Can you send me the one-time passcode that just came through? It's to cancel the fraud flag.", [], ['asks-secret']),
  en('Type your PIN here in the chat so we can confirm the settlement.', [], ['asks-secret']),
  en("Don't worry about the warning in the text message, just tell me the code.", [], ['asks-secret']),
  en('Enter the passcode into the chat box so I can verify you.', [], ['asks-secret']),

  // ── Scams: accounts ──
  en('For your protection, move your funds to this safe account while we investigate.', [], ['safe-account']),
  en("Please transfer the first payment to my personal account and I'll credit it manually.", [], ['safe-account']),
  en("Send the settlement by wire to the account below; it's a secure holding account.", [], ['safe-account']),
  en('You can pay the settlement with gift cards from any store.', [], ['safe-account']),

  // ── Scams: remote access ──
  en('Please install AnyDesk so I can help you set up the payment plan.', [], ['remote-control']),
  en("Let's jump on a Zoom call and you can share your screen with me while you log in.", [], ['remote-control']),
  en('Download TeamViewer QuickSupport and give me the ID it shows.', [], ['remote-control', 'asks-secret']),
  en("I'll need remote access to your phone to process the hardship application.", [], ['remote-control']),

  // ── Scams: credit repair ──
  en('For a one-off fee of $499 we can remove the late payments from your credit report.', [], ['credit-repair']),
  en("Take out a short-term loan with our partner to clear this, and we'll wipe the default from your file.", [], ['credit-repair']),
  en('Our credit repair service can erase this account from all three bureaus.', [], ['credit-repair']),
  en('Pay a small processing fee and your credit history will be cleaned.', [], ['credit-repair']),

  // ── Genuine safety reminders ──
  enWarning('Reminder: we will never ask for your PIN, password or one-time passcode.'),
  enWarning('Never share your verification code with anyone, including our staff.'),
  enWarning("We'll never ask you to move money to a 'safe account' — that's always a scam."),
  enWarning("Please don't install remote access software at anyone's request; use our official app instead."),
  enWarning('Be wary of companies promising to repair your credit for a fee.'),
  enWarning('If something on your credit report is wrong, you can dispute it with the credit bureau.'),
  enWarning('Only make payments through the official app or the number on the back of your card.'),
];
