/**
 * A literal prefilter for the cue regexes. Most cues match no given message, yet a regex of fifty alternatives still
 * tries each of them at every position of the text. From a pattern's source we work out, once at module load, a few
 * literal strings one of which every match must contain ("代码|验证码" → 代码, 验证码; "\bpay (it )?in full" → "in full");
 * a text that contains none of them cannot match, so the regex is not run on it. Each text is scanned once for the
 * literals of all the regexes of a gate.
 *
 * The analysis only ever says "cannot match" when that is certain: whatever it does not understand (a backreference,
 * a flag that changes what a letter matches, a character range, a negated class, `.`, `\d`…) counts as "any text", and
 * an alternative, an optional part or a pattern that can match the empty string without a literal makes the whole
 * pattern run on every text. Skipping a regex therefore never changes what test() answers. A regex of several
 * alternatives is also gated alternative by alternative, and test() runs only those the text holds literals of.
 */

/** Literal strings one of which every match contains; null when no such set is known (the regex always runs). */
type Literals = readonly string[] | null;

/** A parsed atom: what it requires, whether it consumes no text (anchors, lookarounds), and its text if a plain character. */
interface Atom {
  literals: Literals;
  zeroWidth: boolean;
  char?: string;
}

/** Thrown by the parser on syntax it does not model; the pattern then always runs. */
class Unsupported extends Error {}

/** Escapes that stand for one fixed character. */
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
const QUANTIFIER_BRACES = /^\{(\d+)(?:,(\d*))?\}/;

class Parser {
  i = 0;
  constructor(private readonly src: string) {}

  /** alternative ('|' alternative)* — a match of the whole matches one of them, so it contains one of their literals. */
  alternation(): Literals {
    const all: string[] = [];
    let known = true;
    for (;;) {
      const lits = this.sequence();
      if (lits === null) known = false;
      else all.push(...lits);
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    return known ? minimal(all) : null;
  }

  /** A run of atoms: a match contains every atom's match, so any one atom's literals will do (the best is kept). */
  private sequence(): Literals {
    const candidates: (readonly string[])[] = [];
    let run = '';
    const flush = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (min === undefined && atom.char !== undefined) {
        // Plain characters next to each other are one literal ("safe account").
        run += atom.char;
        continue;
      }
      flush();
      const literals = atom.char !== undefined ? [atom.char] : atom.literals;
      // An atom that may occur zero times (?, *, {0,n}) requires nothing; one that consumes no text neither.
      if (literals && !atom.zeroWidth && (min === undefined || min >= 1)) candidates.push(literals);
    }
    flush();
    return best(candidates);
  }

  /** The minimum repeat count of a quantifier after an atom, or undefined when there is none. */
  private quantifier(): number | undefined {
    const c = this.src[this.i];
    let min: number | undefined;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = QUANTIFIER_BRACES.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        this.i += m[0].length - 1;
      }
    }
    if (min === undefined) return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return min;
  }

  private atom(): Atom {
    const c = this.src[this.i++] as string;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return { literals: this.characterClass(), zeroWidth: false };
      case '.':
        return { literals: null, zeroWidth: false };
      case '^':
      case '$':
        return { literals: null, zeroWidth: true };
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unsupported(c);
      default:
        // '{' that is not a quantifier, ']' and '}' are plain characters in a pattern without the u flag.
        return { literals: null, zeroWidth: false, char: c };
    }
  }

  private group(): Atom {
    let zeroWidth = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      zeroWidth = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      zeroWidth = true;
    } else if (this.src[this.i] === '?') throw new Unsupported('named group'); // and \k backreferences with it
    const literals = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return { literals: zeroWidth ? null : literals, zeroWidth };
  }

  /** [abc] requires one of its characters; a negated class, a range or a class escape requires nothing known. */
  private characterClass(): Literals {
    const chars: string[] = [];
    let known = this.src[this.i] !== '^';
    if (!known) this.i++;
    for (;;) {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      const c = this.src[this.i++] as string;
      if (c === ']') break;
      if (c === '\\') {
        const escaped = this.classEscape();
        if (escaped === null) known = false;
        else chars.push(escaped);
      } else if (c === '-' && chars.length > 0 && this.src[this.i] !== ']') known = false; // a range
      else chars.push(c);
    }
    // An empty class matches nothing; treating it as "any text" is merely cautious.
    return known && chars.length > 0 ? minimal(chars) : null;
  }

  /** One escaped character inside a class, or null for a class escape (\d, \s, \w…) or one not modelled. */
  private classEscape(): string | null {
    const c = this.src[this.i] as string;
    if (/[dDsSwW]/.test(c)) {
      this.i++;
      return null;
    }
    return this.fixedEscape();
  }

  private escape(): Atom {
    const c = this.src[this.i] as string;
    if (c === 'b' || c === 'B') {
      this.i++;
      return { literals: null, zeroWidth: true };
    }
    if (/[dDsSwW]/.test(c)) {
      this.i++;
      return { literals: null, zeroWidth: false };
    }
    return { literals: null, zeroWidth: false, char: this.fixedEscape() };
  }

  /** \n, \uXXXX, \xHH or an escaped punctuation character; anything else (\1, \k, \c, \p, \0…) is not modelled. */
  private fixedEscape(): string {
    const c = this.src[this.i] as string;
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) {
      this.i++;
      return control;
    }
    const hex = c === 'u' ? /^u([0-9a-fA-F]{4})/.exec(this.src.slice(this.i)) : c === 'x' ? /^x([0-9a-fA-F]{2})/.exec(this.src.slice(this.i)) : null;
    if (hex) {
      this.i += hex[0].length;
      return String.fromCharCode(parseInt(hex[1] as string, 16));
    }
    if (c === undefined || /[0-9A-Za-z_]/.test(c)) throw new Unsupported(`\\${c ?? ''}`);
    this.i++;
    return c;
  }
}

/** The same requirement with fewer strings: a text that contains "信用记录" contains "信用" too. */
function minimal(literals: readonly string[]): string[] {
  const unique = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of unique) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/** Of several sufficient literal sets, the most selective: the longest shortest literal, then the fewest literals. */
function best(candidates: readonly (readonly string[])[]): Literals {
  let choice: Literals = null;
  const shortest = (set: readonly string[]) => Math.min(...set.map((s) => s.length));
  for (const set of candidates) {
    if (choice === null || shortest(set) > shortest(choice) || (shortest(set) === shortest(choice) && set.length < choice.length)) choice = set;
  }
  return choice;
}

/**
 * Literal strings one of which every match of the pattern contains, or null when none can be proven (the pattern
 * must then run on every text). Flags that change what a character matches (i, u, v) are not modelled.
 */
export function requiredLiterals(re: RegExp): readonly string[] | null {
  if (/[iuv]/.test(re.flags)) return null;
  try {
    const parser = new Parser(re.source);
    const literals = parser.alternation();
    return parser.i === re.source.length ? literals : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/**
 * Pieces every match of a regex contains a match of (both halves of "a relief near a denial"): registered here, a gate
 * lets the regex run only when the text holds literals of every piece, not just of one. Most English turns name a fee
 * or a plan; few also hold a word of refusal, and the pair's regex is the lexicon's costliest.
 */
const PIECES = new WeakMap<RegExp, readonly RegExp[]>();

/** Marks re as one whose every match contains a match of each of `pieces` (the caller's promise); returns re. */
export function containingAll(re: RegExp, pieces: readonly RegExp[]): RegExp {
  PIECES.set(re, pieces);
  return re;
}

/**
 * The top-level alternatives of a pattern ("a|b(c|d)|e" → a, b(c|d), e), or null when it has fewer than two or they
 * cannot stand alone (a backreference or named group numbers groups across them). re.test(text) is true exactly when
 * one of them, compiled with the same flags, matches: so a gate can run only the alternatives whose literals the text
 * holds. A cue of sixty alternatives otherwise tries every one at every position once any one literal is present.
 */
export function topAlternatives(re: RegExp): string[] | null {
  const source = re.source;
  if (/\\[1-9k]|\(\?<(?![=!])/.test(source)) return null;
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out.length >= 2 ? out : null;
}

/**
 * A regex runs whole, not alternative by alternative, when more than this many of its alternatives may match: each
 * run is a call and a pass over the text, and one pass trying them all is then as quick.
 */
const MAX_ALTERNATIVES_RUN = 6;

/** A literal and the regexes it lets through. */
interface Entry {
  literal: string;
  regexes: readonly number[];
}

/**
 * Literals are found by their first one, two or three characters (the literal's length, at most three), hashed into a
 * table of this many slots. Three, not two: many literals share their first two characters ("re" starts twenty
 * English ones), and comparing them all wherever a text has "re" was most of the scan.
 */
const SLOT_BITS = 12;
const SHIFT = 32 - SLOT_BITS;
const K1 = 0x9e3779b1;
const K2 = 0x85ebca6b;
const K3 = 0xc2b2ae35;
/** A literal's missing second or third character hashes as -1. */
const NO_SECOND = Math.imul(-1, K2);
const NO_THIRD = Math.imul(-1, K3);
const slotOf = (c: number, d: number, e: number) => (Math.imul(c, K1) ^ Math.imul(d, K2) ^ Math.imul(e, K3)) >>> SHIFT;

/**
 * One length class's literals grouped by slot in flat arrays: slot s holds entries heads[s] .. heads[s + 1] - 1, whose
 * first three characters (-1 past the literal's end) are compared before anything else. Flat typed arrays, not an
 * array of arrays: the scan visits three slots at every character of every text, and mostly finds them empty.
 */
interface Table {
  heads: Int32Array;
  first: Int32Array;
  second: Int32Array;
  third: Int32Array;
  entries: Entry[];
}

function tableOf(literals: readonly (readonly [string, readonly number[]])[]): Table {
  const code = (literal: string, i: number) => (i < literal.length ? literal.charCodeAt(i) : -1);
  const bySlot = literals.map(([literal, regexes]) => ({ slot: slotOf(code(literal, 0), code(literal, 1), code(literal, 2)), literal, regexes }));
  bySlot.sort((a, b) => a.slot - b.slot);
  const heads = new Int32Array((1 << SLOT_BITS) + 1);
  for (const x of bySlot) heads[x.slot + 1] = (heads[x.slot + 1] as number) + 1;
  for (let s = 0; s < 1 << SLOT_BITS; s++) heads[s + 1] = (heads[s + 1] as number) + (heads[s] as number);
  return {
    heads,
    first: Int32Array.from(bySlot, (x) => code(x.literal, 0)),
    second: Int32Array.from(bySlot, (x) => code(x.literal, 1)),
    third: Int32Array.from(bySlot, (x) => code(x.literal, 2)),
    entries: bySlot.map(({ literal, regexes }) => ({ literal, regexes })),
  };
}

export class LiteralGate {
  private readonly index = new Map<RegExp, number>();
  /** Regexes with no known literals: always run. */
  private readonly always: number[] = [];
  /**
   * Literals of one, two and three or more characters, each table by the slot of their first characters: a scan looks
   * up three slots per position of the text (a slot's entries are compared in full, so collisions cost only time).
   */
  private readonly singles: Table;
  private readonly pairs: Table;
  private readonly longer: Table;
  private readonly mask: Uint8Array;
  /** Every regex the gate knows: those it was built with, then their pieces and their alternatives. */
  private readonly regexAt: RegExp[];
  /** Per regex built with, the indices of its alternatives when it is run one alternative at a time (topAlternatives). */
  private readonly alternativesOf: (Int32Array | undefined)[] = [];
  /** testWith's list of the alternatives a mask lets through. */
  private readonly open = new Int32Array(MAX_ALTERNATIVES_RUN + 1);
  /** Regexes with pieces (containingAll): the regex's index and its pieces' indices (past the regexes' own). */
  private readonly withPieces: (readonly [number, readonly number[]])[] = [];
  private scanned: string | undefined;
  /**
   * Where the last scan found each literal (entry and start), so a part of the text needs no scan of its own: the first
   * `hits` of each, overwritten by the next scan (emptying the arrays would give their storage back, and every scan
   * would allocate it again).
   */
  private readonly hitEntries: Entry[] = [];
  private readonly hitStarts: number[] = [];
  private hits = 0;
  private readonly partMask: Uint8Array;

  constructor(regexes: readonly RegExp[]) {
    const regexesOf = new Map<string, number[]>();
    const all = [...regexes];
    regexes.forEach((re, k) => {
      const pieces = PIECES.get(re);
      if (pieces) {
        const at = pieces.map((piece) => all.push(piece) - 1);
        this.withPieces.push([k, at]);
        return;
      }
      // (Not a regex with pieces: its mask is narrowed after the scan, and its alternatives' would have to be too.)
      const alternatives = re.global || re.sticky ? null : topAlternatives(re);
      if (alternatives) this.alternativesOf[k] = Int32Array.from(alternatives, (source) => all.push(new RegExp(source, re.flags)) - 1);
    });
    this.regexAt = all;
    // A regex run alternative by alternative needs one of its alternatives' literals: those already worked out, not a
    // second parse of the whole pattern (every cue would otherwise be parsed twice when the panel opens).
    const literalsAt: Literals[] = all.map((re, k) => (this.alternativesOf[k] === undefined ? requiredLiterals(re) : null));
    this.alternativesOf.forEach((alternatives, k) => {
      if (!alternatives) return;
      const sets: Literals[] = Array.from(alternatives, (a) => literalsAt[a] ?? null);
      literalsAt[k] = sets.includes(null) ? null : minimal(sets.flatMap((set) => (set === null ? [] : [...set])));
    });
    all.forEach((re, k) => {
      if (k < regexes.length) this.index.set(re, k);
      const literals = literalsAt[k] ?? null;
      if (literals === null) this.always.push(k);
      else
        for (const s of literals) {
          const list = regexesOf.get(s);
          if (list) list.push(k);
          else regexesOf.set(s, [k]);
        }
    });
    const ofLength = (test: (n: number) => boolean) => tableOf([...regexesOf].filter(([literal]) => test(literal.length)));
    this.singles = ofLength((n) => n === 1);
    this.pairs = ofLength((n) => n === 2);
    this.longer = ofLength((n) => n >= 3);
    this.mask = new Uint8Array(all.length);
    this.partMask = new Uint8Array(all.length);
  }

  /** One byte per regex, in the order the gate was built with: 1 where it may match text (valid until the next call). */
  maskFor(text: string): Uint8Array {
    if (text !== this.scanned) this.scan(text);
    return this.mask;
  }

  /**
   * The same for text.slice(start, end), from the literals found when text was scanned: a literal occurs in the part
   * exactly when one of its occurrences in the text lies inside it. The classifier reads a long turn whole and then
   * sentence by sentence; this spares scanning each sentence again.
   */
  maskWithin(text: string, start: number, end: number): Uint8Array {
    if (text !== this.scanned) this.scan(text);
    const mask = this.partMask;
    mask.fill(0);
    for (const k of this.always) mask[k] = 1;
    for (let h = 0; h < this.hits; h++) {
      const entry = this.hitEntries[h] as Entry;
      const at = this.hitStarts[h] as number;
      if (at >= start && at + entry.literal.length <= end) for (const k of entry.regexes) mask[k] = 1;
    }
    this.requirePieces(mask);
    return mask;
  }

  /** Whether re may match text: false only when text lacks every literal re requires. */
  may(re: RegExp, text: string): boolean {
    const k = this.index.get(re);
    return k === undefined || this.mayAt(k, text);
  }

  /** The same for the k-th regex the gate was built with (a loop over all of them need not look each one up). */
  mayAt(k: number, text: string): boolean {
    if (text !== this.scanned) this.scan(text);
    return this.mask[k] === 1;
  }

  /** re.test(text), without running re when it cannot match (re must not be global or sticky: test() would move lastIndex). */
  test(re: RegExp, text: string): boolean {
    const k = this.index.get(re);
    if (k === undefined) return re.test(text);
    if (text !== this.scanned) this.scan(text);
    return this.testWith(this.mask, k, text);
  }

  /**
   * The k-th regex's test() on text, given a mask this gate made for text (maskFor, or maskWithin for a part that text
   * is): false where the mask rules it out, and otherwise only its alternatives the mask lets through are run.
   */
  testWith(mask: Uint8Array, k: number, text: string): boolean {
    if (mask[k] !== 1) return false;
    const alternatives = this.alternativesOf[k];
    if (alternatives !== undefined) {
      const open = this.open;
      let n = 0;
      for (let j = 0; j < alternatives.length && n <= MAX_ALTERNATIVES_RUN; j++) {
        const a = alternatives[j] as number;
        if (mask[a] === 1) open[n++] = a;
      }
      if (n <= MAX_ALTERNATIVES_RUN) {
        for (let j = 0; j < n; j++) if ((this.regexAt[open[j] as number] as RegExp).test(text)) return true;
        return false;
      }
    }
    return (this.regexAt[k] as RegExp).test(text);
  }

  private scan(text: string): void {
    const mask = this.mask;
    mask.fill(0);
    for (const k of this.always) mask[k] = 1;
    this.hits = 0;
    const { singles, pairs, longer } = this;
    const n = text.length;
    let d = n > 0 ? text.charCodeAt(0) : -1;
    let e = n > 1 ? text.charCodeAt(1) : -1;
    for (let i = 0; i < n; i++) {
      const c = d;
      d = e;
      e = i + 2 < n ? text.charCodeAt(i + 2) : -1;
      const hc = Math.imul(c, K1);
      let slot = (hc ^ NO_SECOND ^ NO_THIRD) >>> SHIFT;
      for (let j = singles.heads[slot] as number, end = singles.heads[slot + 1] as number; j < end; j++) {
        if (singles.first[j] === c) this.mark(singles.entries[j] as Entry, i);
      }
      if (i + 1 === n) break;
      const hd = Math.imul(d, K2);
      slot = (hc ^ hd ^ NO_THIRD) >>> SHIFT;
      for (let j = pairs.heads[slot] as number, end = pairs.heads[slot + 1] as number; j < end; j++) {
        if (pairs.first[j] === c && pairs.second[j] === d) this.mark(pairs.entries[j] as Entry, i);
      }
      if (i + 2 === n) continue;
      slot = (hc ^ hd ^ Math.imul(e, K3)) >>> SHIFT;
      for (let j = longer.heads[slot] as number, end = longer.heads[slot + 1] as number; j < end; j++) {
        if (longer.first[j] !== c || longer.second[j] !== d || longer.third[j] !== e) continue;
        const entry = longer.entries[j] as Entry;
        if (entry.literal.length === 3 || text.startsWith(entry.literal, i)) this.mark(entry, i);
      }
    }
    this.requirePieces(mask);
    this.scanned = text;
  }

  /** A regex with pieces may match only where each of its pieces may. */
  private requirePieces(mask: Uint8Array): void {
    for (const [k, pieces] of this.withPieces) if (mask[k] === 1 && pieces.some((p) => mask[p] !== 1)) mask[k] = 0;
  }

  private mark(e: Entry, at: number): void {
    for (const k of e.regexes) this.mask[k] = 1;
    this.hitEntries[this.hits] = e;
    this.hitStarts[this.hits] = at;
    this.hits++;
  }
}
