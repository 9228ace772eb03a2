import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Currency, Offer } from '../../lib/negotiate/types';
import { PHRASEBOOK, VARIABLES, VAR_NAMES, renderPhrase, resolveContext, type Lang, type PhraseContext } from '../../lib/phrasing/index';
import { renderTemplate } from '../../lib/phrasing/template';
import * as fmt from '../../lib/phrasing/format';
import { BUDGET, DEBT_CN, DEBT_UK, DEBT_US, LEAKS, fullContext } from './fixtures';

const LANGS: Lang[] = ['zh', 'en'];

describe('rendering every phrase', () => {
  for (const lang of LANGS) {
    it(`${lang}: with an empty context each phrase is left out or reads cleanly`, () => {
      let rendered = 0;
      for (const p of PHRASEBOOK) {
        const r = renderPhrase(p, { lang });
        if (r === null) continue;
        rendered++;
        expect(r.text, p.id).not.toMatch(LEAKS);
        expect(r.text.trim(), p.id).toBe(r.text);
        expect(r.text.length, p.id).toBeGreaterThan(5);
      }
      // Most of the book needs no data at all: the panel is useful before the profile is filled in.
      expect(rendered).toBeGreaterThan(PHRASEBOOK.length / 2);
    });

    it(`${lang}: with a full context every phrase renders with nothing missing`, () => {
      const ctx = fullContext(lang);
      for (const p of PHRASEBOOK) {
        const r = renderPhrase(p, ctx);
        expect(r, p.id).not.toBeNull();
        expect(r?.missing, p.id).toEqual([]);
        expect(r?.text, p.id).not.toMatch(LEAKS);
      }
    });
  }

  it('the full fixture really defines every variable for every rung', () => {
    for (const lang of LANGS) {
      const r = resolveContext(fullContext(lang));
      for (const rung of ['opening', 'target', 'walkAway'] as const) {
        for (const v of VAR_NAMES) expect(r.values[rung][v], `${lang}/${rung}/${v}`).toBeTruthy();
      }
    }
  });

  it('a phrase with an unknown required variable is left out; one with a fallback uses it and reports it missing', () => {
    const needsPeriods = PHRASEBOOK.find((p) => p.id === 'proposal.instalments');
    const fallsBack = PHRASEBOOK.find((p) => p.id === 'proposal.cannot-pay-all');
    expect(needsPeriods && renderPhrase(needsPeriods, { lang: 'zh' })).toBeNull();
    const r = fallsBack && renderPhrase(fallsBack, { lang: 'en' });
    expect(r?.text).toContain(VARIABLES.balance.fallback.en);
    expect(r?.missing).toEqual(['balance']);
  });

  it('`requires` overrides a fallback when the sentence states the figure as fact', () => {
    const p = PHRASEBOOK.find((x) => x.id === 'breakdown.check-total');
    expect(p?.requires).toContain('balance');
    expect(p && renderPhrase(p, { lang: 'zh' })).toBeNull();
    expect(p && renderPhrase(p, { lang: 'zh', profile: { debt: DEBT_CN } })?.text).toContain('¥54,700.00');
  });
});

describe('template syntax', () => {
  it('optional parts appear only when all their variables are known', () => {
    const t = '谢谢[，{agentName}（工号{agentId}）]。';
    expect(renderTemplate(t, { agentName: '王芳', agentId: 'A1' }, 'zh').text).toBe('谢谢，王芳（工号A1）。');
    const half = renderTemplate(t, { agentName: '王芳' }, 'zh');
    expect(half.text).toBe('谢谢。');
    expect(half.missing).toEqual(['agentId']);
  });

  it('English seams are tidied when an optional part drops out', () => {
    expect(renderTemplate('Thanks[, {agentName}] .', {}, 'en').text).toBe('Thanks.');
  });

  it('an unknown variable name blocks rendering instead of leaking', () => {
    const r = renderTemplate('pay {nonsense} now', {}, 'en');
    expect(r.text).toBeNull();
  });

  it('blank values count as unknown', () => {
    expect(renderTemplate('我是{agentName}', { agentName: '  ' }, 'zh').text).toBeNull();
  });
});

describe('formatting', () => {
  it('money is shown per currency with grouping and two decimals, in both languages', () => {
    expect(fmt.money(123456, 'CNY', 'zh')).toBe('¥1,234.56');
    expect(fmt.money(123456, 'CNY', 'en')).toBe('¥1,234.56');
    expect(fmt.money(123456, 'USD', 'en')).toBe('$1,234.56');
    expect(fmt.money(123456, 'GBP', 'en')).toBe('£1,234.56');
    expect(fmt.money(5, 'USD', 'en')).toBe('$0.05');
    for (const bad of [NaN, Infinity, -1, 1.5]) expect(fmt.money(bad, 'CNY', 'zh')).toBeUndefined();
  });

  it('rates, shares, counts and dates', () => {
    expect(fmt.rate(0.006)).toBe('0.6%');
    expect(fmt.rate(0.0075)).toBe('0.75%');
    expect(fmt.rate(NaN)).toBeUndefined();
    expect(fmt.percent(0.55)).toBe('55%');
    expect(fmt.percent(1.5)).toBeUndefined();
    expect(fmt.count(24)).toBe('24');
    expect(fmt.count(0)).toBeUndefined();
    expect(fmt.date('2025-03-05', 'zh')).toBe('2025年3月5日');
    expect(fmt.date('2025-03-05', 'en')).toBe('5 March 2025');
    expect(fmt.date('2025-02-30', 'en')).toBeUndefined();
    expect(fmt.date('next Tuesday', 'zh')).toBeUndefined();
  });

  it('page-supplied names are one clean line without template syntax', () => {
    expect(fmt.text('  {王芳}\n ')).toBe('王芳');
    expect(fmt.text('undefined')).toBeUndefined();
  });

  it('money in phrases follows the debt currency', () => {
    const p = PHRASEBOOK.find((x) => x.id === 'breakdown.check-total');
    if (!p) throw new Error('phrase missing');
    expect(renderPhrase(p, { lang: 'en', profile: { debt: DEBT_US } })?.text).toContain('$9,226.16');
    expect(renderPhrase(p, { lang: 'en', profile: { debt: DEBT_UK } })?.text).toContain('£4,606.00');
  });
});

describe('rendering never leaks, whatever the context (property)', () => {
  const money = fc.oneof(fc.integer({ min: 0, max: 1e10 }), fc.constantFrom(NaN, -5, Infinity, 0.5));
  const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const currency = fc.constantFrom<Currency>('CNY', 'USD', 'GBP', 'EUR', 'HKD');
  const offer: fc.Arbitrary<Offer> = fc.record(
    {
      kind: fc.constantFrom('installment', 'amortized', 'interest-frozen', 'settlement', 'deferral'),
      currency: maybe(currency),
      periods: maybe(fc.oneof(fc.integer({ min: -2, max: 120 }), fc.constant(NaN))),
      monthlyFeeRate: maybe(fc.double({ min: 0, max: 0.05, noNaN: false })),
      annualRate: maybe(fc.double({ min: 0, max: 0.4 })),
      amount: maybe(money),
      monthlyPayment: maybe(money),
      settlementAmount: maybe(money),
      settlementRatio: maybe(fc.double({ min: 0, max: 1.2 })),
      settlementInstallments: maybe(fc.integer({ min: 1, max: 6 })),
      downPayment: maybe(money),
      deadline: maybe(fc.constantFrom('2025-01-31', '2025-13-01', 'soon')),
      feeCollection: maybe(fc.constantFrom('per-period', 'upfront')),
    },
    { requiredKeys: ['kind'] },
  ) as fc.Arbitrary<Offer>;
  const ctx: fc.Arbitrary<PhraseContext> = fc.record(
    {
      lang: fc.constantFrom<Lang>('zh', 'en'),
      profile: maybe(
        fc.record({
          debt: maybe(fc.constantFrom(DEBT_CN, DEBT_US, DEBT_UK)),
          budget: maybe(fc.oneof(fc.constant(BUDGET), fc.constant({ monthlyIncome: 0, essentialSpending: 10, otherDebtPayments: 0, cashNow: 0 }))),
          hardship: maybe(fc.oneof(fc.constantFrom('illness', 'unemployment', 'caregiving'), fc.string())),
        }),
      ),
      offer: maybe(offer),
      counter: maybe(fc.record({ opening: maybe(offer), target: maybe(offer), walkAway: maybe(offer) })),
      agent: maybe(fc.record({ name: maybe(fc.string()), id: maybe(fc.string()) })),
      bank: maybe(fc.string()),
      referenceNo: maybe(fc.string()),
      dates: maybe(fc.record({ payment: maybe(fc.string()), followUp: maybe(fc.constantFrom('2025-05-01', 'x')) })),
    },
    { requiredKeys: ['lang'] },
  );

  it('no placeholder, NaN or undefined in any rendered phrase', () => {
    fc.assert(
      fc.property(ctx, (c) => {
        const r = resolveContext(c);
        for (const p of PHRASEBOOK) {
          const out = renderPhrase(p, r);
          if (out) expect(out.text, p.id).not.toMatch(/[{}[\]]|undefined|NaN|Infinity/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
