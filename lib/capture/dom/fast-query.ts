/**
 * querySelectorAll for the long selector lists of vendor markers, without scanning a 20,000-node page once per
 * selector: each selector is looked up by its most specific cheap key — an id, a class or a tag, which the browser
 * answers from its own indexes — and only those few elements are matched against the full selector.
 */
type Key = { kind: 'id'; value: string } | { kind: 'class'; value: string } | { kind: 'tag'; value: string } | { kind: 'any' };

const parsed = new Map<string, Array<{ selector: string; key: Key }>>();

/** Splits a selector list at top-level commas (not inside [...] or (...)). */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth += 1;
    else if (c === ']' || c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** The key of the subject (last) compound selector: #id, else .class, else tag; otherwise every element. */
export function selectorKey(selector: string): Key {
  // Blank out [...] and (...) so their contents cannot look like combinators, ids or classes.
  // The mask is a private-use character: it cannot occur in the vendor selectors this reads.
  const masked = selector.trim().replace(/\[[^\]]*\]|\([^)]*\)/g, (m) => '\ue000'.repeat(m.length));
  let start = 0;
  for (let i = 0; i < masked.length; i += 1) if (/[\s>+~]/.test(masked[i]!)) start = i + 1;
  const plain = masked.slice(start).replace(/:[\w-]+\ue000*/g, '').replace(/\ue000+/g, '');
  const id = /#([\w-]+)/.exec(plain);
  if (id) return { kind: 'id', value: id[1]! };
  const cls = /\.([\w-]+)/.exec(plain);
  if (cls) return { kind: 'class', value: cls[1]! };
  const tag = /^([a-zA-Z][\w-]*)/.exec(plain);
  if (tag) return { kind: 'tag', value: tag[1]!.toLowerCase() };
  return { kind: 'any' };
}

function keysOf(list: string): Array<{ selector: string; key: Key }> {
  let keys = parsed.get(list);
  if (!keys) {
    keys = splitList(list).map((selector) => ({ selector, key: selectorKey(selector) }));
    parsed.set(list, keys);
  }
  return keys;
}

/**
 * The matches of querySelectorAll(list) below a document or an element, in no particular order (callers that filter
 * them sort only what is left: sorting a page's thousands of links costs more than finding them). Selectors with no
 * cheap key share one native query, since each selector of a list costs a match on every element of the page.
 */
export function fastQueryUnordered(root: Document | Element, list: string): Element[] {
  const found = new Set<Element>();
  const unkeyed: string[] = [];
  for (const { selector, key } of keysOf(list)) {
    let candidates: ArrayLike<Element>;
    if (key.kind === 'id' && root.nodeType === 9) {
      const el = (root as Document).getElementById(key.value);
      candidates = el ? [el] : [];
    } else if (key.kind === 'class') candidates = root.getElementsByClassName(key.value);
    else if (key.kind === 'tag') candidates = root.getElementsByTagName(key.value);
    else {
      unkeyed.push(selector);
      continue;
    }
    for (let i = 0; i < candidates.length; i += 1) {
      const el = candidates[i]!;
      if (!found.has(el) && el.matches(selector)) found.add(el);
    }
  }
  if (unkeyed.length > 0) {
    const all = root.querySelectorAll(unkeyed.join(', '));
    for (let i = 0; i < all.length; i += 1) found.add(all[i]!);
  }
  return [...found];
}

/** Elements of one tree sorted in document order, as querySelectorAll gives them. */
export function inDocumentOrder<T extends Element>(elements: T[]): T[] {
  return elements.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

export function fastQueryAll(root: Document | Element, list: string): Element[] {
  return inDocumentOrder(fastQueryUnordered(root, list));
}

export function fastQuery(root: Document, list: string): Element | null {
  return fastQueryAll(root, list)[0] ?? null;
}
