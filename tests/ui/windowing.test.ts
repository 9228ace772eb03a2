import { describe, expect, it } from 'vitest';
import { estimateTextHeight, layoutOffsets, rowAt, RowLayout, windowRange } from '../../lib/ui/windowing';

// Rows of 10, 20, 30, 40 px with a 5 px gap: tops 0, 15, 40, 75; end 120.
const offsets = layoutOffsets(4, (i) => (i + 1) * 10, 5);

describe('layoutOffsets', () => {
  it('adds each row and its gap', () => {
    expect(Array.from(offsets)).toEqual([0, 15, 40, 75, 120]);
    expect(Array.from(layoutOffsets(0, () => 10, 5))).toEqual([0]);
  });
});

describe('rowAt', () => {
  it.each([
    [0, 0],
    [14.9, 0],
    [15, 1],
    [39, 1],
    [40, 2],
    [119, 3],
    [120, 4],
    [1e6, 4],
  ])('y = %d is in row %i', (y, row) => {
    expect(rowAt(offsets, 4, y)).toBe(row);
  });
});

describe('windowRange', () => {
  it.each([
    ['the top of the list', 0, 20, 0, { start: 0, end: 2 }],
    ['the middle, no overscan', 16, 50, 0, { start: 1, end: 3 }],
    ['the middle, one row overscan', 16, 50, 1, { start: 0, end: 4 }],
    ['the end', 100, 200, 0, { start: 3, end: 4 }],
    ['past the end (the list shrank)', 500, 900, 1, { start: 2, end: 4 }],
    ['above the list (it starts lower on the page)', -300, -100, 0, { start: 0, end: 1 }],
  ] as const)('%s', (_name, from, to, overscan, expected) => {
    expect(windowRange(offsets, 4, from, to, overscan)).toEqual(expected);
  });

  it('renders nothing for an empty list and a bounded window for a huge one', () => {
    expect(windowRange(layoutOffsets(0, () => 1, 0), 0, 0, 800, 5)).toEqual({ start: 0, end: 0 });
    const big = layoutOffsets(50_000, () => 60, 10);
    const r = windowRange(big, 50_000, 1_000_000, 1_000_800, 8);
    expect(r.end - r.start).toBeLessThan(40);
    expect(big[r.start]! <= 1_000_000 && big[r.end]! >= 1_000_800).toBe(true);
  });
});

describe('estimateTextHeight', () => {
  it.each([
    ['one short line', 'hello', 300, 56],
    ['a Latin line that wraps once', 'x'.repeat(50), 300, 76],
    ['CJK takes twice the width', '好'.repeat(25), 300, 76],
    ['each line break starts a line', 'a\nb\nc', 300, 96],
    ['an empty text is still one line', '', 300, 56],
  ] as const)('%s', (_name, text, width, height) => {
    expect(estimateTextHeight(text, width, { lineHeight: 20, charWidth: 7, chrome: 36 })).toBe(height);
  });
});

describe('RowLayout', () => {
  type Row = { id: string; h: number };
  const rowsOf = (...hs: number[]): Row[] => hs.map((h, i) => ({ id: `r${i}`, h }));
  const keyOf = (r: Row) => r.id;
  let estimates = 0;
  const estimate = (r: Row, width: number) => {
    estimates += 1;
    return r.h * (width / 100);
  };

  it('lays rows out like layoutOffsets, estimating each row once', () => {
    estimates = 0;
    const layout = new RowLayout(5);
    const rows = rowsOf(10, 20, 30, 40);
    layout.sync(rows, keyOf, estimate, 100);
    expect(Array.from(layout.offsets())).toEqual([0, 15, 40, 75, 120]);
    layout.sync([...rows], keyOf, estimate, 100);
    expect(Array.from(layout.offsets())).toEqual([0, 15, 40, 75, 120]);
    expect(estimates).toBe(4);
  });

  it('replaces an estimate by a measured height and moves every later row', () => {
    const layout = new RowLayout(5);
    const rows = rowsOf(10, 20, 30, 40);
    layout.sync(rows, keyOf, estimate, 100);
    layout.offsets();
    expect(layout.measure(1, 20.3)).toBe(false);
    expect(layout.measure(1, 50)).toBe(true);
    expect(Array.from(layout.offsets())).toEqual([0, 15, 70, 105, 150]);
    expect(layout.measure(9, 50)).toBe(false);
  });

  it('keeps measured heights when the list grows and when the width changes', () => {
    estimates = 0;
    const layout = new RowLayout(0);
    const rows = rowsOf(10, 20);
    layout.sync(rows, keyOf, estimate, 100);
    layout.measure(0, 33);
    layout.sync([...rows, { id: 'r2', h: 5 }], keyOf, estimate, 100);
    expect(Array.from(layout.offsets())).toEqual([0, 33, 53, 58]);
    layout.sync([...rows, { id: 'r2', h: 5 }], keyOf, estimate, 200);
    expect(Array.from(layout.offsets())).toEqual([0, 33, 73, 83]);
    expect(estimates).toBe(5);
  });

  it('lays out a list that shrank or changed its first rows from scratch where they differ', () => {
    const layout = new RowLayout(0);
    layout.sync(rowsOf(10, 20, 30), keyOf, estimate, 100);
    layout.offsets();
    layout.sync(rowsOf(10, 20), keyOf, estimate, 100);
    expect(Array.from(layout.offsets())).toEqual([0, 10, 30]);
    layout.sync([{ id: 'x', h: 7 }, { id: 'r1', h: 20 }], keyOf, estimate, 100);
    expect(Array.from(layout.offsets())).toEqual([0, 7, 27]);
  });
});
