// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { deepEventPath } from '../../lib/capture/dom/event-path';

describe('deepEventPath', () => {
  it('follows a key press into a closed shadow root Parley can open, to the focused composer', () => {
    document.body.innerHTML = '<bank-chat id="host"></bank-chat>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<div><textarea id="box"></textarea></div>';
    const box = root.getElementById('box') as HTMLTextAreaElement;
    box.focus();
    let seen: EventTarget[] = [];
    let plain: EventTarget[] = [];
    const listener = (e: Event) => {
      plain = e.composedPath();
      seen = deepEventPath(e, (el) => (el === host ? root : null));
    };
    document.addEventListener('keydown', listener, true);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    document.removeEventListener('keydown', listener, true);
    expect(plain).not.toContain(box);
    expect(seen[0]).toBe(box);
    expect(seen).toContain(host);
  });

  it('leaves an ordinary path as it is', () => {
    document.body.innerHTML = '<div><button id="b">Send</button></div>';
    const button = document.getElementById('b')!;
    let seen: EventTarget[] = [];
    document.addEventListener('click', (e) => void (seen = deepEventPath(e, (el) => el.shadowRoot)), { capture: true, once: true });
    button.click();
    expect(seen[0]).toBe(button);
  });
});
