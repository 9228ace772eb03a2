import { describe, expect, it } from 'vitest';
import { counterOffers, formatMoney } from '../../lib/negotiate/index';
import { PHRASEBOOK, SCORE, classifyAgentMessage, suggest, type ChatLine, type SuggestContext, type Suggestion } from '../../lib/phrasing/index';
import { BANK_OFFER, BUDGET, DEBT_CN, DEBT_US, LEAKS } from './fixtures';

const a = (text: string): ChatLine => ({ role: 'agent', text });
const c = (text: string): ChatLine => ({ role: 'customer', text });
const ids = (s: Suggestion[]) => s.map((x) => x.id);

const ladder = counterOffers(BANK_OFFER, DEBT_CN, BUDGET);

describe('suggest: ranking (table-driven)', () => {
  const cases: Array<{ name: string; ctx: SuggestContext; first: string[]; top?: string[]; absent?: string[] }> = [
    {
      name: 'agent asks the reason → the hardship phrase for the user’s reason first',
      ctx: { lang: 'zh', profile: { debt: DEBT_CN, hardship: 'illness' }, messages: [a('请问这次逾期是什么原因？')] },
      first: ['hardship.illness.explain'],
      top: ['hardship.general.reason'],
      absent: ['hardship.unemployment.explain'],
    },
    {
      name: 'agent asks the reason, user wrote their own reason → the generic phrase carrying it first',
      ctx: { lang: 'en', profile: { hardship: 'a fire at my shop' }, messages: [a('Can you tell me what led to the missed payments?')] },
      first: ['hardship.general.reason'],
    },
    {
      name: 'agent asks for proof → the proof phrase for the user’s reason first',
      ctx: { lang: 'en', profile: { hardship: 'unemployment' }, messages: [a('Please upload your last three pay stubs.')] },
      first: ['hardship.unemployment.proof'],
    },
    {
      name: 'agent refuses a waiver → ask for the policy basis or a supervisor',
      ctx: { lang: 'zh', profile: { debt: DEBT_CN }, messages: [c('罚息能减免吗？'), a('很抱歉，罚息和违约金无法减免。')] },
      first: ['refusal.waiver-basis'],
      top: ['refusal.supervisor', 'refusal.article-70'],
    },
    {
      name: 'agent demands full payment → say so honestly and ask for instalments',
      ctx: { lang: 'zh', profile: { debt: DEBT_CN, budget: BUDGET }, messages: [a('您需要在本月25日前一次性还清全部欠款。')] },
      first: ['proposal.cannot-pay-all'],
      top: ['refusal.article-70', 'refusal.instalment-basis'],
    },
    {
      name: 'collection warning → a calm answer, then ask for the request to be recorded',
      ctx: { lang: 'en', messages: [a('If the account stays behind, it will be reported to the credit bureaus.')] },
      first: ['refusal.calm-warning'],
      top: ['refusal.record-request'],
    },
    {
      name: 'needs approval → ask the timeline and a reference number',
      ctx: { lang: 'zh', messages: [a('您的申请已提交后台审核，3-5个工作日内短信通知您。')] },
      first: ['followup.timeline'],
      top: ['agent.reference'],
    },
    {
      name: 'closing without a reference or written confirmation → ask for them before the pleasantries',
      ctx: { lang: 'zh', messages: [a('可以为您办理分24期。'), c('好的，我同意。'), a('请问还有其他可以帮您的吗？')] },
      first: ['closing.before-we-finish'],
      top: ['agent.reference', 'confirm.written'],
    },
    {
      name: 'closing with name, ID and reference given and written confirmation promised → just close politely',
      ctx: {
        lang: 'zh',
        messages: [
          a('您好，我是客服小陈，工号3021。'),
          a('可以为您办理分24期。'),
          c('好的，我同意。'),
          a('已为您办理成功，受理编号XS20250301，协议会以短信形式发送给您。'),
          a('请问还有其他可以帮您的吗？'),
        ],
      },
      first: ['closing.thanks'],
      absent: ['closing.before-we-finish', 'agent.reference', 'confirm.written', 'agent.name-and-id', 'agent.account-note'],
    },
    {
      name: 'greeting → an opening phrase',
      ctx: { lang: 'en', messages: [a('Hello! Welcome to live chat. What can I do for you?')] },
      first: ['opening.intro.plan'],
    },
    {
      name: 'identity check → agree to the usual checks',
      ctx: { lang: 'zh', messages: [a('请先核实一下您的身份，提供姓名和身份证后四位。')] },
      first: ['opening.identity.ready'],
    },
    {
      name: 'agent already gave name and ID → do not ask for them',
      ctx: { lang: 'zh', messages: [a('您好，我是协商专员王芳，工号A1027。'), a('您的申请需要上级审批。')] },
      first: ['followup.timeline'],
      absent: ['agent.name-and-id', 'agent.id-only'],
    },
    {
      name: 'agent gave only a name → ask for the ID by name',
      ctx: { lang: 'zh', messages: [a('您好，我是客服小陈。'), a('这个需要上级审批。')] },
      first: ['followup.timeline'],
      top: ['agent.id-only'],
      absent: ['agent.name-and-id'],
    },
  ];

  it.each(cases)('$name', ({ ctx, first, top, absent }) => {
    const out = suggest(ctx);
    expect(first).toContain(out[0]?.id);
    for (const id of top ?? []) expect(ids(out), id).toContain(id);
    for (const id of absent ?? []) expect(ids(out), id).not.toContain(id);
  });
});

describe('suggest: counter-offers from the negotiation engine', () => {
  it('agent makes an offer → the counter phrase filled with the target rung’s periods and monthly payment first', () => {
    const out = suggest({
      lang: 'zh',
      profile: { debt: DEBT_CN, budget: BUDGET },
      offer: BANK_OFFER,
      counter: ladder,
      messages: [a('根据您的情况，可以为您申请分24期还款，每期手续费0.75%。')],
    });
    expect(out[0]?.id).toBe('counter.target');
    const periods = String(ladder.target.offer.periods);
    const monthly = formatMoney(ladder.target.analysis.maxMonthlyPayment, 'CNY', 'zh');
    expect(out[0]?.text).toContain(`分${periods}期`);
    expect(out[0]?.text).toContain(monthly);
    expect(out[0]?.missing).toBeUndefined();
  });

  it('English, USD: the same, with dollars', () => {
    const offer = { kind: 'amortized' as const, periods: 36, annualRate: 0.199, currency: 'USD' as const };
    const usLadder = counterOffers(offer, DEBT_US, BUDGET);
    const out = suggest({ lang: 'en', profile: { debt: DEBT_US, budget: BUDGET }, offer, counter: usLadder, messages: [a('We can offer a plan at 19.9% APR over 36 months.')] });
    const top = out[0];
    expect(top?.id).toBe('counter.target');
    expect(top?.text).toContain(`${usLadder.target.offer.periods} months`);
    expect(top?.text).toContain(formatMoney(usLadder.target.analysis.maxMonthlyPayment, 'USD', 'en'));
  });

  it('never claims an offer is over budget when it is not, and offers acceptance only when it fits', () => {
    const affordable = BUDGET.monthlyIncome - BUDGET.essentialSpending - BUDGET.otherDebtPayments;
    const cheap = { kind: 'installment' as const, periods: 60, monthlyFeeRate: 0.002 };
    const dear = { kind: 'installment' as const, periods: 6, monthlyFeeRate: 0.0075 };
    const msg = [a('可以为您办理分期。')];
    const within = suggest({ lang: 'zh', profile: { debt: DEBT_CN, budget: BUDGET }, offer: cheap, messages: msg, limit: 50 });
    const over = suggest({ lang: 'zh', profile: { debt: DEBT_CN, budget: BUDGET }, offer: dear, messages: msg, limit: 50 });
    expect(affordable).toBeGreaterThan(0);
    expect(ids(within)).not.toContain('counter.over-budget');
    expect(ids(within)).toContain('counter.accept');
    expect(ids(over)).toContain('counter.over-budget');
    expect(ids(over)).not.toContain('counter.accept');
  });

  it('does not ask to "extend" the term to fewer months than the bank offers', () => {
    const out = suggest({ lang: 'en', profile: { debt: DEBT_CN, budget: BUDGET }, offer: BANK_OFFER, counter: ladder, stage: 'counter', limit: 100 });
    const longer = out.find((s) => s.id === 'counter.longer-term');
    if ((ladder.target.offer.periods ?? 0) > (BANK_OFFER.periods ?? 0)) expect(longer).toBeDefined();
    else expect(longer).toBeUndefined();
  });

  it('without an offer on the table no counter phrase is suggested', () => {
    const out = suggest({ lang: 'zh', stage: 'counter', limit: 100 });
    expect(out.filter((s) => s.stage === 'counter')).toEqual([]);
  });
});

describe('suggest: safety', () => {
  const scams: Array<[string, string]> = [
    ['asks-secret', '为了核实身份，请把刚收到的短信验证码发给我。'],
    ['safe-account', 'For your protection, move your funds to this safe account.'],
    ['remote-control', '请下载向日葵远程控制软件，我帮您操作。'],
    ['credit-repair', 'For a one-off fee of $499 we can remove the late payments from your credit report.'],
  ];
  it.each(scams)('a %s message puts a safety reply on top', (flag, text) => {
    const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
    const out = suggest({ lang, messages: [a(text)] });
    const top = out[0];
    expect(top?.stage).toBe('safety');
    const phrase = PHRASEBOOK.find((p) => p.id === top?.id);
    expect(phrase?.redFlags).toContain(flag);
    expect(top?.score).toBeGreaterThanOrEqual(SCORE.safety);
  });

  it('a red flag two messages back still leads', () => {
    const out = suggest({ lang: 'zh', messages: [a('请把验证码发给我。'), c('为什么需要验证码？'), a('好的，请稍等。')] });
    expect(out[0]?.id).toBe('safety.no-secrets');
  });

  it('a page red flag passed in (lookalike domain) leads', () => {
    const out = suggest({ lang: 'en', redFlags: ['lookalike-domain'], messages: [a('Hello, how can I help?')] });
    expect(out[0]?.id).toBe('safety.verify-channel');
  });

  it('genuine warnings bring no safety replies', () => {
    const out = suggest({ lang: 'zh', messages: [a('温馨提示：请勿向任何人透露您的短信验证码。')] , limit: 100 });
    expect(out.filter((s) => s.stage === 'safety')).toEqual([]);
  });
});

describe('suggest: pinned and user phrases', () => {
  const ctx: SuggestContext = { lang: 'zh', messages: [a('请问这次逾期是什么原因？')], limit: 20 };

  it('a pinned phrase is boosted above its unpinned rank', () => {
    const base = suggest(ctx);
    const target = 'hardship.general.updates';
    const pinned = suggest({ ...ctx, pinned: [target] });
    expect(ids(pinned).indexOf(target)).toBeLessThan(ids(base).indexOf(target));
    expect(pinned.find((s) => s.id === target)?.why).toContain('置顶');
  });

  it('a pinned phrase from another stage is still offered', () => {
    const out = suggest({ ...ctx, pinned: ['closing.keep-chat'] });
    expect(ids(out)).toContain('closing.keep-chat');
  });

  it('user phrases in the language and stage are included; others are not; guard hits become warnings', () => {
    const out = suggest({
      ...ctx,
      limit: 100,
      userPhrases: [
        { id: 'u1', text: '我去年也生过病，今年刚恢复工作。', lang: 'zh', stage: 'hardship' },
        { id: 'u2', text: 'I was ill last year.', lang: 'en', stage: 'hardship' },
        { id: 'u3', text: '谢谢，再见。', lang: 'zh', stage: 'closing' },
        { id: 'u4', text: '不减免我就投诉到你们倒闭。', lang: 'zh' },
        { id: 'u5', text: '我的固定开场白。', lang: 'zh', stage: 'closing', pinned: true },
      ],
    });
    expect(ids(out)).toContain('u1');
    expect(ids(out)).not.toContain('u2');
    expect(ids(out)).not.toContain('u3');
    expect(ids(out)).toContain('u5');
    const u4 = out.find((s) => s.id === 'u4');
    expect(u4?.source).toBe('user');
    expect(u4?.warnings).toContain('threat');
  });

  it('what the customer already sent drops down the list', () => {
    const first = suggest(ctx)[0];
    if (!first) throw new Error('no suggestion');
    const again = suggest({ ...ctx, messages: [c(first.text), a('请问这次逾期是什么原因？')] });
    expect(again[0]?.id).not.toBe(first.id);
  });
});

describe('suggest: output contract', () => {
  const contexts: SuggestContext[] = [
    { lang: 'zh' },
    { lang: 'en' },
    { lang: 'zh', profile: { debt: DEBT_CN, budget: BUDGET, hardship: 'caregiving' }, offer: BANK_OFFER, counter: ladder, messages: [a('可以分24期。')] },
    { lang: 'en', messages: [a('We can offer 12 payments of $410.'), a('Is there anything else?')] },
  ];

  it('is deterministic, sorted by score, bounded by limit, without duplicates or leaks', () => {
    for (const ctx of contexts) {
      const one = suggest(ctx);
      expect(suggest(ctx)).toEqual(one);
      expect(one.length).toBeLessThanOrEqual(8);
      expect(one.length).toBeGreaterThan(0);
      for (let i = 1; i < one.length; i++) expect((one[i - 1]?.score ?? 0) >= (one[i]?.score ?? 0)).toBe(true);
      expect(new Set(one.map((s) => s.text)).size).toBe(one.length);
      for (const s of one) {
        expect(s.text).not.toMatch(LEAKS);
        expect(s.why.length).toBeGreaterThan(0);
      }
    }
    expect(suggest({ ...contexts[2], limit: 3 } as SuggestContext)).toHaveLength(3);
    expect(suggest({ ...contexts[2], limit: 0 } as SuggestContext)).toEqual([]);
  });

  it('uses a classification passed in rather than the transcript', () => {
    const latestAgent = classifyAgentMessage('Why did you miss the payment?');
    const out = suggest({ lang: 'en', latestAgent, messages: [a('Hello')] });
    expect(out[0]?.stage).toBe('hardship');
  });

  it("why quotes the agent's own words each answered move was read from", () => {
    const zh = suggest({ lang: 'zh', messages: [a('不好意思，罚息这边没办法给您减，您看月底前能先还多少？')] });
    expect(zh.map((s) => s.why).join('\n')).toMatch(/回应：[^（]+（“[^”]*没办法给您减”）/);
    const en = suggest({ lang: 'en', messages: [a("I'm afraid the late fee can't be reversed.")] });
    expect(en.map((s) => s.why).join('\n')).toContain(`("can't be reversed")`);
  });

  it('why is written in the requested language', () => {
    expect(suggest({ lang: 'zh', messages: [a('请问逾期原因？')] })[0]?.why).toMatch(/[\u4e00-\u9fff]/);
    expect(suggest({ lang: 'en', messages: [a('Why did you miss the payment?')] })[0]?.why).toMatch(/^[\x20-\x7e·]+$/);
  });

  it('filters by market: no Article 70 for a US card, no US hardship program for a Chinese card', () => {
    const us = suggest({ lang: 'en', profile: { debt: DEBT_US }, messages: [a('You need to pay the full balance.')], limit: 100 });
    const cn = suggest({ lang: 'zh', profile: { debt: DEBT_CN }, messages: [a('您需要全额还款。')], limit: 100 });
    expect(ids(us)).not.toContain('refusal.article-70');
    expect(ids(us)).toContain('proposal.hardship-program');
    expect(ids(cn)).toContain('refusal.article-70');
    expect(ids(cn)).not.toContain('proposal.hardship-program');
  });
});
