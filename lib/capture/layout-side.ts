/**
 * Which side of the transcript a message sits on, from the page's layout: near-universally the customer's own
 * bubbles are on the right and the agent's on the left, with notices centred. Used only when markup gives no hint,
 * because reading layout can force the browser to lay the page out.
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

/** The element inside the row that carries the text: the bubble whose position tells the side. */
function bubbleOf(item: Element): Element {
  let node: Element = item;
  for (let depth = 0; depth < 4; depth += 1) {
    const children = Array.from(node.children).filter((c) => (c.textContent ?? '').trim().length > 0);
    if (children.length !== 1) break;
    node = children[0]!;
  }
  return node;
}

/** The side, and whether the row was laid out at all (a row not yet laid out may well have a side later). */
export function measureSide(item: Element, container: Element): { side?: LayoutSide; laidOut: boolean } {
  const view = item.ownerDocument.defaultView;
  if (!view) return { laidOut: false };
  for (const el of [item, bubbleOf(item)]) {
    const side = styleSide(view.getComputedStyle(el));
    if (side) return { side, laidOut: true };
  }
  const box = container.getBoundingClientRect();
  const bubble = bubbleOf(item).getBoundingClientRect();
  if (box.width === 0 || bubble.width === 0) return { laidOut: false };
  const leftGap = bubble.left - box.left;
  const rightGap = box.right - bubble.right;
  // A bubble that fills the row says nothing; one pushed to an edge does.
  if (bubble.width > box.width * 0.92) return { laidOut: true };
  if (Math.abs(leftGap - rightGap) < Math.max(12, box.width * 0.04)) return { side: 'center', laidOut: true };
  return { side: leftGap > rightGap ? 'right' : 'left', laidOut: true };
}

export function layoutSide(item: Element, container: Element): LayoutSide | undefined {
  return measureSide(item, container).side;
}

/**
 * Rows of a transcript that share their class share their side: a chat styles "kf-msg" left and "kh-msg" right, not
 * row by row. Remembering the side per class spares the page a style and layout read for every message.
 */
export function cachedLayoutSide(measure: typeof measureSide = measureSide): typeof layoutSide {
  const byClass = new Map<string, LayoutSide | undefined>();
  return (item, container) => {
    const cls = item.getAttribute('class');
    if (!cls) return measure(item, container).side;
    // The first child's class joins the key: some chats mark the side on the bubble inside an unmarked row.
    const key = `${item.tagName} ${cls} > ${item.firstElementChild?.getAttribute('class') ?? ''}`;
    if (byClass.has(key)) return byClass.get(key);
    const { side, laidOut } = measure(item, container);
    // A row read before it was laid out is asked again next time; a laid-out row's answer (even "no side") is kept.
    if (laidOut) byClass.set(key, side);
    return side;
  };
}
