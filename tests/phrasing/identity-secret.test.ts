// Identity check vs secret request is decided by what is asked for (lib/phrasing/classify/identity.ts), and the scope
// and cue classes added for issue 12: "there is no safe account", a caller's words reported back, 识别码 is no 别,
// a warning whose verdict is "百分之百是诈骗", and scam wording the first rules missed.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { asksIdentifier } from '../../lib/phrasing/classify/identity';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const rules = (t: string) => detectRedFlags(normalize(t));
const identifier = (t: string) => asksIdentifier(analyseClauses(normalize(t)));

describe('what is asked for: an identifier or a secret', () => {
  it.each([
    '请提供持卡人姓名和身份证后四位。',
    '麻烦报一下您预留的手机号。',
    '請問您是持卡人本人嗎？',
    "What's the postcode on the account?",
    'Can you confirm the last four digits of the card?',
    'Please give me your date of birth.',
  ])('an identifier: %s', (t) => expect(identifier(t)).toBe(true));

  it.each([
    '请把刚收到的6位验证码发给我。',
    '请告诉我您的取款密码。',
    '把发到您预留手机上的验证码报给我。',
    'Please read me the one-time passcode we just sent.',
    "What's the PIN for your card?",
  ])('no identifier (only a secret, or a secret sent to the phone on file): %s', (t) => expect(identifier(t)).toBe(false));

  it.each([
    ['为了核实您的身份，请把刚收到的6位短信验证码发给我。', false],
    ["To verify it's you, please read me the code we just texted you.", false],
    ['核实身份需要您的网银登录密码，请提供一下。', false],
    ['请说一下您的姓名，然后把刚收到的验证码发过来。', true],
    ['Can you confirm your date of birth, then read me the code that just arrived?', true],
  ] as const)('a secret request is an identity check only when an identifier is asked too: %s', (t, both) => {
    const c = classifyAgentMessage(t);
    expect(c.redFlags).toContain('asks-secret');
    expect(c.intents.includes('identity-check')).toBe(both);
  });

  it('a plain identity check raises no red flag', () => {
    for (const t of ['请提供持卡人姓名和身份证后四位。', "What's your ZIP code and date of birth?", '请问您预留的手机号尾号是多少？']) {
      expect(classifyAgentMessage(t).redFlags, t).toEqual([]);
    }
  });
});

describe('scope classes', () => {
  it.each([
    ["There's no safe account at our bank - your money stays where it is.", 'neg'],
    ['There is no such thing as a "safe account".', 'neg'],
    ['So the caller told you to move money to a safe account?', 'attr'],
    ['号称能花钱删除不良记录的', 'attr'],
  ] as const)('%s → %s', (t, scope) => expect(scopeOf(normalize(t))).toBe(scope));

  it('识别码 is not a negation (别 inside a word)', () => {
    expect(scopeOf(normalize('安装后把识别码告诉我'))).toBe('plain');
    expect(rules('應用商店搜「ToDesk」，安裝後把識別碼告訴我。')).toEqual(['asks-secret', 'remote-control']);
  });

  it('a verdict "百分之百是诈骗" scopes the clause before it', () => {
    expect(rules('号称可以内部删除逾期记录的，百分之百是诈骗，请勿上当。')).toEqual([]);
  });

  it.each(["There's no safe account at Harbour Bank; we never move customers' money.", 'OK so that person told you to buy gift cards? Please don\'t do that.'])(
    'no red flag: %s',
    (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]),
  );
});

describe('scam wording the first rules missed', () => {
  it.each([
    ['请打开手机的无障碍权限，以便客服替您操作还款。', 'remote-control'],
    ['视频通话时把摄像头对准您的电脑屏幕，我指导您转账。', 'remote-control'],
    ['Please turn on accessibility permissions for the helper app so I can finish the form.', 'remote-control'],
    ['Could you show me your phone screen over video while I walk you through the transfer?', 'remote-control'],
    ['征信优化业务：先付八千元定金，30天内处理好。', 'credit-repair'],
    ['我们和人行有内部关系，交两千块就能把不良记录改成正常。', 'credit-repair'],
    ['Enrol in our credit restoration program and we will get negatives removed from your report.', 'credit-repair'],
    ['Once you settle through our agency, the missed payments will disappear from your record.', 'credit-repair'],
    ['Please send the payment to my colleague\'s account because the company account is down.', 'safe-account'],
    ['先转2万元解冻金到我给的卡号。', 'safe-account'],
    ['卡片背面那三位数读一下，立刻给您办好。', 'asks-secret'],
    ['You\'ll receive a text in a moment with some digits in it; please type that number into this chat.', 'asks-secret'],
    ['Can I have the full 16 digits on your card and the expiry?', 'asks-secret'],
  ] as const)('%s → %s', (t, flag) => expect(rules(t)).toContain(flag));

  it.each(['需要先交960元保证金到以下卡号，才能申请停息挂账。'])('a destination card number is not a secret: %s', (t) => {
    expect(rules(t)).not.toContain('asks-secret');
  });
});

describe('a closing refusal scopes the clauses that only name the secret', () => {
  const model = (t: string) => classifyAgentMessage(t).redFlags;
  it.each(['动态码是您个人的隐私，包括我们问您要都不要提供。', 'Your one-time passcode is private, never share it with anyone, including us.'])('no flag: %s', (t) => {
    expect(analyseClauses(normalize(t)).every((c) => c.scope !== 'plain')).toBe(true);
    expect(model(t)).toEqual([]);
  });

  it('but a request in the same sentence keeps it a request', () => {
    expect(rules('验证码是系统发的，别人问都不要给，发给我就行。')).toContain('asks-secret');
  });

  it('SMS spelling of never is a negation', () => expect(scopeOf(normalize('we nvr ask for your pin'))).toBe('neg'));
});

describe('the model alone cannot call an identifier a secret', () => {
  it.each(['For security, I need to verify your identity. Can you give me your ZIP code?', '为了核实身份，请提供您预留手机号的后四位。'])('%s', (t) => {
    expect(classifyAgentMessage(t).redFlags).toEqual([]);
  });
});
