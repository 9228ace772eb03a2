/**
 * What a generated letter must never contain: a value that was missing printed as text, a template slot left
 * unfilled, or a line that ends on its label with nothing after it. Used by the table tests and, as a last guard,
 * before a draft is shown.
 */
const PATTERNS: [RegExp, string][] = [
  [/\bundefined\b/, 'undefined'],
  [/\bnull\b/, 'null'],
  [/\bNaN\b/, 'NaN'],
  [/Infinity/, 'Infinity'],
  [/\[object /, 'object'],
  [/[{}]|\$\{/, 'slot'],
  // A label may head the lines under it; a label followed by a blank line or by nothing has lost its value.
  [/[：:][ \t]*(?:\n[ \t]*\n|\n?$(?![\s\S]))/, 'empty after label'],
  [/[：:][ \t]*[。.，,]/, 'empty after label'],
  [/[，,、][ \t]*[。.]/, 'empty list item'],
  [/\n{3,}/, 'blank lines'],
  [/\S {2,}\S/, 'double space'],
  [/—\s*$/m, 'dangling dash'],
  [/[¥$£€]-/, 'negative money'],
];

export function letterProblems(text: string): string[] {
  const found = PATTERNS.filter(([re]) => re.test(text)).map(([, name]) => name);
  if (text.trim() === '') found.push('empty');
  return found;
}
