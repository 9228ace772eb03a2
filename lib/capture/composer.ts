import type { InsertResult } from '../protocol/protocol';

function nativeValueSetter(el: HTMLTextAreaElement | HTMLInputElement): ((value: string) => void) | undefined {
  // React and Vue track the value through the prototype's setter; assigning el.value directly is invisible to them.
  const proto = Object.getPrototypeOf(el) as object;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
  return descriptor?.set ? (value: string) => descriptor.set!.call(el, value) : undefined;
}

function joined(existing: string, text: string): string {
  if (!existing.trim()) return text;
  return /\s$/.test(existing) ? existing + text : `${existing} ${text}`;
}

/**
 * Puts text into the chat's composer the way typing would, so the widget's framework sees it. It never submits:
 * the person reads and sends it themselves.
 */
export function insertIntoComposer(composer: HTMLElement, text: string): InsertResult {
  const doc = composer.ownerDocument;
  const view = doc.defaultView;
  if ((composer as HTMLTextAreaElement).disabled || composer.getAttribute('aria-disabled') === 'true') {
    return { ok: false, reason: 'composer-disabled' };
  }
  composer.focus();
  if (composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') {
    const field = composer as HTMLTextAreaElement | HTMLInputElement;
    const value = joined(field.value, text);
    const setter = nativeValueSetter(field);
    if (setter) setter(value);
    else field.value = value;
    const InputEventCtor = view?.InputEvent ?? view?.Event ?? Event;
    field.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text } as InputEventInit));
    field.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
    return { ok: true, method: composer.tagName === 'TEXTAREA' ? 'textarea' : 'input' };
  }
  const selection = view?.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(composer);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const prefix = composer.textContent && !/\s$/.test(composer.textContent) ? ' ' : '';
  // execCommand is deprecated but is still the one way to insert that editors (Draft, Slate, Quill) observe.
  const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, prefix + text);
  if (!inserted) {
    composer.append(doc.createTextNode(prefix + text));
    composer.dispatchEvent(new (view?.Event ?? Event)('input', { bubbles: true }));
  }
  return { ok: true, method: 'contenteditable' };
}
