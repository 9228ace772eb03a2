/**
 * Debts read from a file: every row checked against its schema (stored rows in a backup, exported rows in a
 * `parley.export` file) and each id once. The first problem refuses the whole file, named with its path, as for
 * every other table; nothing is written.
 */
import type { z } from 'zod';
import { fromZodIssue, importError, type ImportError } from '../records/import/errors';
import { fromExportedDebt, type ExportedDebt } from './format';
import { exportedDebtSchema, storedDebtSchema } from './schema';
import type { DebtRow } from './types';

export type DebtRowsCheck = { ok: true; rows: DebtRow[] } | { ok: false; error: ImportError };

/** `path` is where the rows sit in the file (['tables', 'debts'] in a backup, ['debts'] in an export). */
export function checkDebtRows(rows: readonly unknown[], form: 'stored' | 'exported', path: (string | number)[]): DebtRowsCheck {
  const schema: z.ZodType = form === 'stored' ? storedDebtSchema : exportedDebtSchema;
  // The error names the value it found, read from a root shaped like the file around these rows.
  const root = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), rows);
  const out: DebtRow[] = [];
  const ids = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const r = schema.safeParse(row);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      return { ok: false, error: fromZodIssue({ ...issue, path: [...path, i, ...issue.path] } as typeof issue, root) };
    }
    const value = form === 'stored' ? (row as DebtRow) : fromExportedDebt(r.data as ExportedDebt);
    if (ids.has(value.id)) {
      const where = `${path.join('.')}[${i}]`;
      return { ok: false, error: importError('duplicate-id', where, `欠款 id "${value.id}" 重复。`, `debt id "${value.id}" appears twice.`) };
    }
    ids.add(value.id);
    out.push(value);
  }
  return { ok: true, rows: out };
}
