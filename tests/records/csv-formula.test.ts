/** CSV injection: any cell a spreadsheet could read as a formula is written as text (leading apostrophe). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, looksLikeFormula } from '../../lib/records/export/escape';

/** The cell's value as a spreadsheet reads it back (RFC 4180 unquoting). */
function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}
const neutralised = (text: string) => unquote(csvCell(text)) === `'${text}`;

describe('CSV formula guard', () => {
  it.each([
    ['ASCII =', '=1+1'],
    ['ASCII +', '+86 138 0000 0000'],
    ['ASCII -', '-2+3'],
    ['ASCII @', '@SUM(A1:A2)'],
    ['full-width ＝', '＝HYPERLINK("http://evil.example","x")'],
    ['full-width ＋', '＋1+1'],
    ['full-width －', '－1+1'],
    ['full-width ＠', '＠SUM(A1)'],
    ['small form ﹦', '﹦1+1'],
    ['small form ﹢', '﹢1'],
    ['small form ﹣', '﹣1'],
    ['small form ﹫', '﹫SUM(A1)'],
    ['superscript ⁼', '⁼1+1'],
    ['subscript ₊', '₊1'],
    ['tab first', '\t=1+1'],
    ['CR first', '\r=1+1'],
    ['LF first', '\n=1+1'],
    ['tab alone first', '\tplain'],
    ['space before =', ' =1+1'],
    ['spaces before full-width ＝', '   ＝1+1'],
    ['ideographic space before =', '\u3000=1+1'],
    ['NBSP before +', '\u00a0+1'],
    ['BOM before =', '\ufeff=1+1'],
    ['zero-width space before @', '\u200b@SUM(A1)'],
    ['bidi mark before -', '\u200f-1+1'],
    ['＝ with a combining mark that NFKC would compose into ≠', '＝\u0338cmd'],
    ['DDE payload', '=cmd|\' /C calc\'!A0'],
  ])('%s is neutralised', (_, text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutralised(text)).toBe(true);
  });

  it.each([
    ['plain Chinese', '您好，请问有什么可以帮您'],
    ['equals inside', 'a=b'],
    ['full-width digit first', '５０００元'],
    ['full-width letter first', 'ＡＢＣ'],
    ['empty', ''],
    ['only spaces', '   '],
    ['apostrophe first', "'=1"],
    ['not-equal sign', '≠ 1'],
  ])('%s is left as it is', (_, text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(unquote(csvCell(text))).toBe(text);
  });

  it('every code point that NFKC folds onto = + - @ is caught, alone or after invisible padding', () => {
    const starts: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      if (/^[=+\-@]/.test(ch.normalize('NFKC'))) starts.push(ch);
    }
    // The four ASCII signs and at least their full-width and small forms, so the sweep cannot be vacuous.
    expect(starts.length).toBeGreaterThanOrEqual(16);
    const pads = ['', ' ', '\u3000', '\u00a0 ', '\ufeff', '\u200b\u200d', '\u2028'];
    for (const ch of starts) for (const pad of pads) expect(neutralised(`${pad}${ch}1+1`), `U+${ch.codePointAt(0)!.toString(16)} after ${JSON.stringify(pad)}`).toBe(true);
  });

  it('property: padding never hides a formula sign, and a neutralised cell reads back as the original text', () => {
    const pad = fc.constantFrom(' ', '\t', '\u3000', '\u00a0', '\ufeff', '\u200b', '\u200e', '\u0301');
    const sign = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '⁼');
    fc.assert(
      fc.property(fc.array(pad, { maxLength: 4 }), sign, fc.string({ maxLength: 30 }), (pads, s, tail) => {
        const text = `${pads.join('')}${s}${tail}`;
        expect(neutralised(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers stay numbers', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});
