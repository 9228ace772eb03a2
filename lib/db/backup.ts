/**
 * Full backup (`parley.backup` v1, lib/records/EXPORT-FORMAT.md) and restore of every table, and import of a Parley
 * export. Restore is all or nothing: the whole file is validated before anything is written, then every table is
 * written in one transaction, and only rows whose key is not stored yet are added — so a bad, truncated or hostile
 * file changes nothing, and restoring the same file twice adds nothing the second time. The person's preferences in
 * `settings` are left alone unless they choose to restore settings; every settings row written is checked by key
 * (./settings.ts).
 *
 * Why not dexie-export-import: its file is Dexie's own `{ formatName: 'dexie', data: { data: [{ tableName, rows }] } }`,
 * not the documented `parley.backup` shape; it validates nothing (rows go to bulkAdd/bulkPut as they are, the only
 * hooks are filter/transform callbacks), and existing keys either fail the import or are overwritten
 * (`overwriteValues`), neither of which is the "skip what is already there" idempotency required here. What it would
 * save (reading the tables and JSON.stringify) is a few lines, so the validated path stays our own.
 */
import { z } from 'zod';
import { checkDebtRows } from '../debts/import';
import type { DebtRow } from '../debts/types';
import { DEFAULT_APP } from '../records/export/json';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../records/format';
import { applyImport } from '../records/import/apply';
import { fromZodIssue, importError, type ImportError } from '../records/import/errors';
import { parseImport, type ImportData, type ImportWarning, type ParseOptions, type Row } from '../records/import/parse';
import { formatDay, localDay, localOffsetAt, toUtcIso } from '../records/time';
import type { FollowUp, Message, OutputFile, SessionRecord } from '../records/types';
import type { ParleyDB, Profile, SettingRow, UserPhraseRow } from './database';
import { profileSchema } from './profile';
import { settingSpec } from './settings';

export const TABLE_NAMES = ['sessions', 'messages', 'followUps', 'userPhrases', 'profile', 'settings', 'debts'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  app: { name: string; version: string };
  tables: {
    sessions: SessionRecord[];
    messages: Message[];
    followUps: FollowUp[];
    userPhrases: UserPhraseRow[];
    profile: Profile[];
    settings: SettingRow[];
    /** Schema 3 on (lib/debts); a backup made before has none, and one without the table restores as before. */
    debts: DebtRow[];
  };
}

export interface BackupOptions {
  now?: number;
  app?: { name: string; version: string };
  utcOffsetMinutes?: number;
}

/** Every table, read in one transaction so the copy is of a single moment, rows exactly as stored. */
export async function createBackup(db: ParleyDB, opts: BackupOptions = {}): Promise<BackupFile> {
  const tables = await db.transaction('r', db.tables, async () => {
    const [sessions, messages, followUps, userPhrases, profile, settings, debts] = await Promise.all([
      db.sessions.toArray(),
      db.messages.toArray(),
      db.followUps.toArray(),
      db.userPhrases.toArray(),
      db.profile.toArray(),
      db.settings.toArray(),
      db.debts.toArray(),
    ]);
    return { sessions, messages, followUps, userPhrases, profile, settings, debts };
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: toUtcIso(opts.now ?? Date.now()),
    app: opts.app ?? DEFAULT_APP,
    tables,
  };
}

/** `parley_2026-11-23_backup.json`: sorts by date among the other Parley files. */
export function backupFilename(now: number, utcOffsetMinutes = localOffsetAt(now)): string {
  return `parley_${formatDay(localDay(now, utcOffsetMinutes))}_backup.json`;
}

export async function backupOutputFile(db: ParleyDB, opts: BackupOptions = {}): Promise<OutputFile> {
  const now = opts.now ?? Date.now();
  const file = await createBackup(db, { ...opts, now });
  return { filename: backupFilename(now, opts.utcOffsetMinutes), mime: 'application/json', content: `${JSON.stringify(file, null, 1)}\n` };
}

// ── restore ──────────────────────────────────────────────────────────────────────────────────────────────────────

const epochMs = z.number().int().min(0).max(253_402_300_799_999);
const userPhraseRowSchema = z.looseObject({
  id: z.string().min(1).max(512),
  text: z.string().max(100_000),
  lang: z.enum(['zh', 'en']),
  stage: z.string().max(256).optional(),
  pinned: z.boolean().optional(),
  createdAt: epochMs,
});
const settingRowSchema = z.looseObject({ key: z.string().min(1).max(512), value: z.unknown() });

export type TableCounts = Record<TableName, number>;

export interface RestoreOptions extends ParseOptions {
  /**
   * Also restore the person's preferences (the pause switch, pinned phrases) from the file. Off by default: a backup,
   * old or crafted, must not be able to switch recording off or change how Parley behaves without being asked.
   */
  restoreSettings?: boolean;
}

export type RestoreResult =
  | {
      ok: true;
      kind: ImportData['kind'];
      added: TableCounts;
      /** Rows already stored under the same key: kept as they are, never overwritten. */
      skipped: TableCounts;
      /**
       * Settings keys in the file that were not written: preferences when restoreSettings is off (and keys Parley does
       * not know, which are then not looked at), and this computer's storage tallies, which are never taken from a file.
       */
      settingsLeftOut: string[];
      /** Messages whose place in a stored transcript is taken by a different stored message; not added. */
      conflicts: number;
      warnings: ImportWarning[];
    }
  | { ok: false; error: ImportError };

interface OtherRows {
  userPhrases: UserPhraseRow[];
  profile: Profile[];
  /** Only the settings rows to write. */
  settings: SettingRow[];
  settingsLeftOut: string[];
  debts: DebtRow[];
}

function firstIssue(schema: z.ZodType, row: unknown, path: (string | number)[], root: unknown): ImportError | undefined {
  const r = schema.safeParse(row);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  return fromZodIssue({ ...issue, path: [...path, ...issue.path] } as typeof issue, root);
}

function duplicate(table: string, key: string, index: number): ImportError {
  return importError('duplicate-id', `tables.${table}[${index}]`, `"${key}" 在 ${table} 中重复。`, `"${key}" appears twice in ${table}.`);
}

/** A key as it appears in a message: hostile keys can be long, and the person needs to recognise it, not read it all. */
const shownKey = (key: string) => JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);

const UNTICK_ZH = '若只想恢复记录，请取消勾选“同时恢复设置”后再试。';
const UNTICK_EN = 'To restore the records without settings, untick "Also restore settings" and try again.';

function unknownSetting(key: string, index: number): ImportError {
  return importError(
    'unknown-setting',
    `tables.settings[${index}].key`,
    `设置 ${shownKey(key)} 不是 Parley 的设置，未做任何更改。${UNTICK_ZH}`,
    `${shownKey(key)} is not a Parley setting; nothing was changed. ${UNTICK_EN}`,
  );
}

function badSetting(key: string, index: number, issue: ImportError, preference: boolean): ImportError {
  const detail = issue.message.en.replace(`${issue.path}: `, '');
  const detailZh = issue.message.zh.replace(`${issue.path}: `, '');
  const path = issue.path ? `tables.settings[${index}].value${issue.path.startsWith('[') ? '' : '.'}${issue.path}` : `tables.settings[${index}].value`;
  return importError(
    'invalid-setting',
    path,
    `设置 ${shownKey(key)} 的值无效（${detailZh}），未做任何更改。${preference ? UNTICK_ZH : ''}`,
    `the value of setting ${shownKey(key)} is not valid (${detail}); nothing was changed.${preference ? ` ${UNTICK_EN}` : ''}`,
  );
}

/**
 * Which settings rows a restore writes. Every row written is checked against its key's schema first, and one bad row
 * refuses the whole file (all or nothing, like every other table). Preferences are written only when chosen; with the
 * choice, a key Parley does not know is refused too, since the person asked for every setting in the file.
 */
function settingsToWrite(rows: SettingRow[], restoreSettings: boolean): { ok: true; write: SettingRow[]; leftOut: string[] } | { ok: false; error: ImportError } {
  const write: SettingRow[] = [];
  const leftOut: string[] = [];
  for (const [i, row] of rows.entries()) {
    const s = settingSpec(row.key);
    if (!s) {
      if (restoreSettings) return { ok: false, error: unknownSetting(row.key, i) };
      leftOut.push(row.key);
      continue;
    }
    if (s.restore === 'local' || (s.restore === 'settings' && !restoreSettings)) {
      leftOut.push(row.key);
      continue;
    }
    const checked = s.schema.safeParse(row.value);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return { ok: false, error: badSetting(row.key, i, fromZodIssue(issue, row.value), s.restore === 'settings') };
    }
    write.push(row);
  }
  return { ok: true, write, leftOut };
}

/** The tables parseImport hands back unchecked (their shape belongs to this layer). */
export function validateOtherTables(
  other: { userPhrases: Row[]; profile: Row[]; settings: Row[]; debts?: Row[] },
  { restoreSettings = false }: { restoreSettings?: boolean } = {},
): { ok: true; rows: OtherRows } | { ok: false; error: ImportError } {
  const root = { tables: other };
  const ids = new Set<string>();
  for (const [i, row] of other.userPhrases.entries()) {
    const bad = firstIssue(userPhraseRowSchema, row, ['tables', 'userPhrases', i], root);
    if (bad) return { ok: false, error: bad };
    const id = row.id as string;
    if (ids.has(id)) return { ok: false, error: duplicate('userPhrases', id, i) };
    ids.add(id);
  }
  if (other.profile.length > 1) {
    return { ok: false, error: importError('inconsistent', 'tables.profile', '个人资料只能有一条。', 'there can be only one profile row.') };
  }
  for (const [i, row] of other.profile.entries()) {
    const bad = firstIssue(profileSchema as unknown as z.ZodType, row, ['tables', 'profile', i], root);
    if (bad) return { ok: false, error: bad };
  }
  const keys = new Set<string>();
  for (const [i, row] of other.settings.entries()) {
    const bad = firstIssue(settingRowSchema, row, ['tables', 'settings', i], root);
    if (bad) return { ok: false, error: bad };
    const key = row.key as string;
    if (keys.has(key)) return { ok: false, error: duplicate('settings', key, i) };
    keys.add(key);
  }
  const settings = settingsToWrite(other.settings as unknown as SettingRow[], restoreSettings);
  if (!settings.ok) return settings;
  const debts = checkDebtRows(other.debts ?? [], 'stored', ['tables', 'debts']);
  if (!debts.ok) return debts;
  // Rows are kept exactly as in the file (fields a later version adds survive), now that they are known to be valid.
  return {
    ok: true,
    rows: {
      userPhrases: other.userPhrases as unknown as UserPhraseRow[],
      profile: other.profile as unknown as Profile[],
      settings: settings.write,
      settingsLeftOut: settings.leftOut,
      debts: debts.rows,
    },
  };
}

class RestoreAborted extends Error {
  constructor(readonly error: ImportError) {
    super(error.message.en);
  }
}

const zeroCounts = (): TableCounts => ({ sessions: 0, messages: 0, followUps: 0, userPhrases: 0, profile: 0, settings: 0, debts: 0 });

async function addMissing<T>(
  table: { bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>; bulkAdd(rows: readonly T[]): PromiseLike<unknown> },
  rows: readonly T[],
  keyOf: (row: T) => string,
): Promise<{ added: number; skipped: number }> {
  if (rows.length === 0) return { added: 0, skipped: 0 };
  const stored = await table.bulkGet(rows.map(keyOf));
  const fresh = rows.filter((_, i) => stored[i] === undefined);
  if (fresh.length > 0) await table.bulkAdd(fresh);
  return { added: fresh.length, skipped: rows.length - fresh.length };
}

/**
 * Restores a `parley.backup` file or imports a `parley.export` file (the same button does both). Never throws; on
 * any problem returns `{ ok: false, error }` naming it in both languages, and the database is unchanged. The
 * person's preferences are left alone unless `restoreSettings` is set (see RestoreOptions).
 */
export async function restoreFile(db: ParleyDB, text: unknown, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const parsed = await parseImport(text, opts);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  let other: OtherRows = { userPhrases: [], profile: [], settings: [], settingsLeftOut: [], debts: [] };
  if (data.kind === 'backup' && data.otherTables) {
    const checked = validateOtherTables({ ...data.otherTables, debts: data.debts as Row[] }, { restoreSettings: opts.restoreSettings === true });
    if (!checked.ok) return checked;
    other = checked.rows;
  } else {
    // An export's debts were checked and converted when the file was read.
    other.debts = data.debts as DebtRow[];
  }
  try {
    return await db.transaction('rw', db.tables, async () => {
      const applied = await applyImport(db, data);
      if (!applied.ok) throw new RestoreAborted(applied.error);
      const { plan } = applied;
      const added = zeroCounts();
      const skipped = zeroCounts();
      added.sessions = plan.sessions.add.length;
      skipped.sessions = plan.sessions.skip.length;
      added.messages = plan.messages.add.length;
      skipped.messages = plan.messages.skip.length;
      added.followUps = plan.followUps.add.length;
      skipped.followUps = plan.followUps.skip.length;
      const phrases = await addMissing<UserPhraseRow>(db.userPhrases, other.userPhrases, (r) => r.id);
      const profile = await addMissing<Profile>(db.profile, other.profile, (r) => r.id);
      const settings = await addMissing<SettingRow>(db.settings, other.settings, (r) => r.key);
      const debts = await addMissing<DebtRow>(db.debts, other.debts, (r) => r.id);
      [added.debts, skipped.debts] = [debts.added, debts.skipped];
      [added.userPhrases, skipped.userPhrases] = [phrases.added, phrases.skipped];
      [added.profile, skipped.profile] = [profile.added, profile.skipped];
      [added.settings, skipped.settings] = [settings.added, settings.skipped];
      return {
        ok: true as const,
        kind: data.kind,
        added,
        skipped,
        settingsLeftOut: other.settingsLeftOut,
        conflicts: plan.messages.conflicts.length,
        warnings: data.warnings,
      };
    });
  } catch (err) {
    if (err instanceof RestoreAborted) return { ok: false, error: err.error };
    const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ok: false, error: importError('storage', '', `写入数据库失败，未做任何更改（${why}）。`, `writing to the database failed; nothing was changed (${why}).`) };
  }
}
