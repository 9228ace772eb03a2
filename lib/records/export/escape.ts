/**
 * Escaping for every place chat text lands. Chat text is untrusted page content (an agent, a bot or a compromised
 * widget can send markup), so nothing from a record reaches an output format unescaped.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Markdown inline text: backslash-escape the punctuation CommonMark gives meaning to (including `<` and `&`, so no
 * raw HTML or entity survives in renderers that allow HTML), and neutralise line-start markers (lists, headings,
 * quotes, setext underlines).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>&#|~!]/g, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*)([-+=])(?=\s|$|[-=]+\s*$)/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2'))
    .join('\n');
}

/** What spreadsheets start a formula with (OWASP CSV injection list); tab and CR are caught as control characters. */
const FORMULA_START = /^[=+\-@]/;
/** A control character first (tab, CR, LF, NUL…): some importers treat the cell as a formula or split it. */
const CONTROL_FIRST = /^\p{Cc}/u;
/**
 * What an importer may skip or trim before it looks for a formula: whitespace of any script (NBSP, U+3000), controls,
 * invisible format characters (BOM, zero-width space, bidi marks) and combining marks.
 */
const SKIPPABLE = /^[\s\p{Z}\p{Cc}\p{Cf}\p{M}]+/u;

/**
 * Whether a spreadsheet could read the text as a formula. The first visible character is compared both as it is and
 * after NFKC, which folds every compatibility form onto ASCII: full-width ＝＋－＠, the small forms ﹦﹢﹣﹫,
 * superscript and subscript signs. It is normalised on its own so that a combining mark after it (＝ + U+0338 → ≠)
 * cannot hide it.
 */
export function looksLikeFormula(text: string): boolean {
  if (CONTROL_FIRST.test(text)) return true;
  const rest = text.replace(SKIPPABLE, '');
  const cp = rest.codePointAt(0);
  if (cp === undefined) return false;
  const first = String.fromCodePoint(cp);
  return FORMULA_START.test(first) || FORMULA_START.test(first.normalize('NFKC'));
}

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. Text a spreadsheet could run
 * as a formula gets a leading apostrophe, so it is shown as the text it is.
 */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && looksLikeFormula(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | boolean | undefined | null)[]): string {
  return cells.map(csvCell).join(',');
}

/** RFC 4180 records end in CRLF; the BOM makes Excel read the file as UTF-8 (Chinese text otherwise garbles). */
export function csvDocument(rows: readonly string[]): string {
  return `\uFEFF${rows.map((r) => `${r}\r\n`).join('')}`;
}
