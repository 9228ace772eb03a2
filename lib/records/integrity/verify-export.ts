/** verifyExport on anything a user hands over: text, or an already-parsed object. */
import { readJson, readKnownFile, type ReadOptions } from '../import/read';
import type { ImportError } from '../import/errors';
import { verifyExportFile, type VerifyOptions, type VerifyReport } from './verify';

export type VerifyResult = ({ valid: true } & VerifyReport) | { valid: false; ok: false; error: ImportError };

/**
 * Whether anything in an export was changed, added, removed or reordered since it was written, and where.
 * `valid: false` means the input is not a readable `parley.export` v1 file at all (the error says why).
 */
export async function verifyExport(input: unknown, opts: VerifyOptions & ReadOptions = {}): Promise<VerifyResult> {
  const json = typeof input === 'string' ? readJson(input, opts) : ({ ok: true, value: input } as const);
  if (!json.ok) return { valid: false, ok: false, error: json.error };
  const known = readKnownFile(json.value);
  if (!known.ok) return { valid: false, ok: false, error: known.error };
  if (known.value.kind !== 'export') {
    return {
      valid: false,
      ok: false,
      error: {
        code: 'unknown-format',
        path: 'format',
        message: { zh: '完整备份不含哈希链，无法核对；请核对导出文件。', en: 'a full backup carries no hash chain; verify an export file instead.' },
      },
    };
  }
  return { valid: true, ...(await verifyExportFile(known.value.file, opts)) };
}
