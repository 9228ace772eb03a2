// @vitest-environment jsdom
// The bounded walks detection makes on every candidate: the text a row shows and whether it shows any, read node by
// node in reading order (children, then what a shadow root renders), never by copying a long child list.
import { describe, expect, it } from 'vitest';
import { shadowRootsUnder, openShadowRoots } from '../../../lib/capture/dom/shadow';
import { carriesText, shapeOf, textSample } from '../../../lib/capture/structure/shape';

function build(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.getElementById('t')!;
}

describe('textSample', () => {
  it.each([
    ['children in order', '<div id="t"><b>one </b><i>two </i>three</div>', 300, 'one two three'],
    ['nested before the next sibling', '<div id="t"><p><b>a</b><i>b</i></p><p>c</p></div>', 300, 'abc'],
    ['scripts and styles skipped', '<div id="t"><script>x()</script><style>p{}</style><p>seen</p></div>', 300, 'seen'],
    ['cut at the limit', '<div id="t"><p>abcdef</p><p>ghij</p></div>', 8, 'abcdefgh'],
  ])('%s', (_, html, max, expected) => {
    expect(textSample(build(html), max)).toBe(expected);
  });

  it('reads a host\'s light children, then its shadow root, then the host\'s next sibling', () => {
    const t = build('<div id="t"><x-a><span>light </span></x-a><p>after</p></div>');
    t.querySelector('x-a')!.attachShadow({ mode: 'open' }).innerHTML = '<span>shadow </span>';
    expect(textSample(t)).toBe('light shadow after');
  });

  it('reads the first rows of a list of thousands', () => {
    const t = build('<div id="t"></div>');
    for (let i = 0; i < 5000; i += 1) t.appendChild(Object.assign(document.createElement('div'), { textContent: `row ${i} ` }));
    expect(textSample(t, 12)).toBe('row 0 row 1 ');
  });
});

describe('carriesText', () => {
  it.each([
    ['text below', '<div id="t"><div><p>hi</p></div></div>', true],
    ['blank only', '<div id="t"><div> </div><p>\n</p></div>', false],
    ['text only in a script', '<div id="t"><script>var a = 1;</script></div>', false],
    ['text past the first 60 nodes', `<div id="t">${'<i></i>'.repeat(70)}<p>late</p></div>`, false],
    ['text within the first 60 nodes', `<div id="t">${'<i></i>'.repeat(50)}<p>soon</p></div>`, true],
  ])('%s', (_, html, expected) => {
    expect(carriesText(build(html))).toBe(expected);
  });
});

describe('shapeOf', () => {
  it('reads no further than eight children, however many there are', () => {
    const t = build(`<div id="t">${'<p><b>x</b></p>'.repeat(3000)}</div>`);
    expect(shapeOf(t)).toBe(`DIV(${Array(8).fill('P(B)').join(',')})`);
  });
});

describe('shadowRootsUnder', () => {
  it('lists nested roots in document order, from a document, an element and a root', () => {
    const t = build('<div id="t"><x-a></x-a><div><x-b></x-b></div></div><x-c></x-c>');
    const a = t.querySelector('x-a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<x-inner></x-inner>';
    const inner = a.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    const b = t.querySelector('x-b')!.attachShadow({ mode: 'open' });
    const c = document.querySelector('x-c')!.attachShadow({ mode: 'open' });
    expect(shadowRootsUnder(document, openShadowRoots)).toEqual([a, inner, b, c]);
    expect(shadowRootsUnder(t, openShadowRoots)).toEqual([a, inner, b]);
    expect(shadowRootsUnder(a, openShadowRoots)).toEqual([inner]);
  });
});
