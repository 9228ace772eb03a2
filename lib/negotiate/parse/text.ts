/**
 * Text preparation for the offer parser. Every transformation maps one UTF-16 unit to one UTF-16 unit, so an offset
 * into the normalised text is the same offset into the agent's original message and spans need no remapping.
 */

/** Traditional characters that occur in repayment chats, mapped to the simplified forms the patterns are written in. */
const TRAD =
  '還还為为辦办續续費费違违約约滯滞納纳額额減减萬万億亿兩两個个結结應应總总計计貸贷銀银務务協协議议與与於于後后內内們们這这' +
  '給给幫帮請请問问說说現现錢钱塊块員员號号帳账賬账戶户準准處处將将從从會会讓让過过無无條条價价證证審审確确認认優优壓压爭争寬宽' +
  '緩缓暫暂遲迟繳缴罰罚繼继產产筆笔數数點点貳贰參叁陸陆週周掛挂標标餘余項项階阶併并償偿輕轻聯联繫系專专屬属財财擔担風风險险級级' +
  '錄录權权資资機机構构紀纪訊讯網网對对題题離离開开關关閉闭選选擇择種种適适當当時时間间長长體体買买賣卖極极僅仅須须啟启動动' +
  '貨货幣币圓圆負负債债調调紓纾剋克範范圍围額额隨随於于歸归筆笔獲获實实總总顯显減减收收樣样麼么嗎吗們们夠够講讲話话' +
  // Written Cantonese particles with one Mandarin counterpart each (嘅 的, 哋 们, 咗 了): 其餘嘅我哋會豁免 reads as 其余的我们会豁免.
  '嘅的哋们咗了';

const TRAD_MAP: Map<number, number> = (() => {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < TRAD.length; i += 2) m.set(TRAD.charCodeAt(i), TRAD.charCodeAt(i + 1));
  return m;
})();

function mapUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32; // ASCII upper → lower
  if (c >= 0xff01 && c <= 0xff5e) {
    const a = c - 0xfee0; // full-width ASCII block → ASCII
    return a >= 0x41 && a <= 0x5a ? a + 32 : a;
  }
  switch (c) {
    case 0x3000: // ideographic space
    case 0x00a0:
    case 0x2009:
    case 0x202f:
    case 0x2007:
      return 0x20;
    case 0xffe5: // full-width yen
      return 0xa5;
    case 0xffe1: // full-width pound
      return 0xa3;
    case 0x2018:
    case 0x2019:
    case 0x2032:
      return 0x27;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
      return 0x2d;
    case 0x3002: // 。 stays, but the ideographic full stop variant maps to it
    case 0xff61:
      return 0x3002;
    default:
      return TRAD_MAP.get(c) ?? c;
  }
}

/** Lower-case ASCII, half-width digits and punctuation, simplified characters — same length as the input. */
export function normalize(text: string): string {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = mapUnit(c);
    out[i] = m === c ? text[i]! : String.fromCharCode(m);
  }
  return out.join('');
}

export interface Clause {
  start: number;
  end: number;
  sentence: number;
}

export interface Segments {
  clauses: Clause[];
  /** Per sentence: [first clause index, last clause index + 1]. */
  sentences: Array<[number, number]>;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n', '…']);
const CLAUSE_END = new Set(['，', ',', '（', '）', '(', ')', '—', '|']);
/** Contrast words open a new clause: what precedes "but" is often refused, what follows is offered. */
const CONTRAST = /^(?:但是|但|不过|可是|然而|but|however|although|though)(?![a-z])/;
const CONTRAST_FIRST = new Set(['但', '不', '可', '然', 'b', 'h', 'a', 't']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Splits into sentences and clauses. A '.' ends a sentence only before whitespace or the end (so decimals, "approx."
 * mid-sentence aside, stay whole); a ',' between digits is a thousands separator, not a clause break.
 */
export function segment(text: string): Segments {
  const clauses: Clause[] = [];
  const sentences: Array<[number, number]> = [];
  let sentence = 0;
  let clauseStart = 0;
  let sentenceFirstClause = 0;
  const closeClause = (end: number) => {
    if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence });
    clauseStart = end;
  };
  const closeSentence = (end: number) => {
    closeClause(end);
    if (clauses.length > sentenceFirstClause) {
      sentences.push([sentenceFirstClause, clauses.length]);
      for (let k = sentenceFirstClause; k < clauses.length; k++) clauses[k]!.sentence = sentences.length - 1;
      sentence = sentences.length;
    }
    sentenceFirstClause = clauses.length;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SENTENCE_END.has(ch)) {
      closeSentence(i + 1);
      continue;
    }
    if (ch === '.') {
      const next = text[i + 1];
      const prev2 = text.slice(Math.max(0, i - 6), i);
      if ((next === undefined || next === ' ' || next === '\t') && !/(?:approx|e\.g|i\.e|etc|vs|mr|ms|mrs|dr|no)$/.test(prev2)) {
        closeSentence(i + 1);
      }
      continue;
    }
    if (CLAUSE_END.has(ch)) {
      // Thousands separators (3,500) and menus of numbers (6, 9 or 12 months) stay in one clause.
      if ((ch === ',' || ch === '，') && isDigit(text[i - 1]) && (isDigit(text[i + 1]) || (text[i + 1] === ' ' && isDigit(text[i + 2])))) continue;
      closeClause(i + 1);
      continue;
    }
    if (CONTRAST_FIRST.has(ch) && i > clauseStart) {
      const prev = text[i - 1]!;
      const latinStart = ch >= 'a' && ch <= 'z';
      if (latinStart && /[a-z0-9]/.test(prev)) continue;
      const m = CONTRAST.exec(text.slice(i, i + 9));
      if (m) closeClause(i);
    }
  }
  closeSentence(text.length);
  return { clauses, sentences };
}

/** Index of the clause containing `pos` (clauses are sorted and disjoint); -1 when none. */
export function clauseIndexAt(clauses: readonly Clause[], pos: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid]!;
    if (pos < c.start) hi = mid - 1;
    else if (pos >= c.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export const CJK = /[\u3400-\u9fff]/;
