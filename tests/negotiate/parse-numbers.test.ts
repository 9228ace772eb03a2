import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnglishNumber, parseNumeral, scanNumbers } from '../../lib/negotiate/parse/numbers';
import { normalize } from '../../lib/negotiate/parse/text';

describe('parseNumeral: Chinese, Arabic and mixed numerals', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十四', 24],
    ['三十六', 36],
    ['一百', 100],
    ['一百零五', 105],
    ['一百二', 120], // colloquial: the trailing digit is the next lower place
    ['两千五', 2500],
    ['三千五百', 3500],
    ['一千零五十', 1050],
    ['一万', 10000],
    ['一万二', 12000],
    ['一万二千', 12000],
    ['一万零五', 10005],
    ['一万零二百五', 10250],
    ['两万', 20000],
    ['两万五', 25000],
    ['十万', 100000],
    ['一亿二千万', 120000000],
    ['1.2万', 12000],
    ['3千5', 3500],
    ['1万2', 12000],
    ['1万2千', 12000],
    ['12万5千', 125000],
    ['5千', 5000],
    ['零点六', 0.6],
    ['三点五', 3.5],
    ['一点二万', 12000],
    ['五五', 55], // 五五折
    ['七五', 75],
    ['二零二五', 2025],
    ['壹万贰仟', 12000],
    ['叁拾', 30],
    ['12', 12],
    ['12,000', 12000],
    ['0.75', 0.75],
  ])('%s → %d', (raw, value) => {
    expect(parseNumeral(raw)).toBeCloseTo(value, 9);
  });

  it.each(['', 'abc', '点', '期', '3 5', '万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万万'])('%j is not a numeral', (raw) => {
    expect(parseNumeral(raw)).toBeNaN();
  });
});

describe('parseEnglishNumber', () => {
  it.each([
    ['one', 1],
    ['twelve', 12],
    ['twenty', 20],
    ['twenty-four', 24],
    ['thirty six', 36],
    ['ninety-nine', 99],
    ['Sixty', 60],
  ])('%s → %d', (raw, value) => {
    expect(parseEnglishNumber(raw)).toBe(value);
  });

  it.each(['twelve-four', 'hundred', 'a', 'one two three'])('%j → NaN', (raw) => {
    expect(parseEnglishNumber(raw)).toBeNaN();
  });
});

describe('scanNumbers', () => {
  const scan = (s: string) => scanNumbers(normalize(s)).map((t) => ({ text: s.slice(t.start, t.end), value: t.value }));

  it.each<[string, Array<{ text: string; value: number }>]>([
    ['分12期，每期手续费0.6%', [{ text: '12', value: 12 }, { text: '0.6', value: 0.6 }]],
    ['欠款1.2万元', [{ text: '1.2万', value: 12000 }]],
    ['先还3千5', [{ text: '3千5', value: 3500 }]],
    ['$3,500.50 now', [{ text: '3,500.50', value: 3500.5 }]],
    ['分成二十四期', [{ text: '二十四', value: 24 }]],
    ['２４期', [{ text: '２４', value: 24 }]],
    ['twenty-four months', [{ text: 'twenty-four', value: 24 }]],
    ['还一万一次性结清', [{ text: '一万', value: 10000 }, { text: '一', value: 1 }]],
    ['日息万分之五', [{ text: '万', value: 10000 }, { text: '五', value: 5 }]],
    ['someone often', []],
  ])('%s', (s, expected) => {
    expect(scan(s)).toEqual(expected);
  });

  it('gives NaN, never throws, for absurdly long runs', () => {
    const tokens = scanNumbers('9'.repeat(500) + '万'.repeat(200));
    expect(tokens.length).toBeGreaterThan(0);
    expect(() => scanNumbers('1,'.repeat(5000))).not.toThrow();
  });

  it('tokens are disjoint, ordered and inside the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const text = normalize(s);
        let last = 0;
        for (const t of scanNumbers(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
