/**
 * Checks an export against itself: every message against its recorded chain value, the session header, the final
 * digest, the annotations digest and the manifest — and, when the user supplies digests they noted earlier, the
 * whole file against those. See ../TAMPER-EVIDENCE.md for what a pass or a failure does and does not mean.
 *
 * Each link is checked against the *recorded* previous value rather than a recomputed one, so one edited message
 * shows up once, at its own place, instead of breaking everything after it.
 */
import type { ExportFile, ExportedMessage, ExportedSessionEntry, ManifestEntry } from '../format';
import type { Bilingual } from '../import/errors';
import { Chain } from './chain';
import type { DigestBackend } from './digest';
import { fromHex64, toHex } from './hash';

export type TamperKind =
  | 'changed'
  | 'added'
  | 'removed'
  | 'reordered'
  | 'header-changed'
  | 'digest-mismatch'
  | 'annotations-changed'
  | 'manifest-mismatch'
  | 'unsealed'
  | 'noted-digest-mismatch';

export interface TamperProblem {
  kind: TamperKind;
  sessionId?: string;
  sessionIndex?: number;
  /** Position in the file's message list. */
  messageIndex?: number;
  seq?: number;
  messageId?: string;
  message: Bilingual;
}

export interface SessionCheck {
  sessionId: string;
  index: number;
  ok: boolean;
  /** The digest recomputed from the content as it is now. */
  digest: string;
  storedDigest?: string;
  messageCount: number;
}

export interface NotedDigestCheck {
  value: string;
  matched: boolean;
  /** What it matched: one session's digest, or the archive digest. */
  sessionId?: string;
  archive?: boolean;
}

export interface VerifyReport {
  ok: boolean;
  /** In file order: sessions first (header, then messages, then digests), then the manifest, then noted digests. */
  problems: TamperProblem[];
  first?: TamperProblem;
  sessions: SessionCheck[];
  /** Recomputed from the sessions as they are now. */
  archiveDigest: string;
  noted: NotedDigestCheck[];
}

export interface VerifyOptions {
  digest?: DigestBackend;
  /**
   * Digests the user noted or shared earlier (a session's digest or the archive digest). Full 64-digit values or
   * prefixes of at least 16 hex digits; spaces and case are ignored.
   */
  notedDigests?: readonly string[];
}

type Where = Pick<TamperProblem, 'sessionId' | 'sessionIndex' | 'messageIndex' | 'seq' | 'messageId'>;

function at(where: Where): Bilingual {
  if (where.messageIndex === undefined) return { zh: `会话 ${where.sessionId ?? ''}`, en: `session ${where.sessionId ?? ''}` };
  return {
    zh: `第 ${where.seq} 条消息（id ${where.messageId}，文件中第 ${where.messageIndex + 1} 条）`,
    en: `message #${where.seq} (id ${where.messageId}, position ${where.messageIndex + 1} in the file)`,
  };
}

function problem(kind: TamperKind, where: Where, zh: (w: string) => string, en: (w: string) => string): TamperProblem {
  const w = at(where);
  return { kind, ...where, message: { zh: zh(w.zh), en: en(w.en) } };
}

const range = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

async function checkSession(
  entry: ExportedSessionEntry,
  index: number,
  chain: Chain,
  manifest: ManifestEntry | undefined,
): Promise<{ problems: TamperProblem[]; check: SessionCheck }> {
  const s = entry.session;
  const msgs = entry.messages;
  const n = msgs.length;
  const base: Where = { sessionId: s.id, sessionIndex: index };
  const problems: TamperProblem[] = [];

  const header = await chain.header(s);
  const headerHex = toHex(header);
  const sealed = entry.headerHash !== undefined || entry.digest !== undefined || msgs.some((m) => m.hash !== undefined);
  if (!sealed) {
    let h = header;
    for (const m of msgs) h = await chain.link(h, m);
    problems.push(
      problem('unsealed', base, (w) => `${w}没有任何哈希值，无法核对。`, (w) => `${w} carries no hashes, so it cannot be checked.`),
    );
    return { problems, check: { sessionId: s.id, index, ok: false, digest: n > 0 ? toHex(h) : headerHex, messageCount: n } };
  }

  if (entry.headerHash !== undefined && entry.headerHash !== headerHex) {
    problems.push(
      problem(
        'header-changed',
        base,
        (w) => `${w}的基本信息（id、网址、站点、渠道厂商或开始时间）在导出后被改动。`,
        (w) => `the header of ${w} (id, URL, site, vendor or start time) was changed after export.`,
      ),
    );
  }

  // Where the export originally ended: the message whose recorded value equals the recorded digest.
  let endIndex: number | undefined;
  if (entry.digest !== undefined) {
    if (entry.digest === (entry.headerHash ?? headerHex)) endIndex = -1;
    else {
      const j = msgs.findIndex((m) => m.hash === entry.digest);
      if (j >= 0) endIndex = j;
    }
  }

  const seqCount = new Map<number, number>();
  const idCount = new Map<string, number>();
  for (const m of msgs) {
    seqCount.set(m.seq, (seqCount.get(m.seq) ?? 0) + 1);
    idCount.set(m.id, (idCount.get(m.id) ?? 0) + 1);
  }
  const anchor = (entry.headerHash !== undefined ? fromHex64(entry.headerHash) : undefined) ?? header;
  const linkOk = async (prev: Uint8Array, m: ExportedMessage) => m.hash !== undefined && toHex(await chain.link(prev, m)) === m.hash;

  // Two chains side by side: `prev` follows the recorded values (to localise problems), `honest` recomputes from the
  // content (the digest as the file is now). While they agree — the normal case — one hash per message serves both.
  let prev = anchor;
  let honest = header;
  let inSync = toHex(anchor) === headerHex;
  for (let k = 0; k < n; k++) {
    const m = msgs[k]!;
    const where: Where = { ...base, messageIndex: k, seq: m.seq, messageId: m.id };
    const linked = await chain.link(prev, m);
    const linkedHex = toHex(linked);
    honest = inSync ? linked : await chain.link(honest, m);
    if (endIndex !== undefined && k > endIndex) {
      problems.push(problem('added', where, (w) => `${w}是在导出之后追加的。`, (w) => `${w} was appended after the export.`));
    } else if (m.hash === undefined) {
      problems.push(problem('added', where, (w) => `${w}没有哈希值，是导出之后加入的。`, (w) => `${w} has no hash: it was added after the export.`));
    } else if (linkedHex !== m.hash) {
      problems.push(await classify(k, where));
    }
    prev = m.hash === undefined || linkedHex === m.hash ? linked : fromHex64(m.hash)!;
    inSync = prev === honest || toHex(prev) === toHex(honest);
  }
  const digest = n > 0 ? toHex(honest) : headerHex;
  const check: SessionCheck = { sessionId: s.id, index, ok: true, digest, storedDigest: entry.digest, messageCount: n };

  async function classify(k: number, where: Where): Promise<TamperProblem> {
    const m = msgs[k]!;
    const prevSeq = k > 0 ? msgs[k - 1]!.seq : -1;
    if ((seqCount.get(m.seq) ?? 0) > 1 || (idCount.get(m.id) ?? 0) > 1) {
      return problem('added', where, (w) => `${w}与另一条消息序号或 id 重复，是后来插入的。`, (w) => `${w} repeats another message's seq or id: it was inserted.`);
    }
    if (m.seq <= prevSeq) {
      return problem('reordered', where, (w) => `${w}的位置被调换了。`, (w) => `${w} was moved out of order.`);
    }
    if (m.seq > prevSeq + 1) {
      const missing: number[] = [];
      for (let q = prevSeq + 1; q < m.seq; q++) missing.push(q);
      if (missing.some((q) => seqCount.has(q))) {
        return problem('reordered', where, (w) => `${w}的位置被调换了。`, (w) => `${w} was moved out of order.`);
      }
      const gap = range(prevSeq + 1, m.seq - 1);
      return problem('removed', where, (w) => `${w}之前的第 ${gap} 条消息被删除了。`, (w) => `message #${gap} before ${w} was removed.`);
    }
    const next = msgs[k + 1];
    if (next?.hash !== undefined) {
      const before = k > 0 ? fromHex64(msgs[k - 1]!.hash ?? '') : anchor;
      if (before && ((await linkOk(before, next)) || (await linkOk(before, { ...next, seq: next.seq - 1 })))) {
        return problem('added', where, (w) => `${w}是后来插入的。`, (w) => `${w} was inserted after the export.`);
      }
    }
    return problem(
      'changed',
      where,
      (w) => `${w}与记录的哈希不符：它的内容、时间、发言人或作者被改动过（或紧挨在它前面的消息被删除或替换）。`,
      (w) => `${w} does not match its recorded hash: its text, time, role or author was changed (or the message just before it was removed or replaced).`,
    );
  }

  const lastRecorded = n > 0 ? msgs[n - 1]!.hash : (entry.headerHash ?? headerHex);
  if (entry.digest !== undefined && endIndex === undefined && entry.digest !== lastRecorded) {
    const expected = manifest?.messageCount;
    if (expected !== undefined && expected > n) {
      const gap = range(n, expected - 1);
      problems.push(
        problem(
          'removed',
          { ...base, seq: n },
          (w) => `${w}末尾的第 ${gap} 条消息被删除了。`,
          (w) => `message #${gap} at the end of ${w} was removed.`,
        ),
      );
    } else {
      problems.push(
        problem(
          'digest-mismatch',
          base,
          (w) => `${w}记录的摘要与最后一条消息不符：摘要被改动，或末尾的消息被删除。`,
          (w) => `the digest recorded for ${w} does not match its last message: the digest was edited or messages at the end were removed.`,
        ),
      );
    }
  }

  if (entry.annotationsDigest !== undefined) {
    const now = toHex(await chain.annotations(s, entry.followUps));
    if (now !== entry.annotationsDigest) {
      problems.push(
        problem(
          'annotations-changed',
          base,
          (w) => `${w}的备注、方案、结果、材料清单或待办事项在导出后被改动（这些内容不在哈希链中）。`,
          (w) => `the notes, offers, outcome, checklist or follow-ups of ${w} changed after export (they are outside the chain).`,
        ),
      );
    }
  }

  return { problems, check: { ...check, ok: problems.length === 0 } };
}

function manifestProblems(file: ExportFile, storedArchive: string | undefined, recomputedStoredArchive: string | undefined): TamperProblem[] {
  const out: TamperProblem[] = [];
  const m = file.manifest;
  const mm = (where: Where, zh: string, en: string) => problem('manifest-mismatch', where, () => zh, () => en);
  if (!m) return [mm({}, '文件缺少清单（manifest），无法确认会话是否齐全。', 'the file has no manifest, so missing or extra sessions cannot be detected.')];
  const listed = new Map(m.sessions.map((e, i) => [e.id, { e, i }]));
  const present = new Map(file.sessions.map((s, i) => [s.session.id, i]));
  m.sessions.forEach((e, i) => {
    if (!present.has(e.id))
      out.push(problem('removed', { sessionId: e.id }, (w) => `清单中列出的${w}已从文件中删除。`, (w) => `${w}, listed in the manifest, was removed from the file.`));
    else if (present.get(e.id) !== i)
      out.push(problem('reordered', { sessionId: e.id, sessionIndex: present.get(e.id) }, (w) => `${w}的顺序被调换了。`, (w) => `${w} was moved out of order.`));
  });
  file.sessions.forEach((s, i) => {
    const entry = listed.get(s.session.id);
    const where = { sessionId: s.session.id, sessionIndex: i };
    if (!entry) {
      out.push(problem('added', where, (w) => `${w}不在清单中，是后来加入的。`, (w) => `${w} is not in the manifest: it was added after the export.`));
      return;
    }
    if (entry.e.digest !== s.digest || entry.e.messageCount !== s.messages.length || entry.e.startedAt !== s.session.startedAt) {
      out.push(mm(where, `清单中${s.session.id}的摘要、消息数或开始时间与会话内容不符。`, `the manifest entry for ${s.session.id} (digest, message count or start time) does not match the session.`));
    }
  });
  const total = file.sessions.reduce((n, s) => n + s.messages.length, 0);
  if (m.sessionCount !== file.sessions.length || m.messageCount !== total) {
    out.push(mm({}, '清单中的会话总数或消息总数与文件内容不符。', 'the manifest totals (sessions or messages) do not match the file.'));
  }
  if (storedArchive !== undefined && recomputedStoredArchive !== storedArchive) {
    out.push(mm({}, '清单被改动：其总摘要与清单内容不符。', 'the manifest was edited: its archive digest does not match its entries.'));
  }
  return out;
}

function normaliseNoted(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase();
}

export async function verifyExportFile(file: ExportFile, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const chain = new Chain(opts.digest);
  const manifestById = new Map((file.manifest?.sessions ?? []).map((e) => [e.id, e]));
  const problems: TamperProblem[] = [];
  const sessions: SessionCheck[] = [];
  for (let i = 0; i < file.sessions.length; i++) {
    const entry = file.sessions[i]!;
    const r = await checkSession(entry, i, chain, manifestById.get(entry.session.id));
    problems.push(...r.problems);
    sessions.push(r.check);
  }
  const recomputedStored = file.manifest ? toHex(await chain.archive(file.manifest.sessions)) : undefined;
  problems.push(...manifestProblems(file, file.manifest?.archiveDigest, recomputedStored));

  const honestEntries = file.sessions.map((s, i) => ({
    id: s.session.id,
    startedAt: s.session.startedAt,
    messageCount: s.messages.length,
    digest: sessions[i]!.digest,
  }));
  const archiveDigest = toHex(await chain.archive(honestEntries));

  const noted: NotedDigestCheck[] = [];
  for (const raw of opts.notedDigests ?? []) {
    const v = normaliseNoted(raw);
    const usable = /^[0-9a-f]{16,64}$/.test(v);
    const hit = usable ? sessions.find((c) => c.digest.startsWith(v)) : undefined;
    const archive = usable && archiveDigest.startsWith(v);
    noted.push({ value: raw, matched: Boolean(hit) || archive, sessionId: hit?.sessionId, archive: archive || undefined });
    if (!hit && !archive) {
      problems.push(
        problem(
          'noted-digest-mismatch',
          {},
          () => `您记下的摘要 ${raw} 与本文件的任何会话或总摘要都不符：文件内容与当时不同${usable ? '' : '（摘要应为至少 16 位十六进制数字）'}。`,
          () => `the digest you noted, ${raw}, matches no session and not the archive: the content differs from what it was then${usable ? '' : ' (a digest is at least 16 hex digits)'}.`,
        ),
      );
    }
  }

  return { ok: problems.length === 0, problems, first: problems[0], sessions, archiveDigest, noted };
}
