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

export function layoutSide(item: Element, container: Element): LayoutSide | undefined {
  const view = item.ownerDocument.defaultView;
  if (!view) return undefined;
  for (const el of [item, bubbleOf(item)]) {
    const side = styleSide(view.getComputedStyle(el));
    if (side) return side;
  }
  const box = container.getBoundingClientRect();
  const bubble = bubbleOf(item).getBoundingClientRect();
  if (box.width === 0 || bubble.width === 0) return undefined;
  const leftGap = bubble.left - box.left;
  const rightGap = box.right - bubble.right;
  // A bubble that fills the row says nothing; one pushed to an edge does.
  if (bubble.width > box.width * 0.92) return undefined;
  if (Math.abs(leftGap - rightGap) < Math.max(12, box.width * 0.04)) return 'center';
  return leftGap > rightGap ? 'right' : 'left';
}

/**
 * Rows of a transcript that share their class share their side: a chat styles "kf-msg" left and "kh-msg" right, not
 * row by row. Remembering the side per class spares the page a style and layout read for every message.
 */
export function cachedLayoutSide(read: typeof layoutSide = layoutSide): typeof layoutSide {
  const byClass = new Map<string, LayoutSide | undefined>();
  return (item, container) => {
    const cls = item.getAttribute('class');
    if (!cls) return read(item, container);
    // The first child's class joins the key: some chats mark the side on the bubble inside an unmarked row.
    const key = `${item.tagName} ${cls} > ${item.firstElementChild?.getAttribute('class') ?? ''}`;
    if (byClass.has(key)) return byClass.get(key);
    const side = read(item, container);
    // Only a clear answer is kept; a row read before it was laid out is asked again next time.
    if (side) byClass.set(key, side);
    return side;
  };
}
