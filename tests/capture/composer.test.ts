// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { insertIntoComposer } from '../../lib/capture/composer';

/** jsdom lays nothing out, so visibility is what the test says: hidden when the element or an ancestor is marked. */
const visibleUnlessMarked = (el: Element) => el.closest('[data-hidden]') === null;

describe('insertIntoComposer', () => {
  it.each([
    ['a textarea', '<textarea id="box"></textarea>', 'textarea'],
    ['an input', '<input id="box">', 'input'],
  ] as const)('puts text into %s the person can see', (_label, html, method) => {
    document.body.innerHTML = html;
    const box = document.getElementById('box') as HTMLTextAreaElement;
    expect(insertIntoComposer(box, '能否分36期？', visibleUnlessMarked)).toEqual({ ok: true, method });
    expect(box.value).toBe('能否分36期？');
  });

  it.each([
    ['a hidden textarea', '<div data-hidden><textarea id="box"></textarea></div>'],
    ['a hidden contenteditable', '<div id="box" contenteditable="true" data-hidden></div>'],
  ])('refuses %s and leaves it untouched', (_label, html) => {
    document.body.innerHTML = html;
    const box = document.getElementById('box') as HTMLElement;
    expect(insertIntoComposer(box, 'hello', visibleUnlessMarked)).toEqual({ ok: false, reason: 'composer-hidden' });
    expect((box as HTMLTextAreaElement).value ?? '').toBe('');
    expect(box.textContent).toBe('');
  });

  it('refuses a disabled composer', () => {
    document.body.innerHTML = '<textarea id="box" disabled></textarea>';
    expect(insertIntoComposer(document.getElementById('box') as HTMLElement, 'x', visibleUnlessMarked)).toEqual({ ok: false, reason: 'composer-disabled' });
  });
});
