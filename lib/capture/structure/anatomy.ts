import { openShadowRoots, type ShadowAccess } from '../dom/shadow';
import { isHiddenElement, visibleText } from '../visible-text';
import { DOTS, isChromeText, isReceiptText, isTimeText } from './lexicon';
import type { StyleFacts } from './style-facts';

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
  /** Nothing but avatar initials beside an empty bubble (a typing indicator): no message. */
  empty?: boolean;
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
function partsOf(row: Element, shadowOf: ShadowAccess, styleOf?: (el: Element) => StyleFacts, hidden?: Element[]): Part[] {
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
      if (el !== row && styleOf?.(el).srOnly) {
        // A screen-reader copy styled by a class: markup cannot tell, the computed style can.
        hidden?.push(el);
        return;
      }
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

/** Whether a painted box (the bubble) lies between `el` and the row: text inside a bubble is the message's. */
function insidePainted(el: Element, row: Element, styleOf: (el: Element) => StyleFacts): boolean {
  for (let node: Element | null = el; node && node !== row; node = parentOf(node)) if (styleOf(node).painted) return true;
  return false;
}

/** Short texts at each tag path of a few neighbouring rows. */
function neighbourTexts(row: Element, shadowOf: ShadowAccess): Map<string, Set<string>> {
  const byPath = new Map<string, Set<string>>();
  const add = (sib: Element) => {
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

/** An element of several children with no text at all (dots drawn by CSS). */
function hasEmptyBubble(row: Element): boolean {
  const all = row.querySelectorAll('*');
  for (let i = 0; i < all.length; i += 1) {
    const el = all[i]!;
    if (el.childElementCount >= 2 && !/\S/.test(el.textContent ?? '') && !el.querySelector('img, svg, video, canvas')) return true;
  }
  return false;
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

/**
 * The parts of a meta line holding `time`, when the row shows one above (or below) its message: the smallest element
 * around the time that holds other text holds one to three short parts (a name and a label or two), and the rest of
 * the row's text comes after (or before) it and is longer than any of them (the message). A bubble whose short lines
 * sit beside its time, with the name outside it, is no meta line: its other text is not longer.
 */
function metaLine(time: Element, rest: readonly Part[], row: Element): Part[] | undefined {
  let line = parentOf(time);
  while (line && line !== row && !rest.some((p) => contains(line!, p.el))) line = parentOf(line);
  if (!line || line === row) return undefined;
  const inside = rest.filter((p) => contains(line!, p.el));
  const outside = rest.filter((p) => !contains(line!, p.el));
  if (inside.length === 0 || inside.length > 3 || outside.length === 0) return undefined;
  if (inside.some((p) => p.text.length > LABEL_MAX || /\n/.test(p.text) || outside.some((o) => contains(p.el, o.el)))) return undefined;
  // DOCUMENT_POSITION_FOLLOWING (4) or PRECEDING (2): the message after a header line, or before a footer line.
  const allOn = (position: number) => outside.every((p) => (line!.compareDocumentPosition(p.el) & position) !== 0);
  if (!allOn(4) && !allOn(2)) return undefined;
  const longest = (parts: readonly Part[]) => Math.max(...parts.map((p) => p.text.length));
  // A lone short part beside the time may be a short message whose sender is named elsewhere ("OK · 10:02" under
  // "Priya"): it is a name only when the rest is longer than any name or label (a sentence).
  const floor = inside.length === 1 ? LABEL_MAX : longest(inside);
  return longest(outside) > floor ? inside : undefined;
}

/**
 * Whether the part sits in the row's header line: the smallest element holding the name found and the shown time, an
 * element that is not the row and leaves some of the row's other text outside it (the message).
 */
function inHeaderLine(part: Part, others: readonly Part[], anatomy: RowAnatomy, row: Element): boolean {
  if (!anatomy.name || !anatomy.time || part.text.length > LABEL_MAX) return false;
  const header = commonAncestor([anatomy.name, anatomy.time], row);
  if (header === row || !contains(header, part.el)) return false;
  // Avatar initials outside the line are no message: with only them left, the part may be the message itself.
  return others.some((p) => !contains(header, p.el) && !INITIALS.test(p.text));
}

/** A header's label is a word or two ("Agent", "Virtual assistant", 官方客服), not a sentence. */
const LABEL_MAX = 24;

/**
 * Whether the part sits in a wrapper that holds none of the row's other text but does hold a picture (an image, or a
 * painted box with no text): an avatar and a name side by side, the row's header.
 */
function headerWithAvatar(part: Part, others: readonly Part[], row: Element, styleOf?: (el: Element) => StyleFacts): boolean {
  if (styleOf && insidePainted(part.el, row, styleOf)) return false;
  let header: Element | undefined;
  for (let node = parentOf(part.el); node && node !== row && !others.some((p) => contains(node!, p.el)); node = parentOf(node)) header = node;
  if (!header) return false;
  const inside = header.querySelectorAll('*');
  for (let i = 0; i < inside.length && i < 30; i += 1) {
    const el = inside[i]!;
    if (/^(IMG|PICTURE|CANVAS|svg|SVG)$/.test(el.tagName)) return true;
    if (styleOf && !el.contains(part.el) && !/\S/.test(el.textContent ?? '') && styleOf(el).painted) return true;
  }
  return false;
}

/** Remembers, per transcript, which (row shape, tag path) held a sender's name, so the first row of a new sender is read too. */
export type NamePaths = Set<string>;

export interface AnatomyOptions {
  shadowOf?: ShadowAccess;
  /** Name places learnt in this transcript; shared across the rows of one chat. */
  namePaths?: NamePaths;
  /** Computed-style facts, where the page is laid out (structure/style-facts.ts); without it only markup counts. */
  styleOf?: (el: Element) => StyleFacts;
}

/** Avatar initials: one CJK character or up to three capitals ("访", "DH"). */
// Naive initials keep a bracket ("H(" from "Hannah (Agent)"): still an avatar, not a message.
const INITIALS = /^(?:[\u3400-\u9fff]|[A-Z][A-Z(（]{0,2})$/;
/** The label some chats show on the person's own rows, where the agent's rows show a name. */
const SELF_LABEL = '我';
const NAME_SEPARATOR = new RegExp(`\\s*[${DOTS}|,，]\\s*|\\s+(?=\\d{1,2}[:：]\\d{2})`);

/**
 * A repeated short part worth remembering as a name's place: longer than a short reply ("OK"), or a Chinese name of
 * three characters (浦小智, 王建国), which a length of letters would miss.
 */
function learnableName(text: string): boolean {
  return text.length > 3 || /^[\u3400-\u9fff]{3}$/.test(text);
}

/** What a name can look like: a short line without sentence punctuation, digits or line breaks. */
const NAME_LIKE = /^[^\n\d.,!?;:。，！？；：、]{2,24}$/;

/** The part's text is said again inside the rest of the row (as a whole word where words are spaced). */
function namedInMessage(text: string, others: readonly Part[]): boolean {
  if (!NAME_LIKE.test(text) || INITIALS.test(text) || text.split(/\s+/).length > 3) return false;
  const message = others.map((p) => p.text).join('\n');
  const at = message.indexOf(text);
  if (at < 0) return false;
  const spaced = /[A-Za-z]/.test(text);
  const before = message[at - 1] ?? '';
  const after = message[at + text.length] ?? '';
  return !spaced || (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after));
}

export function rowAnatomy(row: Element, options: AnatomyOptions = {}): RowAnatomy {
  const shadowOf = options.shadowOf ?? openShadowRoots;
  const styleOf = options.styleOf;
  // A row drawn for screen readers only (an accessible chat's live announcement of the newest message, kept in the
  // list, clipped to a pixel by a class) is no message a person sees.
  if (styleOf?.(row).srOnly) return { exclude: [], bubble: row, empty: true };
  const hidden: Element[] = [];
  const parts = partsOf(row, shadowOf, styleOf, hidden);
  const anatomy: RowAnatomy = { exclude: hidden, bubble: row };
  if (parts.length === 0) return anatomy;
  const excluded = (el: Element) => anatomy.exclude.some((x) => contains(x, el));
  const content = () => parts.filter((p) => !excluded(p.el));

  // 1. Times and receipts, by their vocabulary, while some other text remains.
  for (const part of parts) {
    if (excluded(part.el) || !isChromeText(part.text)) continue;
    if (content().filter((p) => p !== part && !contains(part.el, p.el)).length === 0) break;
    anatomy.exclude.push(part.el);
    // A clock time is the row's shown time rather than a day label drawn in the same row ("今天" above the first
    // message of a day, "21:08" beside it).
    const clockOverDay = anatomy.timeText !== undefined && !/\d/.test(anatomy.timeText) && /\d/.test(part.text);
    if ((!anatomy.time || clockOverDay) && isTimeText(part.text) && !isReceiptText(part.text)) {
      anatomy.time = part.el;
      anatomy.timeText = part.text;
    }
  }

  // 1b. A line of its own above or below the message: the shown time with the sender's name and a role label or two
  //     ("Priya · Agent · 10:02", 小安 官方 20:15; "浦小智 21:08" under the bubble). On a sender's first row no
  //     neighbour has shown the name yet; the line's shape says it.
  const header = anatomy.time ? metaLine(anatomy.time, content(), row) : undefined;
  if (header) {
    const name = header[0]!;
    // The time may be drawn inside the name's own element ("刘洋 <time>20:16</time>"): the name is what precedes it.
    const pieces = name.text.split(NAME_SEPARATOR);
    anatomy.name = name.el;
    anatomy.nameText = pieces.length >= 2 && isTimeText(pieces.slice(1).join(' ')) ? pieces[0]! : name.text;
    for (const part of header) anatomy.exclude.push(part.el);
  }

  // 2. Parts at either end of the row that are not the message: a sender's name (neighbouring rows show it at the
  //    same place, or this chat was seen to put names there), avatar initials, a "name · time" line.
  let neighbours: Map<string, Set<string>> | undefined;
  for (const end of ['lead', 'trail'] as const) {
    for (let round = 0; round < 2; round += 1) {
      const rest = content();
      if (rest.length < 2) break;
      let part = end === 'lead' ? rest[0]! : rest[rest.length - 1]!;
      let others = rest.filter((p) => p !== part);
      // An avatar's initials drawn inside the name line ("[F] Fargo ・ 13:24" under the bubble): the line without them.
      const within = others.filter((p) => p.el !== part.el && contains(part.el, p.el));
      if (within.length > 0 && within.every((p) => INITIALS.test(p.text))) {
        const hidden = new Set(within.map((p) => p.el));
        part = { ...part, text: visibleText(part.el, { shadowOf, exclude: hidden }) };
        others = others.filter((p) => !hidden.has(p.el));
      }
      if (part.text.length > NAME_MAX || /\n/.test(part.text)) break;
      // Inside another part (a bold word in a sentence), or holding the others (the bubble itself): not a name.
      if (others.some((p) => contains(p.el, part.el) || contains(part.el, p.el))) break;
      // A label in the header line the name shares with the time or sits in ("Priya · Agent · 10:02", 小安 官方 20:15):
      // neither the name nor the message, on the first row of a sender as on every other.
      if (inHeaderLine(part, others, anatomy, row)) {
        anatomy.exclude.push(part.el);
        continue;
      }
      // Two paragraphs of one bubble are not a name and a message.
      const next = end === 'lead' ? rest[1]! : rest[rest.length - 2]!;
      if (parentOf(part.el) === parentOf(next.el) && part.el.tagName === next.el.tagName && /^(P|LI)$/.test(part.el.tagName)) break;
      const key = `${end}|${part.path}`;
      let repeated = options.namePaths?.has(key) ?? false;
      if (!repeated) {
        neighbours ??= neighbourTexts(row, shadowOf);
        repeated = neighbours.get(part.path)?.has(part.text) ?? false;
        if (repeated && learnableName(part.text)) options.namePaths?.add(key);
      }
      // Outside the painted bubble that holds the rest of the row: a label of the row (a name), not its message.
      const outside =
        !repeated &&
        styleOf !== undefined &&
        part.text.length <= 24 &&
        others.some((p) => !INITIALS.test(p.text)) &&
        !insidePainted(part.el, row, styleOf) &&
        others.every((p) => insidePainted(p.el, row, styleOf));
      if (outside) repeated = true;
      // Sharing a header with the avatar, apart from the message: "[avatar] 赵倩" above the text, on the first row too.
      if (!repeated && end === 'lead' && part.text.length <= 24 && headerWithAvatar(part, others, row, styleOf)) repeated = true;
      // A label the message itself says: "[周婷] 您好，客服周婷为您服务" is a sender introducing themselves under their
      // own name, on the first row of a sender that no neighbour has shown yet; the place is learnt for later senders.
      if (!repeated && end === 'lead' && namedInMessage(part.text, others)) {
        repeated = true;
        options.namePaths?.add(key);
      }
      const depth = (p: Part) => p.path.split('/').length;
      // "OK" looks like initials too: when everything else left is initials-like, the avatar is the shallower part
      // (it sits beside the bubble's column, the message inside it).
      const initials = INITIALS.test(part.text) && (others.some((p) => !INITIALS.test(p.text)) || others.every((p) => depth(p) > depth(part)));
      // A row shows one sender name. Once it is found, another short part at a name's place is the message itself
      // (a short line like "OK" or "转人工" sits where names sit in rows of the same tag path); and a name is never
      // taken when only avatar initials would be left as the message.
      if (repeated && !initials && (anatomy.nameText !== undefined || others.every((p) => INITIALS.test(p.text)))) {
        // Unless neighbouring rows show this very text here too: that is a name whatever came before it (an odd
        // avatar label such as "P(" first, then "Priya (Agent)").
        neighbours ??= neighbourTexts(row, shadowOf);
        const sameText = neighbours.get(part.path)?.has(part.text) ?? false;
        if (!(sameText && anatomy.nameText !== undefined && others.some((p) => !INITIALS.test(p.text)))) break;
      }
      const pieces = part.text.split(NAME_SEPARATOR);
      const timed = !repeated && pieces.length >= 2 && isTimeText(pieces.slice(1).join(' ')) && pieces[0]!.length <= 30;
      if (!repeated && !initials && !timed) break;
      anatomy.exclude.push(part.el);
      if (timed) {
        anatomy.nameText ??= pieces[0]!;
        anatomy.timeText ??= pieces.slice(1).join(' ');
      } else if (!initials || repeated) {
        // Initials stand for the name; the longest repeated part is the name itself. A name part that ends with a
        // time holds both ("平安小安 20:15": the time in a child of the name's element): the name is what comes before.
        const named = pieces.length >= 2 && isTimeText(pieces.slice(1).join(' ')) ? pieces[0]! : part.text;
        if (!initials && named.length > (anatomy.nameText ?? '').length) {
          anatomy.name = part.el;
          anatomy.nameText = named;
          if (named !== part.text) anatomy.timeText ??= pieces.slice(1).join(' ');
        }
      }
      // "我" looks like initials but, as a plain label rather than a painted avatar, is what a chat puts on the person's
      // own rows where the agent's show a name: it names this row's author.
      if (initials && part.text === SELF_LABEL && anatomy.nameText === undefined && styleOf && !insidePainted(part.el, row, styleOf)) {
        anatomy.nameText = SELF_LABEL;
      }
    }
  }

  const rest = content();
  // A typing indicator: avatar initials beside a bubble of dots with no text.
  if (rest.length === 1 && INITIALS.test(rest[0]!.text) && hasEmptyBubble(row)) anatomy.empty = true;
  anatomy.bubble = commonAncestor(
    rest.map((p) => p.el),
    row,
  );
  return anatomy;
}
