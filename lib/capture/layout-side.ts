import { isPaintedStyle } from './structure/style-facts';

/**
 * Which side of the transcript a message sits on, from the page's layout (research: structural-detection.md §2):
 * where the bubble — the smallest painted box holding the row's varying text — sits inside the transcript's content
 * box. Left edge near the left → the other party, right edge near the right → the person, centred → a notice.
 * Rows are often full width, so the row itself says nothing; flex, margins, text-align, grid columns and floats all
 * end up moving the bubble's box, which is why the box is read rather than the CSS that put it there.
 */
export type LayoutSide = 'right' | 'left' | 'center';

function styleSide(style: CSSStyleDeclaration): LayoutSide | undefined {
  if (style.flexDirection === 'row-reverse') return 'right';
  const justify = style.justifyContent;
  if (/flex-end|^end$|right/.test(justify) && style.flexDirection !== 'column') return 'right';
  if (/flex-end|^end$|right/.test(style.alignItems) && style.flexDirection === 'column') return 'right';
  if (style.textAlign === 'right' || style.textAlign === 'end') return 'right';
  if (style.textAlign === 'center' || (justify === 'center' && style.display.includes('flex'))) return 'center';
  if (style.cssFloat === 'right') return 'right';
  return undefined;
}

/** The element inside the row that carries the text, when the row's anatomy is not known. */
function bubbleOf(item: Element): Element {
  let node: Element = item;
  for (let depth = 0; depth < 4; depth += 1) {
    const children = Array.from(node.children).filter((c) => (c.textContent ?? '').trim().length > 0);
    if (children.length !== 1) break;
    node = children[0]!;
  }
  return node;
}

interface Box {
  left: number;
  right: number;
  width: number;
}

/** The container's content box: its border box less its padding (a padded list still puts bubbles at its edges). */
function contentBox(container: Element, view: Window): Box {
  const rect = container.getBoundingClientRect();
  const style = view.getComputedStyle(container);
  const left = rect.left + (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.borderLeftWidth) || 0);
  const right = rect.right - (parseFloat(style.paddingRight) || 0) - (parseFloat(style.borderRightWidth) || 0);
  return { left, right, width: Math.max(0, right - left) };
}

/** The box of the text itself, for unpainted rows (text-align, a plain column). */
function textBox(el: Element): Box | undefined {
  const doc = el.ownerDocument;
  if (typeof doc.createRange !== 'function') return undefined;
  const range = doc.createRange();
  range.selectNodeContents(el);
  const rect = range.getBoundingClientRect?.();
  if (!rect || rect.width === 0) return undefined;
  return { left: rect.left, right: rect.right, width: rect.width };
}

/** Avatar-sized: a square-ish box of about an icon's size. */
function avatarSized(rect: Box & { height: number }): boolean {
  return rect.width >= 16 && rect.width <= 72 && rect.height >= 16 && rect.height <= 80 && Math.abs(rect.width - rect.height) <= 0.4 * Math.max(rect.width, rect.height);
}

/** Elements of a row in the composed tree (open shadow roots included), first `budget` of them. */
function rowElements(row: Element, budget = 60): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [row];
  while (stack.length > 0 && out.length < budget) {
    const el = stack.pop()!;
    if (el !== row) out.push(el);
    const scope: ParentNode = el.shadowRoot ?? el;
    for (let c = scope.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/**
 * An avatar sits on its speaker's side, at the row's outer edge, with the bubble beside it. When bubbles are wide
 * (long text fills them to their maximum width, beside the avatar), the avatar is what still shows the side: the
 * bubble alone would read as pushed away from the avatar's edge.
 */
function avatarSide(item: Element, text: Element, view: Window): LayoutSide | undefined {
  const row = contentBox(item, view);
  if (row.width === 0) return undefined;
  const body = text.getBoundingClientRect();
  if (body.width === 0) return undefined;
  const edge = Math.max(12, row.width * 0.03);
  for (const el of rowElements(item)) {
    if (el === text || el.contains(text) || text.contains(el)) continue;
    const rect = el.getBoundingClientRect();
    if (!avatarSized(rect)) continue;
    // A picture, or a painted disc or square holding at most initials.
    const shown = (el.textContent ?? '').trim();
    if (shown.length > 3) continue;
    if (!/^(IMG|SVG|svg|CANVAS|PICTURE)$/.test(el.tagName) && !isPaintedStyle(view.getComputedStyle(el))) continue;
    if (rect.left - row.left <= edge && body.left >= rect.right - 2) return 'left';
    if (row.right - rect.right <= edge && body.right <= rect.left + 2) return 'right';
  }
  return undefined;
}

/** The side, and whether the row was laid out at all (a row not yet laid out may well have a side later). */
export interface Measured {
  side?: LayoutSide;
  laidOut: boolean;
  /** The painted bubble's colour: bubbles of one side share it. */
  paint?: string;
  /** A bubble almost as wide as the transcript: its position leans only a little, so it is a weak cue. */
  wide?: boolean;
  /** The bubble's left and right edges, measured from the transcript's content box. */
  edges?: { left: number; right: number };
  /** The side was read from the speaker's avatar at the row's outer edge, not from where the bubble leans. */
  byAvatar?: boolean;
}

function edgesIn(shape: Box, box: Box): { left: number; right: number } {
  return { left: shape.left - box.left, right: box.right - shape.right };
}

export function measureSide(item: Element, container: Element, bubble?: Element): Measured {
  const view = item.ownerDocument.defaultView;
  if (!view) return { laidOut: false };
  const text = bubble ?? bubbleOf(item);
  const box = contentBox(container, view);
  if (box.width === 0) return { laidOut: false };
  // The painted bubble: the nearest box between the text and the row with a background or a border.
  let shape: Box | undefined;
  let paint: string | undefined;
  for (let el: Element | null = text; el; el = el === item ? null : el.parentElement) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0) continue;
    const style = view.getComputedStyle(el);
    if (rect.width < box.width * 0.92 && isPaintedStyle(style)) {
      shape = rect;
      paint = style.backgroundColor;
      break;
    }
  }
  const byAvatar = avatarSide(item, text, view);
  if (byAvatar) {
    const drawn = shape ?? textBox(text);
    return { side: byAvatar, byAvatar: true, laidOut: true, ...(paint ? { paint } : {}), ...(drawn ? { edges: edgesIn(drawn, box) } : {}) };
  }
  shape ??= textBox(text);
  if (!shape) {
    const rect = text.getBoundingClientRect();
    if (rect.width === 0) return { laidOut: false };
    shape = rect;
  }
  if (shape.width > box.width * 0.92) {
    // A bubble that fills the row: only the CSS that aligns its content can tell.
    for (const el of [item, text]) {
      const side = styleSide(view.getComputedStyle(el));
      if (side) return { side, laidOut: true };
    }
    return { laidOut: true };
  }
  const leftGap = shape.left - box.left;
  const rightGap = box.right - shape.right;
  const found: Measured = { laidOut: true, edges: edgesIn(shape, box), ...(paint ? { paint } : {}), ...(shape.width > box.width * 0.7 ? { wide: true } : {}) };
  if (Math.abs(leftGap - rightGap) < Math.max(12, box.width * 0.04)) {
    // Evenly placed: a notice when narrow, or when its row centres what it holds (a long join notice in a narrow
    // widget); a wide bubble with about as much room on both sides and nothing centring it says nothing.
    if (shape.width <= box.width * 0.6 || styleSide(view.getComputedStyle(item)) === 'center') found.side = 'center';
    return found;
  }
  found.side = leftGap > rightGap ? 'right' : 'left';
  return found;
}

export function layoutSide(item: Element, container: Element, bubble?: Element): LayoutSide | undefined {
  return measureSide(item, container, bubble).side;
}

function signature(el: Element): string {
  return `${el.tagName}.${el.getAttribute('class') ?? ''}.${el.getAttribute('style') ?? ''}`;
}

/**
 * Rows of a transcript that share their class share their side: a chat styles "kf-msg" left and "kh-msg" right, not
 * row by row. Remembering the side per class spares the page a style and layout read for every message. The key is
 * the row's class and inline style and those of every element down to the bubble, so rows whose side is set by an
 * inline style or a deeper wrapper (hashed and utility classes) are never confused.
 */
export function cachedLayoutSide(measure: typeof measureSide = measureSide): typeof layoutSide {
  const byClass = new Map<string, LayoutSide | undefined>();
  const paints = sidePaints();
  const sideOf = (m: Measured): LayoutSide | undefined => paints.settle(m);
  const sideWithEdges = (m: Measured): LayoutSide | undefined => edges.settle(m, sideOf(m));
  const edges = sharedEdges();
  return (item, container, bubble) => {
    const cls = item.getAttribute('class');
    if (!cls) return sideWithEdges(measure(item, container, bubble));
    let key = `${signature(item)} > ${item.firstElementChild?.getAttribute('class') ?? ''}`;
    const chain: string[] = [];
    for (let el: Element | null = bubble ?? null; el && el !== item && chain.length < 8; el = el.parentElement) chain.push(signature(el));
    key += ` | ${chain.join('<')}`;
    if (byClass.has(key)) return byClass.get(key);
    const measured = measure(item, container, bubble);
    const side = sideWithEdges(measured);
    // A row read before it was laid out is asked again next time; a laid-out row's answer (even "no side") is kept.
    if (measured.laidOut) byClass.set(key, side);
    return side;
  };
}

type Column = 'left' | 'right';
const other = (side: Column): Column => (side === 'left' ? 'right' : 'left');

/**
 * Bubble colours seen on placed rows, and on which side. A wide bubble leans only a little, so a colour known for one
 * side places it. And when the chat colours its sides apart (this colour seen only on one side, another colour only on
 * the other), the colour outranks a lean the other way: a bubble pushed off its edge by a time stamp or a receipt
 * beside it keeps its side's colour. A colour counts once two bubbles showed it on their side, or one whose avatar
 * placed it; a side read from an avatar is never overruled.
 */
function sidePaints() {
  const seen = new Map<string, Map<Column, number>>();
  const onlySide = (paint: string): { side: Column; weight: number } | undefined => {
    const sides = seen.get(paint);
    if (!sides || sides.size !== 1) return undefined;
    const [side, weight] = [...sides][0]!;
    return { side, weight };
  };
  const sidesColouredApart = (paint: string, side: Column) =>
    [...seen.keys()].some((p) => p !== paint && onlySide(p)?.side === other(side));
  return {
    settle(m: Measured): LayoutSide | undefined {
      if (!m.paint || m.side === 'center') return m.side;
      const known = onlySide(m.paint);
      if (m.wide) return known ? known.side : m.side;
      if (m.side !== 'left' && m.side !== 'right') return m.side;
      let settled: Column = m.side;
      if (known && known.side !== m.side && !m.byAvatar && known.weight >= 2 && sidesColouredApart(m.paint, known.side)) settled = known.side;
      let sides = seen.get(m.paint);
      if (!sides) seen.set(m.paint, (sides = new Map()));
      sides.set(settled, (sides.get(settled) ?? 0) + (m.byAvatar ? 2 : 1));
      return settled;
    },
  };
}

/** Two edges closer than this are one edge (sub-pixel layout, a border). */
const EDGE_PX = 2;

/**
 * Bubbles of one side share the edge they are aligned to: the other party's start at one left edge, the person's end
 * at one right edge, whatever their width. A bubble pushed inward by what sits beside it (a time stamp, a receipt, an
 * avatar's empty slot in a grouped run) can look closer to the other side, yet it still starts or ends exactly where
 * its side's bubbles do. So a bubble that shares the edge of one side, and not the other side's, belongs to that
 * side. An edge counts once two bubbles of its side have shared it, or one bubble whose side its avatar showed, so
 * one stray bubble sets no anchor (rows of a class already read are not measured again, so they cannot add to it).
 */
function sharedEdges() {
  const seen = { left: new Map<number, number>(), right: new Map<number, number>() };
  const near = (edges: Map<number, number>, x: number) => [...edges.keys()].find((e) => Math.abs(e - x) <= EDGE_PX);
  const anchored = (edges: Map<number, number>, x: number) => {
    const e = near(edges, x);
    return e !== undefined && (edges.get(e) ?? 0) >= 2;
  };
  return {
    settle(m: Measured, side: LayoutSide | undefined): LayoutSide | undefined {
      if (!m.edges || (side !== 'left' && side !== 'right')) return side;
      const onLeft = anchored(seen.left, m.edges.left);
      const onRight = anchored(seen.right, m.edges.right);
      let settled = side;
      if (side === 'right' && onLeft && !onRight) settled = 'left';
      else if (side === 'left' && onRight && !onLeft) settled = 'right';
      const edges = seen[settled];
      const x = m.edges[settled];
      const e = near(edges, x);
      const weight = m.byAvatar ? 2 : 1;
      if (e !== undefined) edges.set(e, (edges.get(e) ?? 0) + weight);
      else if (edges.size < 8) edges.set(x, weight);
      return settled;
    },
  };
}
