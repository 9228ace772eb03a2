// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { cachedLayoutSide, type measureSide } from '../../lib/capture/layout-side';

function rows(html: string): Element[] {
  document.body.innerHTML = `<div id="list">${html}</div>`;
  return Array.from(document.getElementById('list')!.children);
}
const container = () => document.getElementById('list')!;

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
});
