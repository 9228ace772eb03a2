/**
 * Saving a file from the panel without the "downloads" permission: a Blob URL on an <a download>, clicked. The browser
 * treats it like any page's download (its own save dialog or downloads folder).
 */
import type { OutputFile } from '../../records/types';

/** Long enough for the browser to start reading the Blob; revoking at once can cancel the download in Chrome. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(file: OutputFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
