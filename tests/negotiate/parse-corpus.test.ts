import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../lib/negotiate/parse/index';
import { corpus } from './corpus/offers';
import { formatScore, scoreCorpus, stripSpans } from './corpus/score';

describe('offer corpus', () => {
  it('is large and varied enough to mean something', () => {
    const count = (lang: string) => corpus.filter((e) => e.lang === lang).length;
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(count('zh')).toBeGreaterThanOrEqual(75);
    expect(count('en')).toBeGreaterThanOrEqual(60);
    expect(count('mixed')).toBeGreaterThan(0);
    expect(corpus.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((e) => e.text)).size).toBe(corpus.length);
  });

  it.each(corpus.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(parseOffer(e.text, e.opts).map(stripSpans)).toStrictEqual(e.expect);
  });

  it('per-field precision and recall are at least 95 %', () => {
    const score = scoreCorpus(corpus, (e) => parseOffer(e.text, e.opts));
    console.log(formatScore(score, 'offer corpus'));
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.falseOffers).toBe(0);
  });
});

describe('the scorer itself', () => {
  const entry = { id: 't', lang: 'zh' as const, text: '', expect: [{ kind: 'installment' as const, periods: 12, waives: ['fee' as const] }] };

  it('counts a wrong value as a false positive and a false negative', () => {
    const s = scoreCorpus([entry], () => [{ kind: 'installment', periods: 24, waives: ['fee', 'penalty'] }]);
    expect(s.fields.kind).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.fields.periods).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.fields.waives).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.exact).toBe(0);
  });

  it('counts invented offers against precision and missed ones against recall', () => {
    const none = scoreCorpus([entry], () => []);
    expect(none.overall.recall).toBe(0);
    const extra = scoreCorpus([{ ...entry, expect: [] }], () => [{ kind: 'settlement', settlementRatio: 0.5 }]);
    expect(extra.overall.precision).toBe(0);
    expect(extra.falseOffers).toBe(1);
  });
});
