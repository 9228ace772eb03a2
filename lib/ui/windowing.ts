/**
 * Windowing for long lists that scroll with the page: only the rows in view (plus a margin) are rendered, the rest
 * are stood in for by two spacers. Heights are estimated first and replaced by measured ones as rows are rendered,
 * keyed by the row's key so a live list that grows keeps what was measured. The arithmetic is pure (table-tested);
 * the hook below only reads the page's geometry and feeds it in.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { followTarget, isFollowing } from './follow';

/** offsets[i] is the top of row i; offsets[count] the end of the last row. Each row is followed by `gap`. */
export function layoutOffsets(count: number, heightOf: (index: number) => number, gap: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heightOf(i) + gap;
  return offsets;
}

/** The first row whose end is below `y` (binary search), or `count` when y is past the end. */
export function rowAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Range {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

/**
 * Rows overlapping [from, to) in list coordinates, widened by `overscan` rows each side. A view entirely past the end
 * (the list shrank) shows its last rows rather than nothing.
 */
export function windowRange(offsets: Float64Array, count: number, from: number, to: number, overscan: number): Range {
  if (count === 0) return { start: 0, end: 0 };
  const top = Math.max(0, from);
  const bottom = Math.max(top, to);
  let first = Math.min(rowAt(offsets, count, top), count - 1);
  let last = Math.min(rowAt(offsets, count, bottom), count - 1);
  if (top >= offsets[count]!) first = last = count - 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/**
 * A first guess at a chat message's height from its text, so a long list's scrollbar is close to right before rows
 * are measured: CJK characters take about twice the width of Latin ones, and every line break starts a line.
 */
export function estimateTextHeight(text: string, width: number, { lineHeight = 20, charWidth = 7, chrome = 36 } = {}): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let units = 0;
    for (let i = 0; i < paragraph.length; i++) units += paragraph.charCodeAt(i) > 0x2e80 ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / perLine));
  }
  return chrome + lines * lineHeight;
}

/**
 * Row heights and offsets of a long list, kept between renders: estimates are computed once per row and width,
 * measured heights are remembered by key (a live list that grows keeps them), and offsets are summed again only from
 * the first row whose height changed. Scrolling a 50,000-row list measures a few rows per frame; recomputing every
 * estimate and offset each time cost tens of milliseconds a frame.
 */
export class RowLayout {
  private keys: string[] = [];
  private sizes = new Float64Array(0);
  private sums = new Float64Array(1);
  private dirtyFrom = 0;
  private readonly measured = new Map<string, number>();
  private estimates = new Map<string, number>();
  private width = -1;

  constructor(private readonly gap: number) {}

  /** Takes the current rows; call when the list or its width changed. */
  sync<T>(items: readonly T[], keyOf: (item: T) => string, estimate: (item: T, width: number) => number, width: number): void {
    if (width !== this.width) {
      this.estimates = new Map();
      this.width = width;
    }
    const keys = new Array<string>(items.length);
    const sizes = new Float64Array(items.length);
    let firstDifferent = -1;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const key = keyOf(item);
      keys[i] = key;
      let size = this.measured.get(key) ?? this.estimates.get(key);
      if (size === undefined) this.estimates.set(key, (size = estimate(item, width)));
      sizes[i] = size;
      if (firstDifferent < 0 && (this.keys[i] !== key || this.sizes[i] !== size)) firstDifferent = i;
    }
    if (firstDifferent < 0 && items.length !== this.keys.length) firstDifferent = Math.min(items.length, this.keys.length);
    const sums = new Float64Array(items.length + 1);
    const keep = firstDifferent < 0 ? items.length : Math.min(firstDifferent, this.dirtyFrom);
    sums.set(this.sums.subarray(0, Math.min(keep + 1, this.sums.length, sums.length)));
    this.keys = keys;
    this.sizes = sizes;
    this.sums = sums;
    this.dirtyFrom = Math.min(keep, this.sums.length - 1);
  }

  /** Records a measured height; true when it differs from what the layout assumed. */
  measure(index: number, height: number): boolean {
    const key = this.keys[index];
    if (key === undefined || Math.abs(this.sizes[index]! - height) <= 0.5) return false;
    this.measured.set(key, height);
    this.sizes[index] = height;
    this.dirtyFrom = Math.min(this.dirtyFrom, index);
    return true;
  }

  /** offsets[i] is the top of row i, offsets[count] the end (as layoutOffsets). */
  offsets(): Float64Array {
    const n = this.sizes.length;
    for (let i = this.dirtyFrom; i < n; i++) this.sums[i + 1] = this.sums[i]! + this.sizes[i]! + this.gap;
    this.dirtyFrom = n;
    return this.sums;
  }
}

export interface WindowedList {
  /** Attach to the list element (the element whose children are the rows and the two spacers). */
  listRef: (el: HTMLElement | null) => void;
  range: Range;
  /** Heights of the spacers standing in for the rows above and below the rendered ones (0: render no spacer). */
  before: number;
  after: number;
  /** Width of the list, for estimates (0 until laid out). */
  width: number;
  /**
   * Scrolls to the newest row (the end, or the newest row's start when it is taller than the view) and keeps it there
   * while the last rows are measured (a live chat following new messages).
   */
  scrollToEnd: () => void;
  /** False once the person has scrolled up away from the newest row; true again when they come back to it. */
  following: boolean;
  /** The same, read at once (for deciding what a new message does before the next render). */
  isFollowing: () => boolean;
}

export interface WindowedListOptions<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  estimate: (item: T, width: number) => number;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  /** Space between rows (the list's CSS gap), included in offsets. */
  gap?: number;
  /** Attribute on each rendered row's elements naming its index; a row may span several elements. */
  rowAttribute?: string;
  /** The element that scrolls the list; the page itself when absent (the list scrolls with the document). */
  scroller?: HTMLElement | null;
  /** A live chat: while the person has not scrolled up, a list or view that changes size stays on the newest row. */
  follow?: boolean;
}

const PIN_MS = 600;

/** Reads the rendered rows' heights, grouped by their row index attribute. Zero (no layout, e.g. jsdom) is skipped. */
function measureRows(list: HTMLElement, attribute: string): Map<number, number> {
  const spans = new Map<number, { top: number; bottom: number }>();
  for (const child of Array.from(list.children)) {
    const index = child.getAttribute(attribute);
    if (index === null) continue;
    const rect = child.getBoundingClientRect();
    if (rect.height <= 0) continue;
    const i = Number(index);
    const span = spans.get(i);
    spans.set(i, span ? { top: Math.min(span.top, rect.top), bottom: Math.max(span.bottom, rect.bottom) } : { top: rect.top, bottom: rect.bottom });
  }
  const heights = new Map<number, number>();
  // Rows spanning several elements include the gaps between them: measured from the first top to the last bottom.
  for (const [i, span] of spans) heights.set(i, span.bottom - span.top);
  return heights;
}

/** Windowing over the page's own scroll, or over a scrolling element's (the live chat scrolls inside the panel). */
export function useWindowedList<T>({ items, keyOf, estimate, overscan = 6, gap = 0, rowAttribute = 'data-row', scroller = null, follow = false }: WindowedListOptions<T>): WindowedList {
  const [list, setList] = useState<HTMLElement | null>(null);
  const layout = useRef<RowLayout | null>(null);
  const synced = useRef<{ items: readonly T[]; width: number } | null>(null);
  // Bumped when a measured height changed: re-renders, and offsets() sums again from the first changed row only.
  const [, setVersion] = useState(0);
  const [view, setView] = useState(() => ({ from: 0, to: typeof window === 'undefined' ? 800 : window.innerHeight || 800 }));
  const [width, setWidth] = useState(0);
  const pinnedUntil = useRef(0);
  const followingRef = useRef(true);
  const [following, setFollowing] = useState(true);

  if (!layout.current) layout.current = new RowLayout(gap);
  const rows = layout.current;
  const w = width || 360;
  if (synced.current?.items !== items || synced.current.width !== w) {
    rows.sync(items, keyOf, estimate, w);
    synced.current = { items, width: w };
  }
  const offsets = rows.offsets();
  const range = windowRange(offsets, items.length, view.from, view.to, overscan);

  const readView = useCallback(() => {
    if (!list) return;
    const rect = list.getBoundingClientRect();
    const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
    const viewHeight = scroller ? scroller.clientHeight : window.innerHeight || 800;
    const from = Math.round(viewTop - rect.top);
    const to = from + viewHeight;
    setView((v) => (v.from === from && v.to === to ? v : { from, to }));
    const w = Math.round(list.clientWidth);
    setWidth((old) => (old === w ? old : w));
  }, [list, scroller]);

  const scrollingElement = useCallback(() => scroller ?? document.scrollingElement ?? document.documentElement, [scroller]);

  /** The scroll position showing the newest row, from the rows' current offsets. */
  const target = useCallback(() => {
    const el = scrollingElement();
    const geometry = { scrollHeight: el.scrollHeight, clientHeight: el.clientHeight };
    const count = synced.current?.items.length ?? 0;
    if (!list || count === 0) return followTarget(geometry);
    const listTop = list.getBoundingClientRect().top - (scroller ? scroller.getBoundingClientRect().top : 0) + el.scrollTop;
    return followTarget({ ...geometry, newestTop: listTop + rows.offsets()[count - 1]! });
  }, [list, scroller, scrollingElement, rows]);

  // Where this hook last put the scroll position: a scroll event elsewhere was the person's.
  const lastSet = useRef(-1);
  const toEnd = useCallback(() => {
    const el = scrollingElement();
    el.scrollTop = target();
    lastSet.current = el.scrollTop;
  }, [scrollingElement, target]);

  useEffect(() => {
    if (!list) return undefined;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        readView();
      });
    };
    // A scroll the person makes decides whether new messages move the view; the ones this hook makes keep it.
    const onScroll = () => {
      const top = scrollingElement().scrollTop;
      // The person scrolled: that ends the short pin that keeps the newest row in view while it is measured.
      if (Math.abs(top - lastSet.current) > 2) pinnedUntil.current = 0;
      if (performance.now() >= pinnedUntil.current) {
        const now = isFollowing(top, target());
        followingRef.current = now;
        setFollowing(now);
      }
      schedule();
    };
    // The view or the list changed size (the suggestions opened below it, a row was measured): stay on the newest
    // row, but never pull back up someone who is reading past its start (an offer card's ladder).
    const onResize = () => {
      if (follow && followingRef.current && scrollingElement().scrollTop < target()) toEnd();
      schedule();
    };
    readView();
    const scrollSource: HTMLElement | Window = scroller ?? window;
    scrollSource.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(onResize);
    resize?.observe(list);
    if (scroller) resize?.observe(scroller);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      scrollSource.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      resize?.disconnect();
    };
  }, [list, scroller, follow, readView, scrollingElement, target, toEnd]);

  // After every render: measure the rows on screen; a changed height re-lays the list out once more.
  useLayoutEffect(() => {
    if (!list) return;
    let changed = false;
    for (const [i, h] of measureRows(list, rowAttribute)) if (rows.measure(i, h)) changed = true;
    if (changed) setVersion((v) => v + 1);
    if (performance.now() < pinnedUntil.current) toEnd();
  });

  const scrollToEnd = useCallback(() => {
    pinnedUntil.current = performance.now() + PIN_MS;
    followingRef.current = true;
    setFollowing(true);
    toEnd();
    readView();
  }, [toEnd, readView]);
  const readFollowing = useCallback(() => followingRef.current, []);

  // A spacer is itself followed (or preceded) by one gap, so it stands in for its rows' extent minus that gap.
  const before = range.start > 0 ? Math.max(0, offsets[range.start]! - gap) : 0;
  const after = range.end < items.length ? Math.max(0, offsets[items.length]! - offsets[range.end]! - gap) : 0;
  return { listRef: setList, range, before, after, width, scrollToEnd, following, isFollowing: readFollowing };
}
