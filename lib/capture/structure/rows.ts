import { isDividerText } from './lexicon';
import { carriesText, shapeOf, type ShadowOf } from './shape';

/**
 * Where a transcript's rows are, when they are not simply its children (research: structural-detection.md §1, MDR's
 * generalised nodes): a lone wrapper between the list and its rows is looked through, and rows that a chat groups
 * (by exchange, by sender, by day) into sibling wrappers are read as one run of rows across the groups.
 */
const openShadow: ShadowOf = (el) => el.shadowRoot;

/** Rows and groups are light-DOM children (a component list slots them); what each row renders may be shadow. */
function childrenOf(el: Element): Element[] {
  return Array.from(el.children);
}

/** A row is a composite (a bubble beside a name, an avatar, a time), unlike a paragraph or a single line of a row. */
function composite(shape: string): boolean {
  return shape.includes(',');
}

/** Groups are looked for among the last rows only: a transcript grows at its end. */
const SAMPLE = 12;

/** The last `n` children in order, without copying a long list's every child to keep a few. */
function lastChildren(el: Element, n: number): Element[] {
  const out: Element[] = [];
  for (let c = el.lastElementChild; c && out.length < n; c = c.previousElementSibling) out.push(c);
  return out.reverse();
}

/**
 * The children of `container`, with every child that is a group of rows replaced by its rows; undefined when no
 * child is such a group. A group holds only rows of one composite shape, that shape recurs in another group, some
 * group holds two of them, and no two of those rows say the same thing (a sender's name repeats across rows; a
 * message's parts are not rows).
 */
export function groupedRows(container: Element, shadowOf: ShadowOf = openShadow): Element[] | undefined {
  const children = lastChildren(container, SAMPLE);
  if (children.length < 2) return undefined;
  const inner = children.map((c) => childrenOf(c).filter((g) => carriesText(g, shadowOf)));
  const holders = new Map<string, number>();
  for (const rows of inner) {
    const shapes = new Set(rows.map((g) => shapeOf(g, 2, shadowOf)).filter(composite));
    for (const shape of shapes) holders.set(shape, (holders.get(shape) ?? 0) + 1);
  }
  const isGroup = (rows: Element[], shape: string) => rows.length > 0 && rows.every((g) => shapeOf(g, 2, shadowOf) === shape);
  for (const [shape, count] of holders) {
    if (count < 2) continue;
    const groups = inner.filter((rows) => isGroup(rows, shape));
    if (groups.length < 2 || !groups.some((rows) => rows.length >= 2)) continue;
    const texts = groups.flat().map((g) => (g.textContent ?? '').trim());
    if (new Set(texts).size !== texts.length) continue;
    return childrenOf(container).flatMap((c) => {
      const rows = childrenOf(c).filter((g) => carriesText(g, shadowOf));
      return isGroup(rows, shape) ? rows : [c];
    });
  }
  return undefined;
}

/** Shapes alike but for children added at the end (a group that has gained a row, or a loader, since). */
function alike(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short.replace(/\)+$/, ''));
}

/** Whether an element's children are rows: two or more of one composite shape, composites only, or groups of such rows. */
function holdsRows(el: Element, shadowOf: ShadowOf): boolean {
  const seen: string[] = [];
  let texts = 0;
  for (const c of lastChildren(el, SAMPLE)) {
    if (!carriesText(c, shadowOf)) continue;
    const shape = shapeOf(c, 2, shadowOf);
    // A date divider between the rows ("Saturday, December 5, 2026") is the list's own line, not a message's part.
    if (!composite(shape) && isDividerText(c.textContent ?? '')) continue;
    texts += 1;
    if (!composite(shape)) continue;
    if (seen.some((s) => alike(s, shape))) return true;
    seen.push(shape);
  }
  // The two sides draw their rows differently (the person's without a name or an avatar), so the first bot line and
  // the person's reply differ in shape: two or more composite children and nothing else with text are rows too. One
  // message's parts are not: among them is its bare line of text.
  if (texts >= 2 && seen.length === texts) return true;
  return groupedRows(el, shadowOf) !== undefined;
}

/** The element whose children are the rows: a lone list, or a lone wrapper whose children are rows, is looked through. */
export function rowContainer(transcript: Element, shadowOf: ShadowOf = openShadow): Element {
  let container = transcript;
  for (let depth = 0; depth < 3; depth += 1) {
    // (Not .children: a live collection recounts a 1,000-row transcript after every change.)
    const first = container.firstElementChild;
    const only = first && first === container.lastElementChild ? first : undefined;
    if (!only) break;
    if (!(/^(UL|OL)$/.test(only.tagName) || only.getAttribute('role') === 'list' || holdsRows(only, shadowOf))) break;
    container = only;
  }
  return container;
}

/** The transcript's rows in display order. */
export function rowsOf(transcript: Element, shadowOf: ShadowOf = openShadow): Element[] {
  const container = rowContainer(transcript, shadowOf);
  return groupedRows(container, shadowOf) ?? Array.from(container.children);
}
