// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { TranscriptTail } from '../../lib/capture/transcript-tail';
import type { TrackedItem } from '../../lib/capture/tracker';

let list: HTMLElement;
let tail: TranscriptTail;
let observer: MutationObserver;

function addRow(text: string): HTMLElement {
  const row = document.createElement('div');
  row.textContent = text;
  list.append(row);
  return row;
}
const message = (row: Element): TrackedItem => ({ raw: { text: row.textContent ?? '' }, ref: row }) as TrackedItem;
const texts = (rows: Element[] | undefined) => rows?.map((r) => r.textContent);
/** Delivers pending mutation records as the capture session's observer would, before its next scan. */
const flush = () => observer.takeRecords().forEach((r) => tail.note(r));

/** A first, full scan of everything in the list. */
function fullScan(): void {
  expect(tail.rowsToRead(list)).toBeUndefined();
  const rows = Array.from(list.children);
  tail.scanned(rows.at(-1), rows.length ? message(rows.at(-1)!) : undefined);
}

beforeEach(() => {
  document.body.innerHTML = '<div id="list"></div>';
  list = document.getElementById('list')!;
  tail = new TranscriptTail();
  observer?.disconnect();
  observer = new MutationObserver(() => undefined);
  observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
  addRow('a');
  addRow('b');
  flush();
  fullScan();
});

describe('TranscriptTail', () => {
  it('reads only rows appended since the last scan, headed by the last message read', () => {
    addRow('c');
    addRow('d');
    flush();
    const rows = tail.rowsToRead(list);
    expect(texts(rows)).toEqual(['b', 'c', 'd']);
    tail.scanned(rows!.at(-1), message(rows!.at(-1)!));
    addRow('e');
    flush();
    expect(texts(tail.rowsToRead(list))).toEqual(['d', 'e']);
  });

  it('keeps the last message as the head when the newest rows were not messages (a typing indicator)', () => {
    const b = list.lastElementChild!;
    const typing = addRow('…');
    flush();
    const rows = tail.rowsToRead(list)!;
    expect(texts(rows)).toEqual(['b', '…']);
    tail.scanned(typing, undefined);
    expect(tail.rowsToRead(list)).toEqual([b]);
  });

  it.each([
    ['an edit inside an earlier row', () => void (list.firstElementChild!.textContent = 'a (edited)')],
    ['a removed row (a virtualised list dropping old nodes)', () => list.firstElementChild!.remove()],
    ['a row inserted above the last one', () => list.insertBefore(document.createElement('div'), list.lastElementChild)],
    ['a re-render of the whole list', () => void (list.innerHTML = '<div>a</div><div>b</div>')],
    ['a class change on a row', () => list.firstElementChild!.setAttribute('class', 'hidden')],
  ])('falls back to a full scan after %s', (_name, change) => {
    change();
    addRow('z');
    flush();
    expect(tail.rowsToRead(list)).toBeUndefined();
  });

  it('falls back to a full scan when the rows moved to another container, or after a reset', () => {
    const other = document.createElement('div');
    document.body.append(other);
    expect(tail.rowsToRead(other)).toBeUndefined();
    fullScanOf(other);
    tail.reset();
    expect(tail.rowsToRead(other)).toBeUndefined();
  });

  it('never reads a partial list when rows are not the container\'s children (a vendor item selector)', () => {
    addRow('c');
    flush();
    expect(tail.rowsToRead(undefined)).toBeUndefined();
    tail.scanned(list.lastElementChild!, message(list.lastElementChild!));
    expect(tail.rowsToRead(list)).toBeUndefined();
  });
});

function fullScanOf(container: Element): void {
  const row = document.createElement('div');
  row.textContent = 'x';
  container.append(row);
  tail.scanned(row, message(row));
}
