/**
 * The printable letter page (entrypoints/letter): the letter kept with a record, or the draft being written, shown as
 * plain text in an extension page so the browser's own "Print → Save as PDF" makes the PDF. The text is the person's
 * and may hold anything: it only ever reaches the page as a text node.
 */
import type { ParleyDB } from '../db/database';
import { LETTER_DRAFT, LETTER_DRAFT_KEY, readSetting } from '../db/settings';
import { letterTitle } from './index';
import { letterLang, type LetterKind } from './types';
import { printBar, printBarCss } from '../ui/print-bar';

export type LetterSource = { session: string } | { draft: true };

export function letterPagePath(source: LetterSource, print: boolean): string {
  const params = new URLSearchParams();
  if ('session' in source) params.set('session', source.session);
  else params.set('draft', '1');
  if (print) params.set('print', '1');
  return `/letter.html?${params.toString()}`;
}

export function parseLetterPageQuery(search: string): { source: LetterSource; print: boolean } | undefined {
  const params = new URLSearchParams(search);
  const session = params.get('session');
  const print = params.get('print') === '1';
  if (session && session.length <= 512) return { source: { session }, print };
  if (params.get('draft') === '1') return { source: { draft: true }, print };
  return undefined;
}

export interface LetterLabels {
  print: string;
  hint: string;
  notFound: string;
}

export function mountLetter(doc: Document, letter: { kind: LetterKind; text: string }, labels: LetterLabels, onPrint: () => void): void {
  doc.documentElement.lang = letterLang(letter.kind) === 'zh' ? 'zh-CN' : 'en';
  doc.title = letterTitle(letter.kind);
  const style = doc.createElement('style');
  style.textContent =
    'body{margin:0;background:#f4f4f5;color:#111;font:15px/1.7 "Noto Serif CJK SC","Songti SC",Georgia,serif}' +
    printBarCss('bar') +
    '.page{box-sizing:border-box;max-width:210mm;min-height:297mm;margin:16px auto;padding:20mm;background:#fff;white-space:pre-wrap;overflow-wrap:anywhere}' +
    '@media print{body{background:#fff}.page{margin:0;padding:0;min-height:0;max-width:none}@page{margin:20mm}}';
  const bar = printBar(doc, 'bar', labels, onPrint);
  const page = doc.createElement('main');
  page.className = 'page';
  page.dataset.testid = 'letter-page';
  page.textContent = letter.text;
  doc.head.append(style);
  doc.body.replaceChildren(bar, page);
}

export interface LetterPageDeps {
  db: ParleyDB;
  labels: LetterLabels;
  print: () => void;
}

/** Returns whether a letter was shown. */
export async function showLetterPage(doc: Document, search: string, deps: LetterPageDeps): Promise<boolean> {
  const query = parseLetterPageQuery(search);
  let letter: { kind: LetterKind; text: string } | undefined;
  if (query && 'session' in query.source) {
    const session = await deps.db.sessions.get(query.source.session);
    letter = session?.application;
  } else if (query) {
    const draft = await readSetting(deps.db, LETTER_DRAFT_KEY, LETTER_DRAFT);
    if (draft?.edited) letter = { kind: draft.kind, text: draft.edited };
  }
  if (!query || !letter || !letter.text.trim()) {
    const p = doc.createElement('p');
    p.textContent = deps.labels.notFound;
    doc.body.replaceChildren(p);
    return false;
  }
  mountLetter(doc, letter, deps.labels, deps.print);
  if (query.print) deps.print();
  return true;
}
