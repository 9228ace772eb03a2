import type { ShadowAccess } from './shadow';

/**
 * An event's path, continued into closed shadow roots. A listener on the document sees a key press or a click inside
 * a closed root (vendor widgets attach them to custom elements) as happening on the host, so the person's own send
 * from a closed widget would go unnoticed. Where Parley can open the root, the element that has the focus (a key) or
 * the element under the pointer (a click) inside it is the real target.
 */
export function deepEventPath(event: Event, shadowOf: ShadowAccess): EventTarget[] {
  const path = event.composedPath();
  const first = path[0];
  if (!first || (first as Node).nodeType !== 1) return path;
  const pointer = event as MouseEvent;
  const inner: Element[] = [];
  let host = first as Element;
  for (let depth = 0; depth < 8; depth += 1) {
    const root = shadowOf(host);
    if (!root || root === host.shadowRoot) break;
    const target =
      event.type === 'keydown' || event.type === 'keyup'
        ? root.activeElement
        : typeof root.elementFromPoint === 'function' && Number.isFinite(pointer.clientX)
          ? root.elementFromPoint(pointer.clientX, pointer.clientY)
          : null;
    if (!target || target === host) break;
    const chain: Element[] = [];
    for (let node: Node | null = target; node && node !== root; node = node.parentNode) if (node.nodeType === 1) chain.push(node as Element);
    inner.unshift(...chain);
    host = target;
  }
  return inner.length > 0 ? [...inner, ...path] : path;
}
