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

/** A role="textbox" wrapper often holds the real editable element inside it. */
function editableTarget(composer: HTMLElement): HTMLElement {
  if (composer.isContentEditable || composer.getAttribute('contenteditable') !== null) return composer;
  return (composer.querySelector('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea, input') as HTMLElement | null) ?? composer;
}

/** The selection that can see into the composer: a shadow root's own where the browser offers one (Chromium). */
function selectionFor(el: HTMLElement): Selection | null {
  const root = el.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? el.ownerDocument.defaultView?.getSelection() ?? null;
}

function caretToEnd(el: HTMLElement): void {
  const selection = selectionFor(el);
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Puts text into the chat's composer the way typing would, so the widget's framework sees it — in whichever frame
 * and shadow root the composer lives, since the content script of that frame does the inserting. It never submits:
 * the person reads and sends it themselves. The answer says whether the text really landed where the person can
 * see it: text put into a hidden box (a closed widget, an off-screen honeypot field) is text they never read.
 */
export function insertIntoComposer(composer: HTMLElement, text: string, isVisible?: (el: Element) => boolean): InsertResult {
  const target = editableTarget(composer);
  const doc = target.ownerDocument;
  const view = doc.defaultView;
  if (isVisible && !isVisible(target)) return { ok: false, reason: 'composer-hidden' };
  if ((target as HTMLTextAreaElement).disabled || target.getAttribute('aria-disabled') === 'true' || (target as HTMLTextAreaElement).readOnly) {
    return { ok: false, reason: 'composer-disabled' };
  }
  target.focus();
  if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') {
    const field = target as HTMLTextAreaElement | HTMLInputElement;
    const value = joined(field.value, text);
    const setter = nativeValueSetter(field);
    if (setter) setter(value);
    else field.value = value;
    const InputEventCtor = view?.InputEvent ?? view?.Event ?? Event;
    field.dispatchEvent(new InputEventCtor('input', { bubbles: true, composed: true, inputType: 'insertText', data: text } as InputEventInit));
    field.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
    if (!field.value.includes(text)) return { ok: false, reason: 'not-inserted' };
    return { ok: true, method: target.tagName === 'TEXTAREA' ? 'textarea' : 'input' };
  }
  caretToEnd(target);
  const before = target.textContent ?? '';
  const prefix = before && !/\s$/.test(before) ? ' ' : '';
  // execCommand is deprecated but is still the one way to insert that editors (Draft, Slate, Quill) observe.
  const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, prefix + text);
  if (!inserted || !(target.textContent ?? '').includes(text)) {
    target.append(doc.createTextNode(prefix + text));
    const InputEventCtor = view?.InputEvent ?? view?.Event ?? Event;
    target.dispatchEvent(new InputEventCtor('input', { bubbles: true, composed: true, inputType: 'insertText', data: prefix + text } as InputEventInit));
  }
  if (!(target.textContent ?? '').includes(text)) return { ok: false, reason: 'not-inserted' };
  return { ok: true, method: 'contenteditable' };
}
