// Scope and cue rules added from the eighth and ninth writers' classes (not their lines): more ways to negate, warn
// and report; threats that only look negated; remote control, codes and holding accounts described, not named.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const rules = (t: string) => detectRedFlags(normalize(t));
const scope = (t: string) => scopeOf(normalize(t));

describe('negators the first list missed', () => {
  it.each([
    ['逾期信息我们没办法帮您删除', 'neg'],
    ['這不是我們發的簡訊', 'warn'],
    ['呢個唔係我哋嘅職員', 'warn'],
    ["we're unable to take the late markers off your file", 'neg'],
    ["that text isn't a code to send back", 'neg'],
    ['no password is required for this', 'neg'],
    ['办理分期不收保证金', 'neg'],
  ])('%s → %s', (t, expected) => expect(scope(t)).toBe(expected));

  it('"是不是" asks, it does not negate', () => expect(scope('请问您是不是持卡人本人')).toBe('plain'));
});

describe('a threat is not a negation', () => {
  it.each([
    ['不提供验证码的话，今天就把案件移交法务。', 'asks-secret'],
    ["If you don't read me the code now, the plan is cancelled.", 'asks-secret'],
  ])('%s → %s', (t, flag) => expect(rules(t)).toContain(flag));
});

describe("quoted words are someone else's", () => {
  it('the SMS\'s own "do not share" does not negate a request for its code', () => {
    expect(rules('那条短信写着「请勿泄露」，没关系，把里面的验证码发给我。')).toContain('asks-secret');
  });
  it('the bank\'s own negation outside the quotes still counts', () => {
    expect(rules('我们绝不会让您把写着「验证码」的短信内容发给任何人。')).toEqual([]);
  });
});

describe('warnings, reported words and refusals scope what they describe', () => {
  it.each([
    'Debt relief firms that say they can wipe accurate late payments are not legitimate.',
    'If you ever receive a link to a "helper app" claiming to come from us, delete the message.',
    '有陌生人让您把屏幕共享给他、再念出验证码，都是为了盗刷，请立即拒绝。',
    '您讲的那个叫您开会议共享屏幕的人，不是我们的工作人员。',
    '提醒您：密码、验证码都不要告诉任何人。',
    '我们不需要您的密码，报一下卡号的后四位就可以核对。',
  ])('no flag: %s', (t) => expect(rules(t)).toEqual([]));

  it('"不要告诉任何人" beside a request is still pressure, not a warning', () => {
    expect(rules('把验证码发给我，不要告诉任何人。')).toContain('asks-secret');
  });
});

describe('remote control described, not named', () => {
  it.each([
    '请到手机设置里打开无障碍，把"客服助手"的开关打开。',
    'Turn on screen recording and keep the banking app open for our team.',
    'Tap the link to get the installer .apk and allow unknown sources.',
    '下载那个图标是小太阳的软件，装好告诉我。',
    'Please press "Allow control" when the prompt appears.',
    '请保持通话，也不要锁屏，我这边正在操作。',
  ])('%s', (t) => expect(rules(t)).toContain('remote-control'));

  it.each(['下个月15号之前请还款。', 'I can see your phone number ends in 42.', '请下载我行官方APP自行办理分期。'])('no flag: %s', (t) =>
    expect(rules(t)).not.toContain('remote-control'),
  );
});

describe('codes, accounts and records by other names', () => {
  it.each([
    ['回复短信里的激活码给我，延期就生效。', 'asks-secret'],
    ['What is the activation code we just texted you?', 'asks-secret'],
    ['Move the £500 into our verification account for 24 hours.', 'safe-account'],
    ['先把五万转到验资账户，明天退回。', 'safe-account'],
    ['Pay the fee with Amazon vouchers and text me the voucher number.', 'safe-account'],
    ['Pay $300 and we get your 90-day late removed from all three bureaus.', 'credit-repair'],
  ])('%s → %s', (t, flag) => expect(rules(t)).toContain(flag));

  it.each([
    "We're unable to remove the late payment fees already charged.",
    'Log into our official app from Google Play to see your plan.',
    'To pass security, tell me the 2nd and 5th characters of your memorable word.',
  ])('no flag: %s', (t) => expect(rules(t)).toEqual([]));

  it('a list that goes on naming keeps its clause scope', () => {
    expect(analyseClauses(normalize('我们不会索要密码、验证码')).every((c) => c.scope !== 'plain')).toBe(true);
  });
});
