/**
 * The printable record page: a stored record rendered by lib/records' HTML builder (every value escaped there, and a
 * CSP that allows no script or network load), then shown in this extension page so the browser's own "Print → Save
 * as PDF" makes the PDF. Nothing from a chat reaches this document except through that builder.
 */
import type { ParleyDB } from '../../db/database';
import { loadProfile } from '../../db/profile';
import { loadAllBundles, loadBundle } from '../../db/records-queries';
import type { SessionBundle } from '../../records/types';
import { recordFiles } from './exports';
import { parseRecordPageQuery } from './record-page';
import { printBar, printBarCss } from '../print-bar';

export interface PrintableLabels {
  print: string;
  hint: string;
  notFound: string;
}

/** Elements the builder never emits; removed anyway, so a bug there cannot turn into active content here. */
const NEVER = 'script, iframe, frame, object, embed, link, base, img, picture, video, audio, source, track, svg, math, form, input, button, textarea, select';

export function mountRecordDocument(doc: Document, html: string, labels: PrintableLabels, onPrint: () => void): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll(NEVER).forEach((n) => n.remove());
  for (const el of Array.from(parsed.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name) || /^(src|href|srcdoc)$/i.test(attr.name)) el.removeAttribute(attr.name);
  }
  doc.documentElement.lang = parsed.documentElement.lang;
  doc.title = parsed.title;
  const style = doc.createElement('style');
  style.textContent = printBarCss('parley-print-bar');
  const bar = printBar(doc, 'parley-print-bar', labels, onPrint);
  // The CSP meta goes in last, once everything this page will ever load is loaded.
  const head = Array.from(parsed.head.children).map((n) => doc.importNode(n, true));
  doc.head.replaceChildren(...head.filter((n) => n.tagName !== 'META' || n.getAttribute('http-equiv') === null), style);
  doc.body.replaceChildren(bar, ...Array.from(parsed.body.childNodes).map((n) => doc.importNode(n, true)));
  for (const meta of head.filter((n) => n.tagName === 'META' && n.getAttribute('http-equiv') !== null)) doc.head.prepend(meta);
}

export interface PrintablePageDeps {
  db: ParleyDB;
  labels: PrintableLabels;
  utcOffsetMinutes: number;
  print: () => void;
}

async function bundlesFor(db: ParleyDB, ids: string[]): Promise<SessionBundle[]> {
  if (ids.length === 0) return loadAllBundles(db);
  const found = await Promise.all(ids.map((id) => loadBundle(db, id)));
  return found.filter((b): b is SessionBundle => b !== undefined);
}

/** Returns whether a record was shown. */
export async function showPrintableRecord(doc: Document, search: string, deps: PrintablePageDeps): Promise<boolean> {
  const query = parseRecordPageQuery(search);
  const bundles = query ? await bundlesFor(deps.db, query.ids) : [];
  if (!query || bundles.length === 0) {
    const p = doc.createElement('p');
    p.textContent = deps.labels.notFound;
    doc.body.replaceChildren(p);
    return false;
  }
  const profile = await loadProfile(deps.db);
  const [file] = await recordFiles('html', bundles, { lang: query.lang, utcOffsetMinutes: deps.utcOffsetMinutes, ...(profile ? { profile } : {}) });
  mountRecordDocument(doc, file!.content, deps.labels, deps.print);
  if (query.print) deps.print();
  return true;
}
