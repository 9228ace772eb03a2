import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseIndexAt, normalize, segment } from '../../lib/negotiate/parse/text';

describe('normalize', () => {
  it.each([
    ['分２４期，手续费０．７５％', '分24期,手续费0.75%'],
    ['￥12,000', '¥12,000'],
    ['APR 9.9%', 'apr 9.9%'],
    ['USD　900', 'usd 900'],
    ['可以為您辦理分24期，違約金全額減免', '可以为您办理分24期,违约金全额减免'],
    ['We’ll waive it', "we'll waive it"],
    ['12–24', '12-24'],
  ])('%s → %s', (input, output) => {
    expect(normalize(input)).toBe(output);
  });

  it('keeps every offset: the output has the input length, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(normalize(s).length).toBe(s.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('segment', () => {
  const clauses = (s: string) => {
    const text = normalize(s);
    const seg = segment(text);
    return seg.clauses.map((c) => [c.sentence, text.slice(c.start, c.end).trim()]);
  };

  it.each<[string, Array<[number, string]>]>([
    ['分12期，每期0.6%。违约金减免。', [[0, '分12期,'], [0, '每期0.6%。'], [1, '违约金减免。']]],
    ['A plan at 9.9% APR. Late fees waived.', [[0, 'a plan at 9.9% apr.'], [1, 'late fees waived.']]],
    ['Pay $3,500, or 12 months', [[0, 'pay $3,500,'], [0, 'or 12 months']]],
    ['You can choose 6, 9 or 12 months', [[0, 'you can choose 6, 9 or 12 months']]],
    ['We cannot waive it but we can do 36 months', [[0, 'we cannot waive it'], [0, 'but we can do 36 months']]],
    ['违约金不能减免但可以分12期', [[0, '违约金不能减免'], [0, '但可以分12期']]],
    ['Settlement offer: £1,850 (approx. 35% of balance)', [[0, 'settlement offer: £1,850 ('], [0, 'approx. 35% of balance)']]],
    ['Option A; Option B', [[0, 'option a;'], [1, 'option b']]],
  ])('%s', (s, expected) => {
    expect(clauses(s)).toEqual(expected);
  });

  it('covers the text with disjoint clauses in order, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), (s) => {
        const seg = segment(normalize(s));
        let pos = 0;
        for (const c of seg.clauses) {
          expect(c.start).toBe(pos);
          pos = c.end;
        }
        if (s.length > 0) expect(pos).toBe(s.length);
        for (let i = 0; i < s.length; i++) expect(clauseIndexAt(seg.clauses, i)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
