/** Text helpers shared by the extractors. */

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, ：, ，, （ …) and the ideographic space mapped to ASCII. Every mapped character is one
 * UTF-16 unit on both sides, so offsets into the result are offsets into the original and quotes stay verbatim.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "3", "三", "十五", "二十", "两" → number; anything else (including 百 and above) → undefined. */
export function parseNumber(token: string): number | undefined {
  if (/^\d{1,4}$/.test(token)) return Number(token);
  if (!/^[〇零一二两三四五六七八九十]{1,3}$/.test(token)) return undefined;
  const ten = token.indexOf('十');
  if (ten === -1) return token.length === 1 ? DIGIT[token] : undefined;
  if (token.indexOf('十', ten + 1) !== -1) return undefined;
  const tens = ten === 0 ? 1 : DIGIT[token.slice(0, ten)];
  const ones = ten === token.length - 1 ? 0 : DIGIT[token.slice(ten + 1)];
  if (tens === undefined || ones === undefined || token.slice(0, ten).length > 1 || token.slice(ten + 1).length > 1) return undefined;
  return tens * 10 + ones;
}

/** The number pattern parseNumber understands, for use inside larger regexes. */
export const NUM = '(?:\\d{1,3}|[〇零一二两三四五六七八九十]{1,3})';

export interface Sentence {
  text: string;
  start: number;
}

/** Split on sentence ends (Chinese and English) and line breaks, keeping offsets. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?；;\n]+[。！？!?；;]*/g;
  for (const m of text.matchAll(re)) {
    // English sentences inside one chunk: ". " followed by a capital, but not after "No." / "Ref." abbreviations.
    let start = m.index;
    const parts = m[0].split(/(?<=(?<!\b(?:No|no|Ref|ref|Mr|Ms|Mrs|Dr|St|approx))\.)\s+(?=[A-Z])/);
    for (const p of parts) {
      const at = text.indexOf(p, start);
      if (p.trim()) out.push({ text: p, start: at });
      start = at + p.length;
    }
  }
  return out;
}
