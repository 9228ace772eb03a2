import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENTS, TEXT_RED_FLAGS, classifyAgentMessage } from '../../lib/phrasing/index';
import { clauses, normalize } from '../../lib/phrasing/classify/normalize';

describe('normalize', () => {
  it('folds full-width characters, case and traditional characters, and drops spaces next to Chinese', () => {
    expect(normalize('可以幫您辦理分２４期，每期手續費０．６％')).toBe('可以帮您办理分24期,每期手续费0.6%');
    expect(normalize('请　提　供 收入 证明')).toBe('请提供收入证明');
    expect(normalize('  Please   READ me the Code ')).toBe('please read me the code');
    expect(normalize('分 24 期')).toBe('分24期');
  });

  it('gives text of one script alone the same form as it gives that text inside mixed messages', () => {
    // English alone: a line break is a full stop with no space beside it; shorthand and slips mended.
    expect(normalize('Pls send it\n  thru the app w/ ur card')).toBe('please send it。through the app with your card');
    // Chinese alone: Traditional mapped, spaces dropped or read as commas, a line break a full stop.
    expect(normalize('請 提供 收入證明\n我們再審核一下')).toBe('请提供，收入证明。我们再审核一下');
    expect(normalize('您好 先核实一下身份 请问您的出生日期是')).toBe('您好，先核实一下身份，请问您的出生日期是');
    // Mixed: both sets of passes.
    expect(normalize('請 READ me 驗證碼 pls')).toBe('请read me验证码please');
    expect(normalize('\u3000 \n ')).toBe('。');
  });

  it.each([
    ['請下載遠端軟體，開啟視訊後把螢幕分享給我', '请下载远程软件,开启视频后把屏幕分享给我'],
    ['用應用程式登入線上銀行', '用应用登录在线银行'],
    ['點解你冇還款？唔該講下原因', '为什么你没有还款?请讲下原因'],
    ['你唔使一次過還晒', '你不用一次性还清'],
    ['俾我睇下你嘅證明', '给我看下你的证明'],
  ])('maps Taiwan and Hong Kong vocabulary and written Cantonese to mainland words: %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('leaves words both sides use alone (a collection warning keeps 强制执行, a proof request keeps 文件)', () => {
    expect(normalize('申請強制執行')).toBe('申请强制执行');
    expect(normalize('請提供相關文件')).toBe('请提供相关文件');
  });

  it('cuts clauses at sentence ends, commas and colons but not at 、 or a decimal point', () => {
    expect(clauses(normalize('不会索要密码、验证码。请提供$312.50，谢谢'))).toEqual(['不会索要密码、验证码', '请提供$312.50', '谢谢']);
  });
});

describe('classifyAgentMessage', () => {
  it('lists the intent to answer first at index 0, with a confidence for each', () => {
    const c = classifyAgentMessage('罚息无法减免，但可以为您办理分12期，月手续费0.65%。');
    expect(c.intents[0]).toBe('offer');
    expect(c.intents).toContain('refuses-waiver');
    for (const i of c.intents) expect(c.confidence[i]).toBeGreaterThan(0.5);
    for (const i of c.intents) expect(c.confidence[i]).toBeLessThanOrEqual(1);
  });

  it('reports no intent on a filler turn that only letter n-grams lean on (no lexicon cue, model below 0.5)', () => {
    for (const t of ['Okay.', 'Okay, one moment.', 'Alright, noted.']) expect(classifyAgentMessage(t).intents, t).toEqual([]);
  });

  it('may find no intent', () => {
    for (const t of ['好的，请稍等。', 'Okay, one moment.', '', '   ', '🙂']) {
      expect(classifyAgentMessage(t)).toEqual({ intents: [], redFlags: [], confidence: {} });
    }
  });

  it('is robust to full-width punctuation, spacing and traditional characters', () => {
    expect(classifyAgentMessage('請問逾期的原因是什麼？').intents).toEqual(['asks-reason']);
    expect(classifyAgentMessage('请 问 这 次 逾 期 是 什 么 原 因').intents).toEqual(['asks-reason']);
    expect(classifyAgentMessage('ＷＨＹ ｈａｖｅｎ’ｔ you paid?').intents).toEqual(['asks-reason']);
    expect(classifyAgentMessage('请把验证码\n发给我').redFlags).toEqual(['asks-secret']);
  });

  it('tells a policy limit from an offer, and a settlement discount from a demand for full payment', () => {
    expect(classifyAgentMessage('个性化分期最长可以分60期。').intents).not.toContain('offer');
    expect(classifyAgentMessage('可以给您分60期还款。').intents).toContain('offer');
    const discount = classifyAgentMessage('如果您能一次性结清，可以按七折处理。');
    expect(discount.intents).toContain('offer');
    expect(discount.intents).not.toContain('demands-full-payment');
  });

  it('a secret is only asked for when a request to hand it over is near it and not negated', () => {
    const cases: Array<[string, boolean]> = [
      ['请勿向任何人透露验证码', false],
      ['银行不会索要您的密码、验证码', false],
      ['验证码仅限本人使用，不要告诉任何人', false],
      ['Never share your one-time passcode.', false],
      ['We will never ask for your PIN, password or passcode.', false],
      ['您收到验证码了吧？念给我听一下', true],
      ['不要担心，把验证码发给我就行', true],
      ["Don't worry, just tell me the code.", true],
      ['请提供信用卡卡号后四位', false],
      ['请提供完整卡号和有效期', true],
    ];
    for (const [text, flagged] of cases) expect(classifyAgentMessage(text).redFlags.includes('asks-secret'), text).toBe(flagged);
  });

  it('borrowing to pay is not credit repair unless tied to making a record disappear', () => {
    expect(classifyAgentMessage('您可以先找亲友借钱还上一部分。').redFlags).toEqual([]);
    expect(classifyAgentMessage('先借钱还上，我们再帮您把逾期记录消除。').redFlags).toEqual(['credit-repair']);
  });

  it('never throws and returns only known ids, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom(...'验证码密码请提供发给我安全账户远程征信洗白不要，。 ：?a1') }),
          fc.constant('a'.repeat(50000)),
        ), (text) => {
        const c = classifyAgentMessage(text);
        for (const i of c.intents) expect(INTENTS).toContain(i);
        for (const f of c.redFlags) expect(TEXT_RED_FLAGS).toContain(f);
        expect(new Set(c.intents).size).toBe(c.intents.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('tolerates non-string input from page capture', () => {
    expect(classifyAgentMessage(undefined as unknown as string).intents).toEqual([]);
  });

  it('finds the question at the end of a long turn that first verifies and gives the figures', () => {
    const turn = '感谢您的配合，身份已经核对完毕。您名下账户目前逾期62天，应还总额为 ¥18,300.00，其中本金 ¥16,000.00。方便说一下最近遇到了什么情况吗？';
    expect(classifyAgentMessage(turn).intents).toContain('asks-reason');
    expect(classifyAgentMessage(turn).intents).not.toContain('offer');
  });
});
