/**
 * Class-free shapes of transcript rows (research: structural-detection.md §1, MDR and tag-path clustering): a row's
 * shape is its tag and its children's tags two levels down. Hashed, utility and minified classes never enter it, so
 * a transcript is recognised as "a container of repeated sibling rows carrying text" whatever its class names.
 */

const IGNORED = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|LINK|META)$/;

/** How a shadow root is reached (closed ones only through the extension's API); open roots by default. */
export type ShadowOf = (el: Element) => ShadowRoot | null;
const openShadow: ShadowOf = (el) => el.shadowRoot;

/**
 * What the reader sees inside an element: a web component shows its shadow root, not its light children (which it
 * places through slots). A row built from components has no light children at all, only what its shadow renders.
 */
function renderedScope(el: Element, shadowOf: ShadowOf): ParentNode {
  return shadowOf(el) ?? el;
}

/** The row's tag and its children's tags, two levels deep: "DIV(IMG,DIV(SPAN,P))". */
export function shapeOf(el: Element, depth = 2, shadowOf: ShadowOf = openShadow): string {
  let out = el.tagName;
  const scope = renderedScope(el, shadowOf);
  // (Not childElementCount: it counts every child, and a page's product grid has thousands.)
  if (depth === 0 || !scope.firstElementChild) return out;
  const kids: string[] = [];
  for (let c: Element | null = scope.firstElementChild; c && kids.length < 8; c = c.nextElementSibling) {
    if (!IGNORED.test(c.tagName)) kids.push(shapeOf(c, depth - 1, shadowOf));
  }
  out += `(${kids.join(',')})`;
  return out;
}

/** Inline elements are parts of one line (a name, a time), never rows of a list. */
const INLINE = /^(SPAN|B|I|EM|STRONG|SMALL|TIME|LABEL|ABBR|CODE|SUB|SUP|U|S|MARK|FONT)$/;

/** Rows that a reader would read: visible text, not only a control, a link or an inline part of a line. */
export function carriesText(el: Element, shadowOf: ShadowOf = openShadow): boolean {
  if (/^(BUTTON|A|INPUT|TEXTAREA|SELECT|SVG|IMG|OPTION)$/i.test(el.tagName) || INLINE.test(el.tagName) || el.getAttribute('role') === 'button') return false;
  return hasText(el, shadowOf);
}

/**
 * Calls `visit` on the nodes under `el` in reading order — each node, its children, then what its shadow root renders —
 * until it returns true. Siblings are reached one at a time: pushing a node's whole child list would copy the 6,000
 * children of a page's product grid to read the first few of them.
 */
function walk(el: Element, shadowOf: ShadowOf, visit: (node: Node) => 'stop' | 'skip' | 'enter'): void {
  // Each entry is a node to visit and whether its next sibling follows it (children do; the start and shadow roots do not).
  const nodes: Node[] = [el];
  const chained: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    if (chained.pop() && node.nextSibling) {
      nodes.push(node.nextSibling);
      chained.push(true);
    }
    const step = visit(node);
    if (step === 'stop') return;
    if (step === 'skip') continue;
    if (node.nodeType === 1) {
      const shadow = shadowOf(node as Element);
      if (shadow) {
        nodes.push(shadow);
        chained.push(false);
      }
    }
    if (node.firstChild) {
      nodes.push(node.firstChild);
      chained.push(true);
    }
  }
}

/**
 * Whether a non-blank text node lies within the first `budget` nodes below `el` (textContent would copy the subtree),
 * shadow roots included: a component's text lives there.
 */
function hasText(el: Element, shadowOf: ShadowOf, budget = 60): boolean {
  let seen = 0;
  let found = false;
  walk(el, shadowOf, (node) => {
    if (seen >= budget) return 'stop';
    seen += 1;
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) {
        found = true;
        return 'stop';
      }
      return 'skip';
    }
    if (node.nodeType === 11) return 'enter';
    return node.nodeType !== 1 || IGNORED.test((node as Element).tagName) ? 'skip' : 'enter';
  });
  return found;
}

/** The first `max` characters of text under `el`, shadow roots included (textContent stops at a shadow host). */
export function textSample(el: Element, max = 300, shadowOf: ShadowOf = openShadow): string {
  let out = '';
  walk(el, shadowOf, (node) => {
    if (out.length >= max) return 'stop';
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return 'skip';
    }
    return node.nodeType === 1 && IGNORED.test((node as Element).tagName) ? 'skip' : 'enter';
  });
  return out.slice(0, max);
}

export interface Repetition {
  /** Rows with text among those sampled. */
  rows: number;
  /** Of those, rows whose shape another sampled row shares. */
  repeated: number;
  /** Distinct shapes among the repeated rows (a two-sided chat often has two or three). */
  shapes: number;
}

/** How much the last rows of a container repeat each other's shape. */
export function repetition(items: readonly Element[], sample = 16, shadowOf: ShadowOf = openShadow): Repetition {
  const counts = new Map<string, number>();
  let rows = 0;
  const from = Math.max(0, items.length - sample);
  for (let i = from; i < items.length; i += 1) {
    const item = items[i]!;
    if (!carriesText(item, shadowOf)) continue;
    rows += 1;
    const shape = shapeOf(item, 2, shadowOf);
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  let repeated = 0;
  let shapes = 0;
  for (const n of counts.values()) {
    if (n >= 2) {
      repeated += n;
      shapes += 1;
    }
  }
  return { rows, repeated, shapes };
}

/** Points for repeated rows: the list-of-records evidence that needs no class word. */
export function repetitionScore(items: readonly Element[], shadowOf: ShadowOf = openShadow): number {
  const r = repetition(items, 16, shadowOf);
  if (r.rows >= 3 && r.repeated >= 3 && r.repeated * 10 >= r.rows * 6 && r.shapes <= 4) return 20;
  if (r.rows >= 2 && r.repeated >= 2) return 10;
  return 0;
}

/**
 * Elements under `area` whose children repeat in shape and carry text: the structural transcript candidates.
 * Bounded, so a large area costs at most `limit` element visits.
 */
export function repeatedContainers(scopes: readonly ParentNode[], limit = 6000, shadowOf: ShadowOf = openShadow): Element[] {
  const found: Element[] = [];
  let visited = 0;
  for (const scope of scopes) {
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length && visited < limit; i += 1) {
      visited += 1;
      const el = all[i]!;
      if (!el.firstElementChild || el.firstElementChild === el.lastElementChild || IGNORED.test(el.tagName) || /^(SELECT|DATALIST|TABLE|TBODY|THEAD|TR|svg|SVG)$/.test(el.tagName)) continue;
      const shapes = new Set<string>();
      let hit = false;
      let sampled = 0;
      for (let c = el.lastElementChild; c && sampled < 8; c = c.previousElementSibling) {
        if (!carriesText(c, shadowOf)) continue;
        sampled += 1;
        const shape = shapeOf(c, 2, shadowOf);
        if (shapes.has(shape)) {
          hit = true;
          break;
        }
        shapes.add(shape);
      }
      if (hit) found.push(el);
    }
  }
  return found;
}

/**
 * Whether `el` sits inside one row of a list of rows (it, or an ancestor within `levels`, has a sibling of the same
 * shape with text): then its repeated children are one message's parts (name, bubble, time), not messages.
 */
export function insideRepeatedRow(el: Element, levels = 3, shadowOf: ShadowOf = openShadow): boolean {
  let node: Element | null = el;
  // Upwards across shadow boundaries: a part inside a component row's shadow still belongs to that row.
  const up = (n: Element): Element | null => n.parentElement ?? ((n.parentNode as ShadowRoot | null)?.host ?? null);
  for (let level = 0; node && level <= levels; level += 1, node = up(node)) {
    if (!carriesText(node, shadowOf)) continue;
    const shape = shapeOf(node, 2, shadowOf);
    // Rows of one side are often grouped, so look a few siblings away, not only next door.
    let before = node.previousElementSibling;
    let after = node.nextElementSibling;
    for (let k = 0; k < 4 && (before || after); k += 1) {
      for (const sib of [before, after]) if (sib && carriesText(sib, shadowOf) && shapeOf(sib, 2, shadowOf) === shape) return true;
      before = before?.previousElementSibling ?? null;
      after = after?.nextElementSibling ?? null;
    }
  }
  return false;
}
