import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARSE_LENGTH, parseOffer, parseOfferOrThrow } from '../../lib/negotiate/parse/index';
import type { Offer, OfferField } from '../../lib/negotiate/types';
import { corpus, NOW } from './corpus/offers';
import { stripSpans } from './corpus/score';

const parse = (text: string, opts: Parameters<typeof parseOffer>[1] = {}) => parseOffer(text, opts).map(stripSpans);

const KINDS = new Set(['installment', 'amortized', 'interest-frozen', 'settlement', 'deferral']);
const WAIVERS = new Set(['penalty', 'late-fee', 'interest', 'fee']);
const MONEY = ['amount', 'settlementAmount', 'downPayment', 'monthlyPayment'] as const;

/** What every parsed offer must satisfy, whatever the input. */
function checkOffer(o: Offer, text: string) {
  expect(KINDS.has(o.kind)).toBe(true);
  if (o.periods !== undefined) expect(Number.isInteger(o.periods) && o.periods >= 1 && o.periods <= 120).toBe(true);
  for (const f of MONEY) {
    const v = o[f];
    if (v !== undefined) expect(Number.isSafeInteger(v) && v > 0).toBe(true);
  }
  if (o.monthlyFeeRate !== undefined) expect(o.monthlyFeeRate >= 0 && o.monthlyFeeRate <= 0.1).toBe(true);
  if (o.totalFeeRate !== undefined) expect(o.totalFeeRate >= 0 && o.totalFeeRate <= 1).toBe(true);
  if (o.annualRate !== undefined) expect(o.annualRate >= 0 && o.annualRate <= 1).toBe(true);
  if (o.dailyRate !== undefined) expect(o.dailyRate >= 0 && o.dailyRate <= 0.01).toBe(true);
  if (o.settlementRatio !== undefined) expect(o.settlementRatio > 0 && o.settlementRatio < 1).toBe(true);
  if (o.deadline !== undefined) expect(o.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (o.waives !== undefined) {
    expect(o.waives.length).toBeGreaterThan(0);
    for (const w of o.waives) expect(WAIVERS.has(w)).toBe(true);
    expect(new Set(o.waives).size).toBe(o.waives.length);
  }
  for (const spans of Object.values(o.spans ?? {})) {
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.text).toBe(text.slice(s.start, s.end));
    }
  }
}

describe('parseOffer: what a settlement ratio is a share of', () => {
  it.each<[string, 'principal' | undefined]>([
    ['一次性结清只需还本金的七成', 'principal'],
    ['可以按本金的85%一次性结清', 'principal'],
    ['结清金额为本金之六成', 'principal'],
    ['We can settle for 60% of the principal', 'principal'],
    ['we would accept 55 percent of your principal as a full settlement', 'principal'],
    ['一次性结清只需还欠款的七成', undefined],
    ['可以按本息的七成结清', undefined],
    ['可以六折结清', undefined],
    ['We can settle for 60% of the balance', undefined],
    ['We can settle for 60% of the principal and interest', undefined],
  ])('%s → %s', (text, base) => {
    const [offer] = parseOffer(text);
    expect(offer).toMatchObject({ kind: 'settlement' });
    expect(offer!.settlementRatio).toBeGreaterThan(0);
    expect(offer!.settlementBase).toBe(base);
  });
});

describe('parseOffer: the forms the brief names', () => {
  it.each<[string, Partial<Offer>[]]>([
    ['可以给您分二十四期，每期手续费百分之零点六', [{ kind: 'installment', periods: 24, monthlyFeeRate: 0.006 }]],
    ['可以分２４期，每期手续费０．６％', [{ kind: 'installment', periods: 24, monthlyFeeRate: 0.006 }]],
    ['分24期，手续费千分之六每期', [{ kind: 'installment', periods: 24, monthlyFeeRate: 0.006 }]],
    ['借呗可以帮您分12期，日息万五', [{ kind: 'amortized', periods: 12, dailyRate: 0.0005 }]],
    ['分36期，年化利率12%', [{ kind: 'amortized', periods: 36, annualRate: 0.12 }]],
    ['可以分3年还清', [{ kind: 'installment', periods: 36 }]],
    ['We can do a 2-year plan', [{ kind: 'installment', periods: 24 }]],
    ['12/24/36期可选', [{ periods: 12 }, { periods: 24 }, { periods: 36 }]],
    ['We can offer either 12 months at 0.5% or 24 at 0.7%', [{ periods: 12, monthlyFeeRate: 0.005 }, { periods: 24, monthlyFeeRate: 0.007 }]],
    ['可以六折结清', [{ kind: 'settlement', settlementRatio: 0.6 }]],
    ['打五五折一次性结清', [{ kind: 'settlement', settlementRatio: 0.55 }]],
    ['一次性结清只需还本金的七成', [{ kind: 'settlement', settlementRatio: 0.7 }]],
    ['We can settle for 60%', [{ kind: 'settlement', settlementRatio: 0.6 }]],
    ['Pay 6,000 to close the account', [{ kind: 'settlement', settlementAmount: 600000 }]],
    ['欠款一万二千元，一次性还一万元结清', [{ kind: 'settlement', settlementAmount: 1000000, currency: 'CNY' }]],
    ['一次性结清只还1.2万', [{ kind: 'settlement', settlementAmount: 1200000 }]],
    ['一次性还3千5就可以结清', [{ kind: 'settlement', settlementAmount: 350000 }]],
    ['只需还两万块钱一次性结清', [{ kind: 'settlement', settlementAmount: 2000000, currency: 'CNY' }]],
    ['¥12,000.00 可以分12期', [{ amount: 1200000, currency: 'CNY' }]],
    ['￥12000分12期', [{ amount: 1200000, currency: 'CNY' }]],
    ['we would accept $3,500 as full and final settlement', [{ settlementAmount: 350000, currency: 'USD' }]],
    ['we would accept US$3,500 to settle', [{ settlementAmount: 350000, currency: 'USD' }]],
    ['we would accept USD 3,500 to settle', [{ settlementAmount: 350000, currency: 'USD' }]],
    ['we would accept £1.2k to settle', [{ settlementAmount: 120000, currency: 'GBP' }]],
    ['we would accept 900 GBP to settle', [{ settlementAmount: 90000, currency: 'GBP' }]],
    ['we would accept 3.5 thousand dollars to settle', [{ settlementAmount: 350000, currency: 'USD' }]],
    ['一次性还RMB 6,000结清', [{ settlementAmount: 600000, currency: 'CNY' }]],
    ['一次性还CNY6000结清', [{ settlementAmount: 600000, currency: 'CNY' }]],
    ['一次性还6000块结清', [{ settlementAmount: 600000, currency: 'CNY' }]],
    ['分12期，减免违约金', [{ periods: 12, waives: ['late-fee'] }]],
    ['分12期，免罚息', [{ periods: 12, waives: ['penalty'] }]],
    ['分12期，免年费和手续费', [{ periods: 12, waives: ['fee'] }]],
    ['停息挂账，分60期', [{ kind: 'interest-frozen', periods: 60 }]],
    ['延期3个月还款，期间停息', [{ kind: 'deferral', periods: 3, waives: ['interest'] }]],
    ['A 12-month plan, and we will waive late fees', [{ periods: 12, waives: ['late-fee'] }]],
    ['A 12-month plan with the penalty APR removed', [{ periods: 12, waives: ['penalty'] }]],
    ['We can stop charging interest and take $200 a month', [{ kind: 'interest-frozen', monthlyPayment: 20000, currency: 'USD' }]],
    ['等额本息分24期', [{ kind: 'amortized', periods: 24 }]],
    ['分24期，手续费一次性收取', [{ periods: 24, feeCollection: 'upfront' }]],
    ['分24期，手续费分期收取', [{ periods: 24, feeCollection: 'per-period' }]],
    // a withdrawal that is only a condition of the live offer leaves it standing; cancelling a fee is a waiver
    ['分期24期每期手续费0.6%，逾期将取消方案。', [{ periods: 24, monthlyFeeRate: 0.006 }]],
    ['We can cancel the late fees and set up 12 payments of $85.', [{ periods: 12, monthlyPayment: 8500, waives: ['late-fee'] }]],
  ])('%s', (text, expected) => {
    const got = parseOffer(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  it.each([
    '您目前欠款共计12000元',
    '您说想分60期是吗',
    '最长可以分60期',
    '我行规定个性化分期最长不超过60期',
    '您上个月申请的12期方案已经过期了',
    'That offer expired last week.',
    'The 12-month plan at $85 a month was withdrawn after the missed payment.',
    "We've cancelled the $85 a month arrangement.",
    '原定的分期方案已取消，每月500元的安排不再有效。',
    '请问您想分几期？',
    '您好，很高兴为您服务！',
    'Hello, how can I help?',
    '我们无法为您办理分期',
    'We are unable to offer a payment plan.',
    '您的最低还款额为1200元，请于3月20日前还款',
    '逾期将按日息万分之五计收罚息',
    '分期手续费低至0.3%',
  ])('%s → no offer', (text) => {
    expect(parseOffer(text, { now: NOW })).toEqual([]);
  });
});

describe('options', () => {
  it('opts.currency labels bare amounts; a currency in the text wins', () => {
    expect(parse('Pay 6,000 to close the account')).toEqual([{ kind: 'settlement', settlementAmount: 600000 }]);
    expect(parse('Pay 6,000 to close the account', { currency: 'GBP' })[0]?.currency).toBe('GBP');
    expect(parse('Pay $6,000 to close the account', { currency: 'CNY' })[0]?.currency).toBe('USD');
    expect(parse('分12期，每期0.6%', { currency: 'CNY' })[0]?.currency).toBeUndefined(); // no money in the offer
  });

  it('opts.balance turns a reduction into a settlement, and a full payment into none', () => {
    expect(parse('We can take $1,500 off if you pay the rest')).toEqual([]);
    expect(parse('We can take $1,500 off if you pay the rest', { balance: 900000 })).toEqual([
      { kind: 'settlement', settlementAmount: 750000, currency: 'USD' },
    ]);
    expect(parse('可以减免3000元，剩余部分一次性还清', { balance: 1200000 })).toEqual([{ kind: 'settlement', settlementAmount: 900000, currency: 'CNY' }]);
    expect(parse('Pay $9,000 to close the account', { balance: 900000 })).toEqual([]);
    expect(parse('Pay $6,000 to close the account', { balance: 900000 })).toEqual([{ kind: 'settlement', settlementAmount: 600000, currency: 'USD' }]);
  });

  it('opts.now resolves relative deadlines and drops offers whose deadline has passed', () => {
    const text = '一次性还款8000元结清，本月25日前有效';
    expect(parse(text)).toEqual([{ kind: 'settlement', settlementAmount: 800000, currency: 'CNY' }]);
    expect(parse(text, { now: NOW })[0]?.deadline).toBe('2025-03-25');
    expect(parse('一次性还款8000元结清，2025年3月1日前有效')[0]?.deadline).toBe('2025-03-01');
    expect(parse('一次性还款8000元结清，2025年3月1日前有效', { now: NOW })).toEqual([]);
    expect(parse(text, { now: new Date(Number.NaN) })[0]?.deadline).toBeUndefined();
  });

  it('ignores malformed options instead of throwing', () => {
    const bad = { currency: 'XYZ', balance: Number.NaN, now: 'tomorrow' } as unknown as Parameters<typeof parseOffer>[1];
    expect(parse('Pay 6,000 to close the account', bad)).toEqual([{ kind: 'settlement', settlementAmount: 600000 }]);
    expect(parseOffer('分12期', null as unknown as undefined)).toHaveLength(1);
  });
});

describe('spans', () => {
  it('point at the figures in the original text, full-width forms included', () => {
    const text = '可以分３６期，每期手续费０．７５％，违约金全免。';
    const [o] = parseOffer(text);
    expect(o?.spans?.periods?.[0]?.text).toBe('３６期');
    expect(o?.spans?.monthlyFeeRate?.[0]?.text).toBe('０．７５％');
    expect(o?.spans?.waives?.[0]?.text).toBe('违约金');
    expect(o?.spans?.kind?.[0]?.text).toBe('３６期');
  });

  it('cover every stated field of every corpus offer, with text equal to the slice', () => {
    for (const e of corpus) {
      for (const o of parseOffer(e.text, e.opts)) {
        checkOffer(o, e.text);
        for (const f of Object.keys(stripSpans(o)) as OfferField[]) {
          // No span of their own: how a fee is collected, part counts, the package links and the agent's rounding.
          if (['feeCollection', 'settlementInstallments', 'afterDeferral', 'leadsPlan', 'approximate'].includes(f)) continue;
          // A share paid first and a partial waiver are spanned under the field they qualify.
          if (f === ('downPaymentRatio' as OfferField)) f2check(o, 'downPayment', e.id);
          else if (f === ('waivesPart' as OfferField)) f2check(o, 'waives', e.id);
          if (f === ('downPaymentRatio' as OfferField) || f === ('waivesPart' as OfferField)) continue;
          if (f === 'currency' && e.opts?.currency && !/[$¥￥£€元块]|rmb|cny|usd|gbp|hkd|dollar|pound/i.test(e.text)) continue;
          expect(o.spans?.[f]?.length, `${e.id} ${f}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

function f2check(o: { spans?: Partial<Record<OfferField, unknown[]>> }, field: OfferField, id: string) {
  expect(o.spans?.[field]?.length, `${id} ${field}`).toBeGreaterThan(0);
}

describe('robustness', () => {
  const fragments = [
    '分', '12', '期', '24', '个月', '年', '每期', '手续费', '0.6', '%', '％', '年化', 'APR', '日息', '万五', '千分之', '六', '折', '成',
    '一次性', '结清', '还', '¥', '$', '£', '元', '1,200', '1.2万', '3千5', '两万', '减免', '违约金', '罚息', '免', '停息挂账', '延期',
    '天', '内', '前', '本月', '25日', 'within', '14 days', 'by March 31', 'settle', 'for', '60%', 'of the balance', 'waive', 'late fees',
    'or', '或者', '，', '。', '；', ' ', '\n', '但是', 'but', '您说', '最长', '无法', '过期', '😀', '\u0000', '\uD800', '9'.repeat(40),
  ];

  it('never throws and returns well-formed offers for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const out = parseOfferOrThrow(s, { now: NOW, balance: 1_000_000 });
        expect(Array.isArray(out)).toBe(true);
        for (const o of out) checkOffer(o, s);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on shuffled offer vocabulary, with and without options', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 60 }), fc.boolean(), (parts, withOpts) => {
        const s = parts.join('');
        const out = parseOfferOrThrow(s, withOpts ? { now: NOW, balance: 500_000, currency: 'CNY' } : undefined);
        for (const o of out) checkOffer(o, s);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles huge numbers, non-strings and empty input', () => {
    expect(parseOffer('分999999999999999999999999期，¥99999999999999999999999')).toEqual([]);
    expect(parseOffer('９９９９９９９９９９９９９９９９９９９９９９元一次性结清')).toEqual([]);
    for (const o of parseOffer('1e400元一次性结清')) checkOffer(o, '1e400元一次性结清');
    expect(parseOffer('')).toEqual([]);
    for (const x of [null, undefined, 42, {}, []]) expect(parseOffer(x as unknown as string)).toEqual([]);
  });

  it('stays fast on long and adversarial input', () => {
    const inputs = [
      '1'.repeat(200_000),
      '1,'.repeat(100_000),
      '12期'.repeat(50_000),
      '万'.repeat(100_000),
      '0.6%'.repeat(50_000),
      'waive the late fees and '.repeat(5_000),
      '分12期，每期手续费0.6%，减免违约金，三天内有效。或者一次性结清八折。'.repeat(5_000),
      '😀'.repeat(100_000),
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      const out = parseOfferOrThrow(s, { now: NOW });
      expect(Array.isArray(out)).toBe(true);
      expect(out.length).toBeLessThanOrEqual(12);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
    expect(MAX_PARSE_LENGTH).toBeGreaterThanOrEqual(10_000);
  });

  it('no corpus message needs the safety net', () => {
    for (const e of corpus) expect(() => parseOfferOrThrow(e.text, e.opts)).not.toThrow();
  });

  it('is deterministic', () => {
    for (const e of corpus.slice(0, 40)) expect(parseOffer(e.text, e.opts)).toEqual(parseOffer(e.text, e.opts));
  });
});
