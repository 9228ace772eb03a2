/**
 * Numbers as agents write them: Arabic with thousands separators, Chinese numerals (一万二千, 二十四, 两万, 零点六,
 * financial 壹贰叁), colloquial abbreviations (一万二 = 12 000, 3千5 = 3 500, 1万2 = 12 000), mixed forms (1.2万) and
 * English number words. The scanner is one linear pass; classification by surrounding words happens elsewhere.
 */

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 亿: 1e8 };

export const CN_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

type Item = { n: number; cn: boolean } | { u: number } | { zero: true };

/** Longest numeral we try to evaluate; longer runs are noise (or an attack) and yield NaN. */
const MAX_NUMERAL = 32;

function items(s: string): Item[] | null {
  const out: Item[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if ((ch >= '0' && ch <= '9') || ch === '.') {
      let j = i;
      while (j < s.length && ((s[j]! >= '0' && s[j]! <= '9') || s[j] === '.' || s[j] === ',')) j++;
      const n = Number(s.slice(i, j).replace(/,/g, ''));
      if (!Number.isFinite(n)) return null;
      out.push({ n, cn: false });
      i = j;
      continue;
    }
    if (ch === '点') {
      // 零点六, 一点二万: the fraction digits belong to the number before the point.
      const prev = out[out.length - 1];
      let j = i + 1;
      let frac = '';
      while (j < s.length && CN_DIGIT[s[j]!] !== undefined) frac += String(CN_DIGIT[s[j++]!]);
      if (frac === '') return null;
      const whole = prev && 'n' in prev ? prev.n : prev && 'zero' in prev ? 0 : null;
      if (whole === null) return null;
      if (prev && 'n' in prev) out.pop();
      else if (prev && 'zero' in prev) out.pop();
      out.push({ n: Number(`${whole}.${frac}`), cn: false });
      i = j;
      continue;
    }
    if (ch === '零' || ch === '〇') {
      out.push({ zero: true });
      i++;
      continue;
    }
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      out.push({ n: d, cn: true });
      i++;
      continue;
    }
    const u = CN_UNIT[ch];
    if (u !== undefined) {
      out.push({ u });
      i++;
      continue;
    }
    return null;
  }
  return out;
}

/**
 * Value of a numeral written with Chinese digits and/or units, Arabic digits, or a mix. Returns NaN when the string is
 * not a numeral. A digit after the last unit without a 零 is the colloquial abbreviation for the next lower place.
 */
export function parseNumeral(raw: string): number {
  const s = raw.trim();
  if (s === '' || s.length > MAX_NUMERAL) return NaN;
  const list = items(s);
  if (!list || list.length === 0) return NaN;
  // Digits only (二零二五, 五五, 55): concatenate.
  if (list.every((it) => !('u' in it))) {
    if (list.length === 1) {
      const only = list[0]!;
      return 'n' in only ? only.n : 0;
    }
    let str = '';
    for (const it of list) {
      if ('zero' in it) str += '0';
      else if ('n' in it && it.cn) str += String(it.n);
      else return NaN; // "3 5" style sequences of Arabic numbers are not one numeral
    }
    return Number(str);
  }
  let result = 0;
  let section = 0;
  let pending: number | null = null;
  let lastUnit = 0;
  let zero = false;
  for (const it of list) {
    if ('zero' in it) {
      zero = true;
      continue;
    }
    if ('n' in it) {
      if (pending !== null) return NaN; // two numbers with no unit between them
      pending = it.n;
      continue;
    }
    const u = it.u;
    if (u < 1e4) {
      section += (pending ?? 1) * u;
    } else {
      if (pending !== null) section += pending;
      if (section === 0) section = 1;
      if (u === 1e8) {
        result = (result + section) * 1e8;
      } else {
        result += section * 1e4;
      }
      section = 0;
    }
    pending = null;
    lastUnit = u;
    zero = false;
  }
  if (pending !== null) section += zero || lastUnit < 10 ? pending : (pending * lastUnit) / 10;
  const v = result + section;
  return Number.isFinite(v) ? v : NaN;
}

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "twelve", "twenty-four", "thirty six" → number; NaN otherwise. */
export function parseEnglishNumber(raw: string): number {
  const parts = raw.toLowerCase().trim().split(/[\s-]+/);
  if (parts.length === 0 || parts.length > 2) return NaN;
  const a = EN_SMALL[parts[0]!];
  if (a === undefined) return NaN;
  if (parts.length === 1) return a;
  const b = EN_SMALL[parts[1]!];
  if (b === undefined || a < 20 || a % 10 !== 0 || b < 1 || b > 9) return NaN;
  return a + b;
}

export interface NumToken {
  start: number;
  end: number;
  value: number;
  /** 'ar' Arabic (possibly with Chinese units: 1.2万, 3千5), 'cn' Chinese numeral, 'en' English word. */
  script: 'ar' | 'cn' | 'en';
  /** Written with a 万/千/百 multiplier (money-like). */
  scaled: boolean;
  /** Written with a decimal point. */
  decimal: boolean;
}

const EN_WORDS =
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine';
const TOKEN = new RegExp(
  `(\\d+(?:,\\d{3})*(?:\\.\\d+)?)|([${CN_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?)|(?<![a-z])((?:${EN_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?)(?![a-z])`,
  'g',
);
/** Characters that form words with a trailing 一 (一次性, 一下, 一定…): 一万一次性 is 10 000 then 一次性. */
const BOUND_AFTER_YI = new Set(['次', '下', '定', '直', '起', '些', '般', '样', '旦', '律', '致', '共', '切', '向', '同', '半', '点', '个', '期', '笔', '年', '天', '周', '月']);
const SCALE_UNITS = new Set(['十', '百', '千', '万', '亿']);

/** Every number in `text` (already normalised), in order. Linear: one regex pass plus bounded extensions. */
export function scanNumbers(text: string): NumToken[] {
  const out: NumToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    if (m[1] !== undefined) {
      // Arabic, optionally continued by Chinese place units and more Arabic digits: 1.2万, 3千5, 1万2千.
      let j = end;
      let scaled = false;
      while (j < text.length && j - start < MAX_NUMERAL) {
        const ch = text[j]!;
        if (SCALE_UNITS.has(ch)) {
          // 万分之 is a fraction word, not a multiplier
          if (ch === '万' && text.startsWith('分之', j + 1)) break;
          scaled = true;
          j++;
          continue;
        }
        if (scaled && ch >= '0' && ch <= '9') {
          while (j < text.length && text[j]! >= '0' && text[j]! <= '9') j++;
          continue;
        }
        break;
      }
      const raw = text.slice(start, j);
      const value = raw.length > MAX_NUMERAL ? NaN : scaled ? parseNumeral(raw) : Number(m[1].replace(/,/g, ''));
      end = j;
      TOKEN.lastIndex = j;
      out.push({ start, end, value, script: 'ar', scaled, decimal: raw.includes('.') });
      continue;
    }
    if (m[2] !== undefined) {
      let raw = m[2];
      // Trim a trailing 一 that starts a word (一万一次性 → 一万 + 一次性) and a leading one that ends one (统一).
      if (raw.length > 1 && raw.endsWith('一') && BOUND_AFTER_YI.has(text[end] ?? '')) {
        raw = raw.slice(0, -1);
        end -= 1;
        TOKEN.lastIndex = end;
      }
      if (raw.length > MAX_NUMERAL) {
        out.push({ start, end, value: NaN, script: 'cn', scaled: false, decimal: false });
        continue;
      }
      const scaled = /[十百千万亿拾佰仟]/.test(raw) && /[百千万亿佰仟]/.test(raw);
      out.push({ start, end, value: parseNumeral(raw), script: 'cn', scaled, decimal: raw.includes('点') });
      continue;
    }
    if (m[3] !== undefined) {
      start = m.index;
      out.push({ start, end, value: parseEnglishNumber(m[3]), script: 'en', scaled: false, decimal: false });
    }
  }
  return out;
}
