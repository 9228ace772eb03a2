/**
 * parseImport: text in, validated records out, or one named error. Never throws. Integrity problems (a broken hash
 * chain) do not block an import — the person may need the data even from a damaged file — they come back as warnings
 * with the full verification report.
 */
import { checkDebtRows } from '../../debts/import';
import type { DebtRow } from '../../debts/types';
import { fromExportedFollowUp, fromExportedMessage, fromExportedSession, type ExportFile } from '../format';
import type { DigestBackend } from '../integrity/digest';
import { verifyExportFile, type TamperKind, type VerifyReport } from '../integrity/verify';
import { fromUtcIso } from '../time';
import type { FollowUp, Message, SessionRecord } from '../types';
import { importError, type Bilingual, type ImportError } from './errors';
import { readJson, readKnownFile, type ReadOptions, type Step } from './read';
import type { ParsedBackupFile } from './schema';

export interface ImportWarning {
  code: 'integrity';
  kind: TamperKind;
  message: Bilingual;
  path: string;
}

export type Row = Record<string, unknown>;

export interface ImportData {
  kind: 'export' | 'backup';
  /** Epoch ms. */
  exportedAt: number;
  app?: { name: string; version: string };
  sessions: SessionRecord[];
  messages: Message[];
  followUps: FollowUp[];
  /** Backup only: the other tables, rows as written by the DB layer, for it to restore. */
  otherTables?: { userPhrases: Row[]; profile: Row[]; settings: Row[] };
  /**
   * The person's debts (lib/debts): from an export, checked and converted to stored rows; from a backup, the rows as
   * written, which the DB layer checks with the other tables.
   */
  debts: DebtRow[] | Row[];
  /** Export only: the hash-chain check. */
  integrity?: VerifyReport;
  warnings: ImportWarning[];
}

export type ParseResult = { ok: true; data: ImportData } | { ok: false; error: ImportError };

export interface ParseOptions extends ReadOptions {
  digest?: DigestBackend;
  /** Digests the user noted earlier, checked as part of the integrity report. */
  notedDigests?: readonly string[];
}

/** Uniqueness and cross-references the schema cannot express; the DB layer relies on them. */
export function checkLinks(
  sessions: { id: string; path: string }[],
  messages: { id: string; sessionId: string; seq: number; path: string }[],
  followUps: { id: string; sessionId: string; path: string }[],
): ImportError | undefined {
  const sessionIds = new Set<string>();
  for (const s of sessions) {
    if (sessionIds.has(s.id)) return importError('duplicate-id', `${s.path}.id`, `会话 id "${s.id}" 重复。`, `session id "${s.id}" appears twice.`);
    sessionIds.add(s.id);
  }
  const ids = new Set<string>();
  const seqs = new Set<string>();
  for (const m of messages) {
    if (!sessionIds.has(m.sessionId))
      return importError('inconsistent', `${m.path}.sessionId`, `消息所属的会话 "${m.sessionId}" 不在文件中。`, `the message's session "${m.sessionId}" is not in the file.`);
    if (ids.has(m.id)) return importError('duplicate-id', `${m.path}.id`, `消息 id "${m.id}" 重复。`, `message id "${m.id}" appears twice.`);
    ids.add(m.id);
    const key = `${m.sessionId}\u0000${m.seq}`;
    if (seqs.has(key)) return importError('inconsistent', `${m.path}.seq`, `同一会话中有两条消息的序号都是 ${m.seq}。`, `two messages of one session both have seq ${m.seq}.`);
    seqs.add(key);
  }
  const fids = new Set<string>();
  for (const f of followUps) {
    if (!sessionIds.has(f.sessionId))
      return importError('inconsistent', `${f.path}.sessionId`, `待办事项所属的会话 "${f.sessionId}" 不在文件中。`, `the follow-up's session "${f.sessionId}" is not in the file.`);
    if (fids.has(f.id)) return importError('duplicate-id', `${f.path}.id`, `待办事项 id "${f.id}" 重复。`, `follow-up id "${f.id}" appears twice.`);
    fids.add(f.id);
  }
  return undefined;
}

async function fromExport(file: ExportFile, opts: ParseOptions): Promise<Step<ImportData>> {
  const bad = checkLinks(
    file.sessions.map((s, i) => ({ id: s.session.id, path: `sessions[${i}].session` })),
    file.sessions.flatMap((s, i) =>
      s.messages.map((m, k) => {
        // A message filed under another session would be restored into the wrong conversation.
        const sessionId = m.sessionId === s.session.id ? m.sessionId : `${m.sessionId} ≠ ${s.session.id}`;
        return { id: m.id, sessionId, seq: m.seq, path: `sessions[${i}].messages[${k}]` };
      }),
    ),
    file.sessions.flatMap((s, i) =>
      s.followUps.map((f, k) => ({
        id: f.id,
        sessionId: f.sessionId === s.session.id ? f.sessionId : `${f.sessionId} ≠ ${s.session.id}`,
        path: `sessions[${i}].followUps[${k}]`,
      })),
    ),
  );
  if (bad) return { ok: false, error: bad };
  const debts = checkDebtRows(file.debts ?? [], 'exported', ['debts']);
  if (!debts.ok) return debts;
  const integrity = await verifyExportFile(file, { digest: opts.digest, notedDigests: opts.notedDigests });
  const warnings: ImportWarning[] = integrity.problems.map((p) => ({
    code: 'integrity',
    kind: p.kind,
    message: p.message,
    path:
      p.sessionIndex === undefined ? '' : `sessions[${p.sessionIndex}]${p.messageIndex === undefined ? '' : `.messages[${p.messageIndex}]`}`,
  }));
  return {
    ok: true,
    value: {
      kind: 'export',
      exportedAt: fromUtcIso(file.exportedAt)!,
      app: file.app,
      sessions: file.sessions.map((s) => fromExportedSession(s.session)),
      messages: file.sessions.flatMap((s) => s.messages.map(fromExportedMessage)),
      followUps: file.sessions.flatMap((s) => s.followUps.map(fromExportedFollowUp)),
      debts: debts.rows,
      integrity,
      warnings,
    },
  };
}

function fromBackup(file: ParsedBackupFile): Step<ImportData> {
  const t = file.tables;
  const followUps = t.followUps ?? [];
  const bad = checkLinks(
    t.sessions.map((s, i) => ({ id: s.id, path: `tables.sessions[${i}]` })),
    t.messages.map((m, i) => ({ id: m.id, sessionId: m.sessionId, seq: m.seq, path: `tables.messages[${i}]` })),
    followUps.map((f, i) => ({ id: f.id, sessionId: f.sessionId, path: `tables.followUps[${i}]` })),
  );
  if (bad) return { ok: false, error: bad };
  return {
    ok: true,
    value: {
      kind: 'backup',
      exportedAt: fromUtcIso(file.exportedAt)!,
      app: file.app,
      sessions: t.sessions as SessionRecord[],
      messages: t.messages as Message[],
      followUps: followUps as FollowUp[],
      otherTables: { userPhrases: t.userPhrases ?? [], profile: t.profile ?? [], settings: t.settings ?? [] },
      debts: t.debts ?? [],
      warnings: [],
    },
  };
}

/**
 * Validate a `parley.export` v1 or `parley.backup` v1 file. Never throws: every failure is
 * `{ ok: false, error: { code, message: { zh, en }, path } }`, naming the first problem found.
 */
export async function parseImport(text: unknown, opts: ParseOptions = {}): Promise<ParseResult> {
  try {
    const json = readJson(text, opts);
    if (!json.ok) return json;
    const known = readKnownFile(json.value);
    if (!known.ok) return known;
    const r = known.value.kind === 'export' ? await fromExport(known.value.file, opts) : fromBackup(known.value.file);
    return r.ok ? { ok: true, data: r.value } : r;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: importError('internal', '', `导入时出现意外错误（${why}）。`, `unexpected error while importing (${why}).`) };
  }
}
