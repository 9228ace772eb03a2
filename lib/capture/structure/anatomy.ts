import { openShadowRoots, type ShadowAccess } from '../dom/shadow';
import { isHiddenElement, visibleText } from '../visible-text';
import { isChromeText, isReceiptText, isTimeText } from './lexicon';
import { shapeOf } from './shape';

/**
 * A row's anatomy found by structure (research: structural-detection.md §1 DEPTA, §4): the parts a row shows besides
 * the message — time, receipt, sender name — are told apart from the bubble by what they say (a small closed
 * vocabulary of times and receipts) and by what repeats across sibling rows at the same place (a sender's name),
 * never by class names. What is left is the bubble: the smallest element holding the row's varying text.
 */
export interface RowAnatomy {
  /** Parts that are not the message. */
  exclude: Element[];
  name?: Element;
  /** The shown time; a "name · time" part gives both. */
  time?: Element;
  timeText?: string;
  nameText?: string;
  /** The smallest element holding the message text. */
  bubble: Element;
}

interface Part {
  el: Element;
  text: string;
  path: string;
}

const SIBLINGS_BEFORE = 4;
const SIBLINGS_AFTER = 2;
const MAX_PARTS = 40;
const NAME_MAX = 40;

function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** Tag path from the row to `el`, without positions or classes. */
function pathFrom(row: Element, el: Element): string {
  const tags: string[] = [];
  for (let node: Element | null = el; node && node !== row; node = parentOf(node)) tags.push(node.tagName);
  return tags.reverse().join('/');
}

/** The row's text-bearing elements (parents of non-blank text nodes), in document order, hidden parts skipped. */
function partsOf(row: Element, shadowOf: ShadowAccess): Part[] {
  const parts: Part[] = [];
  const seen = new Set<Element>();
  const walk = (node: Node): void => {
    if (parts.length >= MAX_PARTS) return;
    if (node.nodeType === 3) {
      if (!/\S/.test(node.nodeValue ?? '')) return;
      const el = parentOf(node);
      if (el && !seen.has(el)) {
        seen.add(el);
        parts.push({ el, text: '', path: '' });
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el !== row && isHiddenElement(el)) return;
      const shadow = shadowOf(el);
      if (shadow) {
        for (let c = shadow.firstChild; c; c = c.nextSibling) walk(c);
        return;
      }
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(row);
  for (const part of parts) {
    part.text = visibleText(part.el, { shadowOf });
    part.path = pathFrom(row, part.el);
  }
  return parts.filter((p) => p.text);
}

/** Short texts at each tag path of a few neighbouring rows of the same shape. */
function neighbourTexts(row: Element, shape: string, shadowOf: ShadowAccess): Map<string, Set<string>> {
  const byPath = new Map<string, Set<string>>();
  const add = (sib: Element) => {
    if (shapeOf(sib) !== shape) return;
    for (const p of partsOf(sib, shadowOf)) {
      if (p.text.length > NAME_MAX) continue;
      let set = byPath.get(p.path);
      if (!set) byPath.set(p.path, (set = new Set()));
      set.add(p.text);
    }
  };
  let n = 0;
  for (let s = row.previousElementSibling; s && n < SIBLINGS_BEFORE; s = s.previousElementSibling, n += 1) add(s);
  n = 0;
  for (let s = row.nextElementSibling; s && n < SIBLINGS_AFTER; s = s.nextElementSibling, n += 1) add(s);
  return byPath;
}

function commonAncestor(els: readonly Element[], row: Element): Element {
  if (els.length === 0) return row;
  const chain: Element[] = [];
  for (let node: Element | null = els[0]!; node; node = node === row ? null : parentOf(node)) chain.push(node);
  let best = 0;
  for (const el of els.slice(1)) {
    const ancestors = new Set<Element>();
    for (let node: Element | null = el; node; node = node === row ? null : parentOf(node)) ancestors.add(node);
    while (best < chain.length - 1 && !ancestors.has(chain[best]!)) best += 1;
  }
  return chain[best] ?? row;
}

function contains(a: Element, b: Element): boolean {
  for (let node: Element | null = b; node; node = parentOf(node)) if (node === a) return true;
  return false;
}

/** Remembers, per transcript, which (row shape, tag path) held a sender's name, so the first row of a new sender is read too. */
export type NamePaths = Set<string>;

export interface AnatomyOptions {
  shadowOf?: ShadowAccess;
  /** Name places learnt in this transcript; shared across the rows of one chat. */
  namePaths?: NamePaths;
}

const NAME_SEPARATOR = /\s*[·•|,，]\s*|\s+(?=\d{1,2}[:：]\d{2})/;

export function rowAnatomy(row: Element, options: AnatomyOptions = {}): RowAnatomy {
  const shadowOf = options.shadowOf ?? openShadowRoots;
  const parts = partsOf(row, shadowOf);
  const anatomy: RowAnatomy = { exclude: [], bubble: row };
  if (parts.length === 0) return anatomy;
  const excluded = (el: Element) => anatomy.exclude.some((x) => contains(x, el));
  const content = () => parts.filter((p) => !excluded(p.el));

  // 1. Times and receipts, by their vocabulary, while some other text remains.
  for (const part of parts) {
    if (excluded(part.el) || !isChromeText(part.text)) continue;
    if (content().filter((p) => p !== part && !contains(part.el, p.el)).length === 0) break;
    anatomy.exclude.push(part.el);
    if (!anatomy.time && isTimeText(part.text) && !isReceiptText(part.text)) {
      anatomy.time = part.el;
      anatomy.timeText = part.text;
    }
  }

  // 2. A sender's name: a short leading part that neighbouring rows show at the same place, or a place known to hold one.
  const shape = shapeOf(row);
  let neighbours: Map<string, Set<string>> | undefined;
  for (let round = 0; round < 2; round += 1) {
    const rest = content();
    const lead = rest[0];
    if (!lead || rest.length < 2 || lead.text.length > NAME_MAX || /\n/.test(lead.text)) break;
    if (rest.slice(1).every((p) => contains(lead.el, p.el))) break;
    // Two paragraphs of one bubble are not a name and a message.
    const next = rest[1]!;
    if (parentOf(lead.el) === parentOf(next.el) && lead.el.tagName === next.el.tagName && /^(P|LI)$/.test(lead.el.tagName)) break;
    const key = `${shape}|${lead.path}`;
    let isName = options.namePaths?.has(key) ?? false;
    if (!isName) {
      neighbours ??= neighbourTexts(row, shape, shadowOf);
      isName = neighbours.get(lead.path)?.has(lead.text) ?? false;
      if (isName) options.namePaths?.add(key);
    }
    // "Alex · 10:32": a name and a time in one part.
    const pieces = lead.text.split(NAME_SEPARATOR);
    const timed = !isName && pieces.length >= 2 && isTimeText(pieces.slice(1).join(' ')) && pieces[0]!.length <= 30;
    if (!isName && !timed) break;
    anatomy.exclude.push(lead.el);
    if (timed) {
      anatomy.nameText = pieces[0]!;
      if (!anatomy.timeText) anatomy.timeText = pieces.slice(1).join(' ');
      break;
    }
    if (!anatomy.name || lead.text.length > (anatomy.nameText ?? '').length) {
      anatomy.name = lead.el;
      anatomy.nameText = lead.text;
    }
  }

  const rest = content();
  anatomy.bubble = commonAncestor(
    rest.map((p) => p.el),
    row,
  );
  return anatomy;
}
