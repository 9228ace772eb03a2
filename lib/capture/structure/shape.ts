/**
 * Class-free shapes of transcript rows (research: structural-detection.md §1, MDR and tag-path clustering): a row's
 * shape is its tag and its children's tags two levels down. Hashed, utility and minified classes never enter it, so
 * a transcript is recognised as "a container of repeated sibling rows carrying text" whatever its class names.
 */

const IGNORED = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|LINK|META)$/;

/** The row's tag and its children's tags, two levels deep: "DIV(IMG,DIV(SPAN,P))". */
export function shapeOf(el: Element, depth = 2): string {
  let out = el.tagName;
  if (depth === 0 || el.childElementCount === 0) return out;
  const kids: string[] = [];
  for (let c = el.firstElementChild; c && kids.length < 8; c = c.nextElementSibling) {
    if (!IGNORED.test(c.tagName)) kids.push(shapeOf(c, depth - 1));
  }
  out += `(${kids.join(',')})`;
  return out;
}

/** Inline elements are parts of one line (a name, a time), never rows of a list. */
const INLINE = /^(SPAN|B|I|EM|STRONG|SMALL|TIME|LABEL|ABBR|CODE|SUB|SUP|U|S|MARK|FONT)$/;

/** Rows that a reader would read: visible text, not only a control, a link or an inline part of a line. */
export function carriesText(el: Element): boolean {
  if (/^(BUTTON|A|INPUT|TEXTAREA|SELECT|SVG|IMG|OPTION)$/i.test(el.tagName) || INLINE.test(el.tagName) || el.getAttribute('role') === 'button') return false;
  return hasText(el);
}

/** Whether a non-blank text node lies within the first `budget` nodes below `el` (textContent would copy the subtree). */
function hasText(el: Element, budget = 60): boolean {
  const stack: Node[] = [el];
  let seen = 0;
  while (stack.length > 0 && seen < budget) {
    const node = stack.pop()!;
    seen += 1;
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) return true;
      continue;
    }
    if (node.nodeType !== 1 || IGNORED.test((node as Element).tagName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
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
export function repetition(items: readonly Element[], sample = 16): Repetition {
  const counts = new Map<string, number>();
  let rows = 0;
  const from = Math.max(0, items.length - sample);
  for (let i = from; i < items.length; i += 1) {
    const item = items[i]!;
    if (!carriesText(item)) continue;
    rows += 1;
    const shape = shapeOf(item);
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
export function repetitionScore(items: readonly Element[]): number {
  const r = repetition(items);
  if (r.rows >= 3 && r.repeated >= 3 && r.repeated * 10 >= r.rows * 6 && r.shapes <= 4) return 20;
  if (r.rows >= 2 && r.repeated >= 2) return 10;
  return 0;
}

/**
 * Elements under `area` whose children repeat in shape and carry text: the structural transcript candidates.
 * Bounded, so a large area costs at most `limit` element visits.
 */
export function repeatedContainers(scopes: readonly ParentNode[], limit = 6000): Element[] {
  const found: Element[] = [];
  let visited = 0;
  for (const scope of scopes) {
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length && visited < limit; i += 1) {
      visited += 1;
      const el = all[i]!;
      if (el.childElementCount < 2 || IGNORED.test(el.tagName) || /^(SELECT|DATALIST|TABLE|TBODY|THEAD|TR|svg|SVG)$/.test(el.tagName)) continue;
      const shapes = new Set<string>();
      let hit = false;
      let sampled = 0;
      for (let c = el.lastElementChild; c && sampled < 8; c = c.previousElementSibling) {
        if (!carriesText(c)) continue;
        sampled += 1;
        const shape = shapeOf(c);
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
export function insideRepeatedRow(el: Element, levels = 3): boolean {
  let node: Element | null = el;
  for (let level = 0; node && level <= levels; level += 1, node = node.parentElement) {
    if (!carriesText(node)) continue;
    const shape = shapeOf(node);
    // Rows of one side are often grouped, so look a few siblings away, not only next door.
    let before = node.previousElementSibling;
    let after = node.nextElementSibling;
    for (let k = 0; k < 4 && (before || after); k += 1) {
      for (const sib of [before, after]) if (sib && carriesText(sib) && shapeOf(sib) === shape) return true;
      before = before?.previousElementSibling ?? null;
      after = after?.nextElementSibling ?? null;
    }
  }
  return false;
}
