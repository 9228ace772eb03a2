/**
 * From text to a schema-valid file, refusing anything oversized, too deeply nested, malformed or carrying
 * prototype-changing keys. Shared by parseImport and verifyExport.
 */
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../format';
import { fromZodIssue, formatPath, importError, type ImportError } from './errors';
import { exceedsDepth, findForbiddenKey } from './prescan';
import { backupFileSchema, exportFileSchema, type ParsedBackupFile } from './schema';

export const DEFAULT_MAX_CHARS = 50 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

export interface ReadOptions {
  /** Largest accepted input in UTF-16 code units (≈ bytes for ASCII); default 50 MiB. */
  maxChars?: number;
  /** Deepest accepted nesting of arrays and objects; default 64 (a Parley export needs about 8). */
  maxDepth?: number;
}

export type Step<T> = { ok: true; value: T } | { ok: false; error: ImportError };

const fail = (error: ImportError): { ok: false; error: ImportError } => ({ ok: false, error });

export function readJson(text: unknown, opts: ReadOptions = {}): Step<unknown> {
  if (typeof text !== 'string') {
    return fail(importError('not-text', '', '导入的内容不是文本。', 'the input is not text.'));
  }
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    const mb = (maxChars / 1024 / 1024).toFixed(maxChars < 1024 * 1024 ? 3 : 0);
    return fail(importError('too-large', '', `文件过大（上限约 ${mb} MB）。`, `the file is too large (limit about ${mb} MB).`));
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (exceedsDepth(body, maxDepth)) {
    return fail(importError('too-deep', '', `文件嵌套层数超过 ${maxDepth} 层，不是 Parley 导出的文件。`, `the file nests deeper than ${maxDepth} levels; Parley never writes that.`));
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const where = jsonErrorPlace(err, body);
    return fail(importError('invalid-json', '', `这不是完整的 JSON 文件${where.zh}，可能不完整或已损坏。`, `this is not a complete JSON file${where.en}; it may be truncated or damaged.`));
  }
  const bad = findForbiddenKey(value);
  if (bad) {
    return fail(importError('forbidden-key', formatPath(bad.path), `包含不允许的键名 "${bad.key}"。`, `contains the forbidden key "${bad.key}".`));
  }
  return { ok: true, value };
}

function schemaStep<T>(schema: z.ZodType<T>, value: unknown): Step<T> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return fail(fromZodIssue(r.error.issues[0]!, value));
}

export type KnownFile = { kind: 'export'; file: ExportFile } | { kind: 'backup'; file: ParsedBackupFile };

/** Dispatch on `format`, check `version`, then validate against that format's schema. */
export function readKnownFile(value: unknown): Step<KnownFile> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(importError('not-an-object', '', '文件内容不是 JSON 对象。', 'the file is not a JSON object.'));
  }
  const { format, version } = value as Record<string, unknown>;
  const formats: Record<string, number> = { [EXPORT_FORMAT]: EXPORT_VERSION, [BACKUP_FORMAT]: BACKUP_VERSION };
  if (typeof format !== 'string' || !Object.prototype.hasOwnProperty.call(formats, format)) {
    return fail(
      importError(
        'unknown-format',
        'format',
        `不是 Parley 的导出或备份文件（format 应为 ${EXPORT_FORMAT} 或 ${BACKUP_FORMAT}）。`,
        `not a Parley export or backup (format should be ${EXPORT_FORMAT} or ${BACKUP_FORMAT}).`,
      ),
    );
  }
  if (version !== formats[format]) {
    return fail(
      importError(
        'unsupported-version',
        'version',
        `不支持的版本 ${JSON.stringify(version) ?? '（缺失）'}：此版本的 Parley 只能读取 ${format} 第 ${formats[format]} 版。`,
        `unsupported version ${JSON.stringify(version) ?? '(missing)'}: this Parley reads ${format} version ${formats[format]}.`,
      ),
    );
  }
  if (format === EXPORT_FORMAT) {
    const r = schemaStep(exportFileSchema, value);
    return r.ok ? { ok: true, value: { kind: 'export', file: r.value as ExportFile } } : r;
  }
  const r = schemaStep(backupFileSchema, value);
  return r.ok ? { ok: true, value: { kind: 'backup', file: r.value } } : r;
}

/**
 * Where JSON.parse gave up, in the person's language: the engine's own message ("Unexpected token } in JSON at
 * position 5") is English and varies between browsers, so it is never shown; only the place is, as line and column.
 */
export function jsonErrorPlace(err: unknown, body: string): { zh: string; en: string } {
  const message = err instanceof Error ? err.message : '';
  if (/end of (?:JSON )?input|unterminated|unexpected end/i.test(message)) return { zh: '（文件在中途结束）', en: ' (the file ends part-way through)' };
  const m = /position (\d+)/.exec(message);
  if (!m) return { zh: '', en: '' };
  const at = Number(m[1]);
  if (at >= body.length) return { zh: '（文件在中途结束）', en: ' (the file ends part-way through)' };
  const before = body.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { zh: `（第 ${line} 行第 ${column} 个字符处）`, en: ` (at line ${line}, character ${column})` };
}
