/**
 * Shadow-root access that tests and browsers can supply differently. In the extension, closed roots are opened with
 * chrome.dom.openOrClosedShadowRoot; elsewhere only open roots are visible.
 */
export type ShadowAccess = (el: Element) => ShadowRoot | null;

export const openShadowRoots: ShadowAccess = (el) => el.shadowRoot;

/**
 * Every shadow root below `root`, nested ones included, in document order. One pass over the elements with a native
 * list: getElementsByTagName('*') builds its items as they are read, where querySelectorAll('*') first copies all
 * 20,000 of a large page (measured at about half the cost); a shadow root, which lacks the former, uses the latter.
 */
export function shadowRootsUnder(root: ParentNode, shadowOf: ShadowAccess): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    const all: ArrayLike<Element> = 'getElementsByTagName' in scope ? (scope as Element | Document).getElementsByTagName('*') : scope.querySelectorAll('*');
    for (let i = 0; i < all.length; i += 1) {
      const shadow = shadowOf(all[i]!);
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return found;
}

/** querySelectorAll that also looks inside shadow roots (light DOM first, then each root in document order). */
export function deepQueryAll(root: ParentNode, selector: string, shadowOf: ShadowAccess, roots?: readonly ShadowRoot[]): Element[] {
  const result = Array.from(root.querySelectorAll(selector));
  for (const shadow of roots ?? shadowRootsUnder(root, shadowOf)) result.push(...Array.from(shadow.querySelectorAll(selector)));
  return result;
}

export function deepQuery(root: ParentNode, selector: string, shadowOf: ShadowAccess, roots?: readonly ShadowRoot[]): Element | null {
  const light = root.querySelector(selector);
  if (light) return light;
  for (const shadow of roots ?? shadowRootsUnder(root, shadowOf)) {
    const hit = shadow.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

/** Matches of `selector` at or below `el`, including inside its own shadow root and nested ones. */
export function queryWithin(el: Element, selector: string, shadowOf: ShadowAccess): Element[] {
  const found: Element[] = el.matches(selector) ? [el] : [];
  const visit = (scope: ParentNode) => {
    found.push(...Array.from(scope.querySelectorAll(selector)));
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length; i += 1) {
      const shadow = shadowOf(all[i]!);
      if (shadow) visit(shadow);
    }
  };
  visit(el);
  const own = shadowOf(el);
  if (own) visit(own);
  return found;
}

/** The parent in the composed tree: a shadow root's host stands in for the root. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return parent;
}

/** contains() across shadow boundaries. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}
