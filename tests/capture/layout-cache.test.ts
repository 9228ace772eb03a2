// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { cachedLayoutSide, type measureSide } from '../../lib/capture/layout-side';

function rows(html: string): Element[] {
  document.body.innerHTML = `<div id="list">${html}</div>`;
  return Array.from(document.getElementById('list')!.children);
}
const container = () => document.getElementById('list')!;

/** Rows with a class of their own each, so every row is measured; the measure answers from the script, in order. */
function play(script: ReadonlyArray<ReturnType<typeof measureSide>>): Array<string | undefined> {
  const list = rows(script.map((_, i) => `<div class="row-${i}"><p></p></div>`).join(''));
  let i = 0;
  const sideOf = cachedLayoutSide(() => script[i++]!);
  return list.map((row) => sideOf(row, container()));
}

describe('cachedLayoutSide', () => {
  it('measures one row per class and reuses the answer for the rest', () => {
    const measure = vi.fn<typeof measureSide>((item) => ({ side: item.classList.contains('kh') ? 'right' : 'left', laidOut: true }));
    const sideOf = cachedLayoutSide(measure);
    const list = rows('<div class="kf"><b class="n"></b></div><div class="kh"><p></p></div><div class="kf"><b class="n"></b></div><div class="kh"><p></p></div>');
    expect(list.map((row) => sideOf(row, container()))).toEqual(['left', 'right', 'left', 'right']);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it('keeps "no side" from a laid-out row, but asks again about a row that was not laid out yet', () => {
    let laidOut = false;
    const measure = vi.fn<typeof measureSide>(() => (laidOut ? { laidOut: true } : { laidOut: false }));
    const sideOf = cachedLayoutSide(measure);
    const [row] = rows('<div class="msg"><span></span></div>');
    expect(sideOf(row!, container())).toBeUndefined();
    expect(sideOf(row!, container())).toBeUndefined();
    expect(measure).toHaveBeenCalledTimes(2);
    laidOut = true;
    sideOf(row!, container());
    sideOf(row!, container());
    expect(measure).toHaveBeenCalledTimes(3);
  });

  it('tells rows apart by their first child\'s class, and never caches rows without a class', () => {
    const measure = vi.fn<typeof measureSide>((item) => ({ side: item.firstElementChild?.className === 'me' ? 'right' : 'left', laidOut: true }));
    const sideOf = cachedLayoutSide(measure);
    const list = rows('<div class="row"><p class="me"></p></div><div class="row"><p class="them"></p></div><div><p class="me"></p></div><div><p class="me"></p></div>');
    expect(list.map((row) => sideOf(row, container()))).toEqual(['right', 'left', 'right', 'right']);
    expect(measure).toHaveBeenCalledTimes(4);
  });

  describe('bubbles of one side share the edge they are aligned to', () => {
    // `side` is what the bubble's lean alone would say.
    const measured = (side: 'left' | 'right', left: number, right: number, byAvatar = false) => ({ side, laidOut: true, edges: { left, right }, ...(byAvatar ? { byAvatar } : {}) });

    it('a bubble pushed inward by its time stamp still starts at the other party\'s edge', () => {
      expect(play([measured('left', 44, 90, true), measured('right', 150, 44, true), measured('right', 44, 40)])).toEqual(['left', 'right', 'left']);
      expect(play([measured('right', 150, 12, true), measured('left', 40, 60), measured('left', 60, 12)])).toEqual(['right', 'left', 'right']);
    });

    it('needs two bubbles, or one placed by its avatar, before an edge counts', () => {
      expect(play([measured('left', 44, 90), measured('right', 44, 40)])).toEqual(['left', 'right']);
      expect(play([measured('left', 44, 90), measured('left', 44, 120), measured('right', 44, 40)])).toEqual(['left', 'left', 'left']);
    });

    it('keeps the measured side when the bubble also ends at its own side\'s edge (a full-width line)', () => {
      expect(play([measured('left', 12, 90, true), measured('right', 150, 12, true), measured('right', 12, 12)])).toEqual(['left', 'right', 'right']);
    });
  });

  describe('bubble colours, when a chat colours its sides apart', () => {
    const grey = 'rgb(241, 243, 245)';
    const blue = 'rgb(22, 119, 255)';
    const row = (side: 'left' | 'right', paint: string, extra: Record<string, unknown> = {}) => ({ side, laidOut: true, paint, ...extra });

    it('keeps a bubble pushed off its edge on the side its colour belongs to', () => {
      expect(play([row('left', grey), row('right', blue), row('left', grey), row('right', grey)])).toEqual(['left', 'right', 'left', 'left']);
      expect(play([row('left', grey, { byAvatar: true }), row('right', blue, { byAvatar: true }), row('right', grey)])).toEqual(['left', 'right', 'left']);
    });

    it('lets the lean decide when both sides share a colour, when the colour was seen once, or when an avatar placed it', () => {
      expect(play([row('left', grey), row('right', grey), row('left', grey), row('right', grey)])).toEqual(['left', 'right', 'left', 'right']);
      expect(play([row('left', grey), row('right', blue), row('right', grey)])).toEqual(['left', 'right', 'right']);
      expect(play([row('left', grey), row('right', blue), row('left', grey), row('right', grey, { byAvatar: true })])).toEqual(['left', 'right', 'left', 'right']);
    });

    it('needs the other side to have a colour of its own: one colour on one side says nothing about a lone other bubble', () => {
      expect(play([row('left', grey), row('left', grey), row('right', grey)])).toEqual(['left', 'left', 'right']);
    });

    it('places a wide bubble, which leans only a little, by a colour known for one side', () => {
      expect(play([row('right', blue), { laidOut: true, paint: blue, wide: true }])).toEqual(['right', 'right']);
    });
  });
});
