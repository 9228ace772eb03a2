/** Import errors: a stable code for the program, a bilingual sentence for the person, and the path of the problem. */
import type { z } from 'zod';

export type ImportErrorCode =
  | 'not-text'
  | 'too-large'
  | 'too-deep'
  | 'invalid-json'
  | 'forbidden-key'
  | 'not-an-object'
  | 'unknown-format'
  | 'unsupported-version'
  | 'invalid-field'
  | 'duplicate-id'
  | 'unknown-setting'
  | 'invalid-setting'
  | 'inconsistent'
  | 'storage'
  | 'internal';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ImportError {
  code: ImportErrorCode;
  message: Bilingual;
  /** Where in the file, e.g. "sessions[0].messages[3].role"; "" for the file as a whole. */
  path: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) out += out ? `.${String(p)}` : String(p);
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

export function importError(code: ImportErrorCode, path: string, zh: string, en: string): ImportError {
  const where = (s: string) => (path ? `${path}: ${s}` : s);
  return { code, path, message: { zh: where(zh), en: where(en) } };
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** The first schema issue, in words a person can act on. */
export function fromZodIssue(issue: z.core.$ZodIssue, root: unknown): ImportError {
  const path = formatPath(issue.path);
  const got = kindOf(valueAt(root, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      if (got === 'nothing') return importError('invalid-field', path, `缺少必填项（应为 ${issue.expected}）`, `required ${issue.expected} is missing`);
      return importError('invalid-field', path, `类型错误：应为 ${issue.expected}，实际为 ${got}`, `expected ${issue.expected}, got ${got}`);
    case 'invalid_value': {
      const values = issue.values.map(String).join('|');
      return importError('invalid-field', path, `取值无效：应为 ${values} 之一`, `expected one of ${values}`);
    }
    case 'too_big':
      return importError('invalid-field', path, `超出上限 ${String(issue.maximum)}`, `too big (${issue.origin} limit ${String(issue.maximum)})`);
    case 'too_small':
      return importError('invalid-field', path, `低于下限 ${String(issue.minimum)}`, `too small (${issue.origin} minimum ${String(issue.minimum)})`);
    case 'invalid_format':
      return importError('invalid-field', path, `格式错误：${issue.message}`, `invalid format: ${issue.message}`);
    case 'custom':
      return importError('invalid-field', path, `格式错误：${issue.message}`, issue.message);
    default:
      return importError('invalid-field', path, `内容无效：${issue.message}`, issue.message);
  }
}
