/** The `parley.export` v1 JSON file (format described in ../EXPORT-FORMAT.md). */
import { CHAIN_SCHEME, EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../format';
import { Chain } from '../integrity/chain';
import { toHex } from '../integrity/hash';
import { toExportedDebt } from '../../debts/format';
import { toUtcIso } from '../time';
import type { OutputFile, SessionBundle } from '../types';
import { archiveFilename, sessionFilename } from './filename';
import { sealBundles, type ExportOptions, type SealedSession } from './seal';

export const DEFAULT_APP = { name: 'Parley', version: '0.1.0' };

export async function fileFromSealed(sealed: readonly SealedSession[], opts: ExportOptions = {}): Promise<ExportFile> {
  const entries = sealed.map((s) => s.manifest);
  const archiveDigest = toHex(await new Chain(opts.digest).archive(entries));
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: toUtcIso(opts.now ?? Date.now()),
    app: opts.app ?? DEFAULT_APP,
    integrity: { hash: 'SHA-256', scheme: CHAIN_SCHEME },
    sessions: sealed.map((s) => s.entry),
    manifest: {
      sessionCount: sealed.length,
      messageCount: entries.reduce((n, e) => n + e.messageCount, 0),
      sessions: entries,
      archiveDigest,
    },
  };
  // Oldest first, as the Plan lists them, so exporting the same data twice gives the same file.
  const debts = [...(opts.debts ?? [])].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  if (debts.length > 0) file.debts = debts.map(toExportedDebt);
  return file;
}

/** One session or several (an archive): the same format, the manifest lists each session's digest and message count. */
export async function buildExport(bundles: readonly SessionBundle[], opts: ExportOptions = {}): Promise<ExportFile> {
  return fileFromSealed(await sealBundles(bundles, opts), opts);
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function jsonFilename(file: ExportFile, bundles: readonly SessionBundle[], opts: ExportOptions = {}): string {
  const only = bundles.length === 1 ? bundles[0] : undefined;
  if (only) return sessionFilename(only.session, 'json', opts);
  return archiveFilename(bundles.length, Date.parse(file.exportedAt), 'json', opts);
}

export async function exportJson(bundles: readonly SessionBundle[], opts: ExportOptions = {}): Promise<OutputFile> {
  const file = await buildExport(bundles, opts);
  return { filename: jsonFilename(file, bundles, opts), mime: 'application/json', content: serializeExport(file) };
}
