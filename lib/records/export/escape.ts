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

/** Cells that spreadsheets would run as formulas (OWASP CSV injection list), prefixed with a quote to show as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | boolean | undefined | null)[]): string {
  return cells.map(csvCell).join(',');
}

/** RFC 4180 records end in CRLF; the BOM makes Excel read the file as UTF-8 (Chinese text otherwise garbles). */
export function csvDocument(rows: readonly string[]): string {
  return `\uFEFF${rows.map((r) => `${r}\r\n`).join('')}`;
}
