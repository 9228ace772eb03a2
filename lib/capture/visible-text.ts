/**
 * Text a sighted reader sees in an element. Screen-reader-only copies, hidden nodes and avatars' alt text are left
 * out because several widgets duplicate each message for assistive technology (research: chat-widgets.md §1.5).
 */
const HIDDEN_CLASS = /(^|[\s_-])(sr-only|visually-hidden|visuallyhidden|screen-reader|screenreader|assistive-?text|offscreen|a11y-hidden|cx-common-screen-reader)([\s_-]|$)/i;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IMG', 'BUTTON']);

export function isHiddenElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  const style = (el as HTMLElement).style;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BR', 'SECTION', 'ARTICLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function visibleText(root: Element, exclude: ReadonlySet<Element> = new Set()): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (exclude.has(el) || isHiddenElement(el)) return;
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return normalizeText(parts.join(''));
}

export function normalizeText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
}
