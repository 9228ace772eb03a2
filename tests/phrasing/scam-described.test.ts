// Scam requests that never name the thing: a code described by where it came from or where it shows, gift cards and
// person-to-person apps as a way to pay, a bad record "cleared" or a report promised to show no missed payments; and
// reported speech from a friend. Found on a probe written by someone who never read the corpus; the lines here are
// written apart from it.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const rules = (t: string) => detectRedFlags(normalize(t));

describe('a code described instead of named', () => {
  it.each([
    '系统马上下发一串数字到您手机，收到后把那串数字发给我。',
    '把短信里银行发来的那个号码念出来给我听一下。',
    '开启软件后，把界面上显示的号码告诉我就行。',
    '麻烦把刚收到的八位数代码报给我。',
    'A text with an 8 digit number is on its way, read it out to me when it lands.',
    'Make a payment QR code in your wallet app and send it over to me.',
    'Please tell me the number shown on your screen once the app opens.',
    '手机上刚才那六位数字，念给我一下。',
    'Read me the six numbers we just texted.',
    'Tell me what just came through on your phone.',
  ])('%s', (t) => expect(rules(t)).toContain('asks-secret'));

  it.each([
    '请核对一下您卡号后四位号码。',
    'Can you confirm the last four digits of the card?',
    '您可以扫描账单上的二维码自行还款。',
    'Your sort code and account number are on your statement.',
  ])('not a secret: %s', (t) => expect(rules(t)).not.toContain('asks-secret'));
});

describe('money to a gift card, an app or the agent', () => {
  it.each([
    '去便利店买几张点数卡，把卡号拍照给我抵扣欠款。',
    '用京东E卡支付就行，买好后发我卡密。',
    '这笔钱直接转给我，我帮您入账。',
    'Just send the payment straight to me and I will post it to your account.',
    'Pay me through PayPal friends and family and I will clear the arrears.',
  ])('%s', (t) => expect(rules(t)).toContain('safe-account'));

  it.each([
    '您可以通过本行APP或柜台还款。',
    'You can pay us by debit card over the phone or through online banking.',
  ])('not a scam: %s', (t) => expect(rules(t)).not.toContain('safe-account'));
});

describe('money moved for a pretext, handed to a courier, or put into a new account "opened for you"', () => {
  it.each([
    '您的账户存在风险，请立即把余额转到我们为您开设的新账户。',
    '您名下账户涉嫌洗钱，需要把资金转入指定账户配合验资。',
    '为了保护您的资金，请先把钱取出来，我们会安排专人上门取现金。',
    'Your account has been compromised; please transfer your savings so we can keep your funds safe.',
    "As part of the investigation you need to move your money to a new protected account we've opened for you.",
    'A courier will collect the cash from your home this afternoon.',
    '把钱换成USDT转到这个地址就安全了。',
  ])('%s', (t) => expect(rules(t)).toContain('safe-account'));

  it.each([
    '您的信用卡已被冻结，请尽快还款以恢复使用。',
    '账户异常已为您冻结，请携带身份证到网点办理解冻。',
    'For security we have blocked your card; no money needs to move, a new card is on its way.',
    '您的还款可以通过手机银行转账到您本人的信用卡还款账户。',
    'If your account is ever compromised we will never ask you to transfer money.',
  ])('not a scam: %s', (t) => {
    expect(rules(t)).not.toContain('safe-account');
    expect(classifyAgentMessage(t).redFlags).toEqual([]);
  });
});

describe('a bad record cleared in other words', () => {
  it.each([
    '交两千服务费，我们帮您把不良记录清理掉。',
    '我哋可以幫你洗掉啲負面紀錄。',
    'Settle through our partner and your report will show no late payments at all.',
    '处理完以后系统会显示从未逾期。',
  ])('%s', (t) => expect(rules(t)).toContain('credit-repair'));

  it.each([
    '真实的逾期记录我们无权删除，按时还款后会逐步更新。',
    'Once the plan is in place, each on-time payment is reported as such.',
  ])('not credit repair: %s', (t) => expect(classifyAgentMessage(t).redFlags).not.toContain('credit-repair'));
});

describe("a friend's words are reported speech", () => {
  it.each(['您朋友说交钱就能消除逾期记录', '你家人讲有人可以帮你洗白征信', 'your friend said someone can wipe the late payments'])('%s', (t) =>
    expect(scopeOf(normalize(t))).toBe('attr'),
  );
});

describe('Hong Kong written Cantonese', () => {
  it('reads 係 as "is" but keeps 關係', () => {
    expect(normalize('我係中銀嘅客服')).toBe('我是中银的客服');
    expect(normalize('同我哋有關係')).toBe('同我们有关系');
  });
});

describe("a bank's own notices that name the same things", () => {
  it.each([
    // a code typed into the bank's own app, and "don't tell me" is a refusal, not pressure
    '系统刚给您本人手机发了一条验证码，请您在本行APP的申请页面输入，不要告诉我，也不要告诉任何人。',
    // the verdict 这是诈骗 scopes the customer's report before it
    '有客户反映接到电话说交钱能洗白征信，这是诈骗，请不要理会。',
    'A customer told us a firm promised to wipe their defaults for a fee. That is a red flag.',
    // the bank's own corporate account is where repayments go
    '还款请认准我行官方对公账户，不接受任何个人账户收款。',
    // the last digits of the card number are an identifier
    '核對身分只需要您提供卡號末四碼及生日。',
  ])('%s', (t) => expect(rules(t)).toEqual([]));

  it.each([
    ['把验证码发给我，不要告诉任何人。', 'asks-secret'],
    ['请把验证码输入到这里，我帮您提交。', 'asks-secret'],
    ['把钱转到我们公司的对公账户。', 'safe-account'],
  ])('still a scam: %s', (t, flag) => expect(rules(t)).toContain(flag));
});

describe('a code the person keeps, an app to delete, records that expire', () => {
  it.each([
    "If someone texts you asking for a code, it isn't us.",
    '您說之前有人讓您裝了遠端軟體？請立即刪除它。',
    'We have texted a one-time code to your registered mobile; type it into the app and do not share it with me.',
    'If anyone asks you to install something to "help", hang up and call the number on the back of your card.',
    '网上所谓“征信修复”都是骗局，不良记录会在结清满五年后自动删除。',
    'A default drops off your file after six years; nobody can take it off sooner.',
    '验证码请自己保管好，在手机银行里输入即可，不用告诉我。',
  ])('%s', (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]));

  it.each([
    ["Don't tell anyone about this call and read me the code we texted you.", 'asks-secret'],
    ["You'll get a text with a number in it; just type it into this chat.", 'asks-secret'],
    ['Read me the three numbers on the back of your card.', 'asks-secret'],
    ['交两千块，我们把您征信上的逾期记录删掉。', 'credit-repair'],
  ])('still a scam: %s', (t, flag) => expect(classifyAgentMessage(t).redFlags).toContain(flag));
});
