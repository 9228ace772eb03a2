import { openShadowRoots, type ShadowAccess } from './dom/shadow';

/**
 * Text a sighted reader sees in an element. Screen-reader-only copies, hidden nodes, avatars' alt text and control
 * labels are left out because several widgets duplicate each message for assistive technology (research:
 * chat-widgets.md §1.5): GOV.UK's visually-hidden prefixes, Genesys' aria-name spans, Salesforce's assistiveText.
 */
const HIDDEN_CLASS =
  /(^|[\s_-])(sr-only|sr_only|sronly|visually-hidden|visuallyhidden|screen-?reader(-only|-text)?|assistive-?text|offscreen|a11y-hidden|hidden-accessible|aria-name|cx-common-screen-reader|screenreader)([\s_-]|$)/i;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IMG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT']);

function clippedOffscreen(style: CSSStyleDeclaration): boolean {
  // The classic visually-hidden recipe, written inline: 1px box, clipped, taken out of flow.
  if (style.clip && /rect\(\s*0/.test(style.clip)) return true;
  if (style.clipPath && /inset\(\s*50%/.test(style.clipPath)) return true;
  return style.position === 'absolute' && style.width === '1px' && style.height === '1px' && style.overflow === 'hidden';
}

export function isHiddenElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const cls = el.getAttribute('class');
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  // Reading .style builds a declaration object; most nodes have no inline style to read.
  if (!el.hasAttribute('style')) return false;
  const style = (el as HTMLElement).style;
  if (style === undefined || style.length === 0) return false;
  return style.display === 'none' || style.visibility === 'hidden' || clippedOffscreen(style);
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BR', 'SECTION', 'ARTICLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'TABLE']);

export interface TextOptions {
  exclude?: ReadonlySet<Element>;
  shadowOf?: ShadowAccess;
}

/**
 * Walks the composed tree: a host with a shadow root shows its shadow content, and <slot>s show what is assigned
 * to them, which is what the reader sees in Salesforce's and Freshchat's web components.
 */
export function visibleText(root: Element | ShadowRoot, options: TextOptions | ReadonlySet<Element> = {}): string {
  const opts: TextOptions = options instanceof Set ? { exclude: options } : (options as TextOptions);
  const exclude = opts.exclude ?? new Set<Element>();
  const shadowOf = opts.shadowOf ?? openShadowRoots;
  const parts: string[] = [];
  const walkChildren = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) walk(child);
  };
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
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length > 0) assigned.forEach(walk);
      else walkChildren(el);
    } else {
      const shadow = shadowOf(el);
      walkChildren(shadow ?? el);
    }
    if (block) parts.push('\n');
  };
  if (root.nodeType === 1) {
    const shadow = shadowOf(root as Element);
    walkChildren(shadow ?? root);
  } else walkChildren(root);
  return normalizeText(parts.join(''));
}

export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
}
