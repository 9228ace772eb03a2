// Classes of wording that the second fresh set (corpus/general/fresh-second.ts) found unread at first contact. Each
// table uses wording of its own, not the fresh lines', so the class is what is tested.
import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../lib/negotiate/index';
import { stripSpans } from './corpus/score';
import type { Expected } from './corpus/offers';

const NOW = new Date(2025, 2, 10, 10, 0);
const parse = (t: string) => parseOffer(t, { now: NOW }).map(stripSpans).map(({ leadsPlan: _l, ...o }) => o);

describe('a stretch with nothing to pay is a deferral', () => {
  it.each<[string, Expected[]]>([
    ['我们可以让您停两个月，之后分18期，每期手续费0.7%。', [{ kind: 'deferral', periods: 2 }, { kind: 'installment', periods: 18, monthlyFeeRate: 0.007, afterDeferral: 2 }]],
    ['头三个月都不用还，之后再分12期。', [{ kind: 'deferral', periods: 3 }, { kind: 'installment', periods: 12, afterDeferral: 3 }]],
    ['未来一个月内无需还款，之后照常还。', [{ kind: 'deferral', periods: 1 }]],
    ['You can have two months off your payments, then 18 monthly payments of £90.', [{ kind: 'deferral', periods: 2 }, { kind: 'installment', periods: 18, monthlyPayment: 9000, currency: 'GBP', afterDeferral: 2 }]],
    ['We can give you a 3-month break from payments.', [{ kind: 'deferral', periods: 3 }]],
  ])('%s', (t, want) => expect(parse(t)).toEqual(want));
});

describe('terms, waivers and down payments in looser wording', () => {
  it.each<[string, Expected[]]>([
    // 分为/分成 N年 is a term in years like 分N年
    ['剩下的本金可以分成两年来还，每期手续费0.5%。', [{ kind: 'installment', periods: 24, monthlyFeeRate: 0.005 }]],
    // the waiver verb after an informal 你
    ['滞纳金帮你免了，分24期。', [{ kind: 'installment', periods: 24, waives: ['late-fee'] }]],
    // 万 in a Chinese message is yuan also when it arrives inside the number token
    ['您一次性还两万五就可以结清。', [{ kind: 'settlement', settlementAmount: 2500000, currency: 'CNY' }]],
    // a figure right before 首付
    ['8000首付，剩余的分12期还。', [{ kind: 'installment', downPayment: 800000, periods: 12 }]],
  ])('%s', (t, want) => expect(parse(t)).toEqual(want));
});

describe('settlements in longer or spoken phrasings', () => {
  it.each<[string, Expected[]]>([
    ['We could reduce the amount you owe by 35% for a single payment.', [{ kind: 'settlement', settlementRatio: 0.65 }]],
    ["We'd be happy to settle this balance for 45 percent.", [{ kind: 'settlement', settlementRatio: 0.45 }]],
    ['Pay £900 by the 31st and we will treat the account as closed.', [{ kind: 'settlement', settlementAmount: 90000, currency: 'GBP', deadline: '2025-03-31' }]],
    ['你一次过还HK$15,000就可以清数。', [{ kind: 'settlement', settlementAmount: 1500000, currency: 'HKD' }]],
    // a plan's rate stays with the plan when a lump sum is the other option
    ["It's 10 months at 2.5% APR or settle at 40% of the balance.", [{ kind: 'amortized', periods: 10, annualRate: 0.025 }, { kind: 'settlement', settlementRatio: 0.4 }]],
  ])('%s', (t, want) => expect(parse(t)).toEqual(want));
});

describe('no offer', () => {
  it.each([
    // the customer's proposal runs on past its first clause
    '你刚才说想分48期，每个月还600，这个要申请一下。',
    // a Cantonese refusal
    '三折清数我哋批唔到。',
    // a plan the person is already on
    'You are already on a hardship plan at 4% APR with 10 payments left to go.',
    // a first payment required before a plan, with no terms
    '停息挂账得你先付一部分，多少还要等审批。',
  ])('%s', (t) => expect(parse(t)).toEqual([]));
});

describe('still an offer', () => {
  it.each<[string, Expected[]]>([
    // the agent answers the quoted proposal with terms of its own
    ['您说想分36期，我们这边可以给您分24期，每期手续费0.6%。', [{ kind: 'installment', periods: 24, monthlyFeeRate: 0.006 }]],
    // 跟您说 is the agent telling, not the customer's words quoted
    ['跟您说一下，可以分12期，每期手续费0.6%。', [{ kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }]],
    // a required first payment with a figure is a down payment
    ['需要您先还3000元，剩下的分12期。', [{ kind: 'installment', downPayment: 300000, currency: 'CNY', periods: 12 }]],
  ])('%s', (t, want) => expect(parse(t)).toEqual(want));
});

// The second fresh set is spent: after the fixes above it scores every field and every line right. It stays as a
// floor so a later change that loses any of these wordings shows up.
describe('second fresh set (spent as a held-out figure)', () => {
  it('keeps its post-fix figures', async () => {
    const { scoreFreshSecond } = await import('./corpus/general/fresh-second');
    const s = scoreFreshSecond();
    expect(s.misses.map((m) => m.id)).toEqual([]);
    expect(s.overall.f1).toBeGreaterThanOrEqual(1);
    expect(s.falseOffers).toBe(0);
  });
});
