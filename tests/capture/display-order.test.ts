// @vitest-environment jsdom
// A list drawn bottom-up (column-reverse, or flipped with scaleY(-1) as inverted virtual lists are) keeps its newest row
// first in the DOM; where the rows are drawn says so. jsdom draws nothing, so the rows' boxes are given here.
import { describe, expect, it } from 'vitest';
import { DisplayOrder } from '../../lib/capture/display-order';

function rowsAt(tops: number[], height = 40): Element[] {
  return tops.map((top) => {
    const el = document.createElement('div');
    el.getBoundingClientRect = () => ({ top, bottom: top + height, height, left: 0, right: 100, width: 100, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    return el;
  });
}

describe('DisplayOrder', () => {
  it('reads a list whose first row is drawn below its last as bottom-up, and keeps the answer', () => {
    const order = new DisplayOrder();
    const transcript = document.createElement('div');
    expect(order.bottomUp(transcript, rowsAt([300, 200, 100]))).toBe(true);
    // Known now: a later scan with boxes not yet drawn gets the same answer.
    expect(order.bottomUp(transcript, rowsAt([0, 0], 0))).toBe(true);
  });

  it('reads a list drawn top-down as such', () => {
    expect(new DisplayOrder().bottomUp(document.createElement('div'), rowsAt([100, 200, 300]))).toBe(false);
  });

  it('looks past a spacer of no height at either end', () => {
    const rows = [...rowsAt([0], 0), ...rowsAt([300, 200, 100]), ...rowsAt([0], 0)];
    expect(new DisplayOrder().bottomUp(document.createElement('div'), rows)).toBe(true);
  });

  it('decides nothing from one row or from rows drawn nowhere, and asks again later', () => {
    const order = new DisplayOrder();
    const transcript = document.createElement('div');
    expect(order.bottomUp(transcript, rowsAt([100]))).toBe(false);
    expect(order.bottomUp(transcript, rowsAt([0, 0], 0))).toBe(false);
    expect(order.bottomUp(transcript, rowsAt([200, 100]))).toBe(true);
  });
});
