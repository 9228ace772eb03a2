/** Markdown, HTML and CSV exports as files: one per session, or everything combined into one. */
import { toUtcIso } from '../time';
import type { OutputFile, SessionBundle } from '../types';
import { renderCsv } from './csv';
import { archiveFilename, sessionFilename } from './filename';
import { renderHtmlDocument, renderRecordSection } from './html';
import { exportJson } from './json';
import { t, type Lang } from './labels';
import { renderMarkdown } from './markdown';
import { sealBundles, type ExportOptions, type SealedSession } from './seal';
import { recordView } from './view';

export type DocumentFormat = 'markdown' | 'html' | 'csv';
export type ExportFormat = 'json' | DocumentFormat;

export interface DocumentOptions extends ExportOptions {
  lang?: Lang;
  /** One file for all sessions (default) or one file per session. */
  combine?: boolean;
  /** Zone of the times in Markdown and HTML (east positive minutes); this computer's when absent. CSV keeps UTC ISO. */
  utcOffsetMinutes?: number;
}

const EXT: Record<DocumentFormat, string> = { markdown: 'md', html: 'html', csv: 'csv' };
const MIME: Record<DocumentFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

function render(format: DocumentFormat, group: readonly SealedSession[], exportedAt: string, lang: Lang, offset: number | undefined): string {
  if (format === 'csv') return renderCsv(group);
  const views = group.map((s) => recordView(s, exportedAt, lang, offset));
  if (format === 'markdown') return views.map((v) => renderMarkdown(v, lang)).join('\n---\n\n');
  const title = views.length === 1 ? views[0]!.heading : `${t('title', lang)} (${views.length})`;
  return renderHtmlDocument(views.map((v) => renderRecordSection(v, lang)), title, lang);
}

export async function exportDocuments(
  format: DocumentFormat,
  bundles: readonly SessionBundle[],
  opts: DocumentOptions = {},
): Promise<OutputFile[]> {
  const sealed = await sealBundles(bundles, opts);
  const now = opts.now ?? Date.now();
  const exportedAt = toUtcIso(now);
  const lang = opts.lang ?? 'zh';
  const ext = EXT[format];
  const file = (group: readonly SealedSession[], filename: string): OutputFile => ({
    filename,
    mime: MIME[format],
    content: render(format, group, exportedAt, lang, opts.utcOffsetMinutes),
  });
  if (opts.combine === false || sealed.length === 1) {
    return sealed.map((s) => file([s], sessionFilename(s.bundle.session, ext, opts)));
  }
  return [file(sealed, archiveFilename(sealed.length, now, ext, opts))];
}

export const exportMarkdown = (bundles: readonly SessionBundle[], opts?: DocumentOptions) => exportDocuments('markdown', bundles, opts);
export const exportHtml = (bundles: readonly SessionBundle[], opts?: DocumentOptions) => exportDocuments('html', bundles, opts);
export const exportCsv = (bundles: readonly SessionBundle[], opts?: DocumentOptions) => exportDocuments('csv', bundles, opts);

/** Any format as a list of files; JSON is always a single file (an archive when there are several sessions). */
export async function exportFiles(format: ExportFormat, bundles: readonly SessionBundle[], opts: DocumentOptions = {}): Promise<OutputFile[]> {
  if (format === 'json') return [await exportJson(bundles, opts)];
  return exportDocuments(format, bundles, opts);
}
