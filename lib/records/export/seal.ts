/** Converts bundles to their exported form and computes their hash chains: the shared first step of every export. */
import {
  sortMessages,
  toExportedFollowUp,
  toExportedMessage,
  toExportedSession,
  type ExportedSessionEntry,
  type ManifestEntry,
} from '../format';
import { Chain } from '../integrity/chain';
import type { DigestBackend } from '../integrity/digest';
import type { DebtRow } from '../../debts/types';
import type { FollowUp, SessionBundle } from '../types';

export interface ExportOptions {
  /** Export time in epoch ms (tests pass a fixed value). */
  now?: number;
  app?: { name: string; version: string };
  digest?: DigestBackend;
  /** User's offset from UTC in minutes, for file-name dates; defaults to the runtime's zone. */
  utcOffsetMinutes?: number;
  /** Debts to carry in a JSON export (lib/debts/format.ts debtsForExport chooses them). */
  debts?: readonly DebtRow[];
}

export interface SealedSession {
  bundle: SessionBundle;
  entry: ExportedSessionEntry & { headerHash: string; digest: string; annotationsDigest: string };
  manifest: ManifestEntry;
}

function sortFollowUps(list: readonly FollowUp[]): FollowUp[] {
  return [...list].sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Sessions by start time then id, messages by seq, follow-ups by due time: an export of the same data is identical. */
export async function sealBundles(bundles: readonly SessionBundle[], opts: ExportOptions = {}): Promise<SealedSession[]> {
  const chain = new Chain(opts.digest);
  const ordered = [...bundles].sort(
    (a, b) => a.session.startedAt - b.session.startedAt || (a.session.id < b.session.id ? -1 : a.session.id > b.session.id ? 1 : 0),
  );
  const seen = new Set<string>();
  const out: SealedSession[] = [];
  for (const b of ordered) {
    const sid = b.session.id;
    if (seen.has(sid)) throw new RangeError(`session ${sid} appears twice in the export`);
    seen.add(sid);
    const stray = b.messages.find((m) => m.sessionId !== sid) ?? b.followUps?.find((f) => f.sessionId !== sid);
    if (stray) throw new RangeError(`${stray.id} belongs to session ${stray.sessionId}, not ${sid}`);
    const messages = sortMessages(b.messages);
    const followUps = sortFollowUps(b.followUps ?? []);
    const session = toExportedSession(b.session);
    const plain = messages.map((m) => toExportedMessage(m));
    const exportedFollowUps = followUps.map(toExportedFollowUp);
    const seal = await chain.seal(session, plain, exportedFollowUps);
    const entry = {
      session,
      messages: plain.map((m, i) => ({ ...m, hash: seal.hashes[i]! })),
      followUps: exportedFollowUps,
      headerHash: seal.headerHash,
      digest: seal.digest,
      annotationsDigest: seal.annotationsDigest,
    };
    out.push({
      bundle: { ...b, messages, followUps },
      entry,
      manifest: { id: sid, startedAt: session.startedAt, messageCount: messages.length, digest: seal.digest },
    });
  }
  return out;
}
