// Classes found on two writers' first contact (corpus/probe/README.md "Read probes"): a refusal said as a decision on
// any relief, not only on a waiver; warnings shaped as a condition, a topic list or the person's own report; a camera,
// a device manager or a cast screen doing what a remote-control app does; a secret described; cash collected at the
// door; a fee for a record to vanish. The lines here are written apart from the writers'.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const rules = (t: string) => detectRedFlags(normalize(t));
const refusalScore = (t: string) => intentScores(normalize(t))['refuses-waiver'];

describe('a refusal is a decision word beside the relief it refuses', () => {
  it.each([
    '您申请的延期还款，审核结果是没通过。',
    '停息挂账这块我们暂时不受理。',
    '罰息這部分一定要收，沒辦法。',
    '你嘅分期申請批唔到。',
    'The payment holiday you asked about was turned down by the team.',
    'Your proposal of £40 a month is not acceptable on this balance.',
    "I'm not in a position to freeze the interest for you.",
    'The extension request didn\'t go through, sorry.',
    // Any negated verdict, a counter-proposal too low, a Hong Kong refusal as normalize() leaves it.
    'Your hardship application wasn\'t approved this time.',
    'A lower settlement than 40% isn\'t on the table.',
    'We won\'t be able to reduce the payment to $25 a month.',
    'The underwriters said no to the restructure.',
    'Eight months of payment pause is too long for this card.',
    '每月只还300这个金额太低了，我们没法接受。',
    '你要嘅84期我哋批唔落。',
    '減息申請唔批。',
  ])('%s', (t) => expect(refusalScore(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each([
    '您的分期申请已经审核通过了。',
    '如果这次申请没通过，我会第一时间短信告诉您。',
    'Your payment plan has been approved.',
    'If the extension is declined, we will write to you with other options.',
    'We cannot accept card payments over the phone.',
    'If the full $900 isn\'t possible, we can look at an arrangement.',
  ])('not a refusal: %s', (t) => expect(refusalScore(t)).toBeLessThan(INTENT_THRESHOLD));
});

describe('warnings in other shapes raise no flag', () => {
  it.each([
    // The person's own report runs to the end of its sentence.
    '您刚才说对方打来电话，自称是银行客服，让您装一个远程软件？那不是我们。',
    '你话佢叫你将钱转去一个监管账户先可以停催收？唔好信。',
    'You said the caller told you to move your savings, then read them a code? That was not us.',
    // A condition described, then what to do when it happens.
    '通话中如果手机提示"对方请求控制您的设备"，请马上拒绝。',
    '如果有人自称银行职员，叫你打开共享屏幕，即刻收线。',
    // A topic named first, then negated.
    '录屏、屏幕共享、远程控制这类操作，我们的客服都不会要求您做。',
    // A quantified negation.
    'No real member of our staff will ask you to install a screen-sharing app.',
  ])('%s', (t) => expect(rules(t)).toEqual([]));

  it.each([
    // A report ended by the agent's own request: the request is a request.
    ['您说对方让您下载了向日葵，现在请您把识别码发给我。', 'asks-secret'],
    // A condition with no warning after it is an instruction.
    ['如果手机弹出"允许远程控制"，请点允许。', 'remote-control'],
    // A scammer keeps the screen shared: "don't close it" is pressure, not a warning.
    ['我带着您一步步操作，您保持屏幕分享，不要关。', 'remote-control'],
  ] as const)('still a request: %s', (t, flag) => expect(rules(t)).toContain(flag));
});

describe('scams described instead of named', () => {
  it.each([
    ['用另一部手机的摄像头对准电脑屏幕，我看着您操作。', 'remote-control'],
    ['视频的时候切到后置摄像头，拍一下您的网银页面。', 'remote-control'],
    ['点一下开始直播，只有我这边能看到。', 'remote-control'],
    ['系统会提示激活设备管理器，点确定就行。', 'remote-control'],
    ['Grab the phone with the camera and point it at your screen so I can follow along.', 'remote-control'],
    ['The app asks for device administrator rights; just press Activate.', 'remote-control'],
    ['Cast your phone screen to the page I sent you.', 'remote-control'],
    ['Download the verification plug-in from the link and keep sharing your screen.', 'remote-control'],
    ['卡背面签名栏右边那三位数是多少？', 'asks-secret'],
    ['Your token shows a code that keeps changing; tell me the current one.', 'asks-secret'],
    ['收到个OTP之后俾我啦。', 'asks-secret'],
    ['我们的同事今晚会到您家楼下收取现金，请提前准备好。', 'safe-account'],
    ['A courier from our office will come round tomorrow to collect the cash in an envelope.', 'safe-account'],
    ['交两千块服务费，您征信上的逾期记录下周就不见了。', 'credit-repair'],
    ['Pay a $200 admin fee and your missed-payment history will be erased.', 'credit-repair'],
    ['花点钱就可以把您的呆账状态改掉。', 'credit-repair'],
  ] as const)('%s', (t, flag) => expect(rules(t)).toContain(flag));

  it.each([
    // A late fee taken off is a waiver, not a record removed.
    'Pay the arrears today and I will have the $35 late fee taken off.',
    // A collection visit is a warning of the bank's own, not cash collected.
    '若本月底前仍未还款，我们会安排工作人员上门催收。',
    // A record leaving the file by itself after its period.
    '结清后，逾期记录会保存五年，到期后自动删除，不需要交任何费用。',
    // Closing the card once it is paid.
    '还清全部欠款后，可以申请注销信用卡，不收手续费。',
  ])('no flag: %s', (t) => expect(rules(t)).toEqual([]));
});

describe('an opening and a demand said in other words', () => {
  const score = (t: string) => intentScores(normalize(t));
  it.each([
    '您好，您上个月的账单到现在还没有还款记录。',
    'Hey there, Priya from Northgate Card Services.',
    'Morning, this is Dev calling from the recoveries team.',
    '你好，我姓林，是银行贷后管理部的。',
  ])('an opening: %s', (t) => expect(score(t).greeting).toBeGreaterThanOrEqual(0.8));

  it.each([
    '请您明天中午前把所欠的款项全部还清。',
    'We need everything you owe cleared by Thursday.',
    'Pay off the whole balance before the end of the month, please.',
  ])('the whole sum by a date: %s', (t) => expect(score(t)['demands-full-payment']).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each([
    '请在下周五前把首期600元还进来。',
    'Please make the minimum payment of $40 by the 15th.',
    'You do not have to pay everything by Friday; $100 would do for now.',
  ])('not the whole sum: %s', (t) => expect(score(t)['demands-full-payment']).toBeLessThan(INTENT_THRESHOLD));
});
