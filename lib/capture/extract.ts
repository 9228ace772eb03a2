import type { Role } from '../db/types';
import type { ChatAdapter, WindowSelectors } from './adapters/types';
import { openShadowRoots, queryWithin, type ShadowAccess } from './dom/shadow';
import { layoutSide, type LayoutSide } from './layout-side';
import { refineRole, sideFromClasses, type Side } from './roles';
import { isChromeText } from './structure/lexicon';
import { rowAnatomy, type NamePaths } from './structure/anatomy';
import { styleFactsReader, type StyleFacts } from './structure/style-facts';
import { visibleText } from './visible-text';

export interface ExtractedMessage {
  role: Role;
  text: string;
  author?: string;
  shownTime?: string;
}

/** What one transcript item shows, before the session decides bot or human (that needs the conversation so far). */
export interface RawMessage {
  /** The side the vendor's markup states, or the class words' side when the layout says nothing. */
  side?: Side;
  /** Where the bubble sits; outranks class words once the chat shows both sides (role-resolver.ts). */
  layout?: LayoutSide;
  /** What class words say when the layout answered too: they confirm, they do not decide. */
  hint?: Side;
  text: string;
  author?: string;
  shownTime?: string;
}

const NAME_CLASS = /(^|[\s_-])(name|nick|nickname|sender|author|from|agent-?name|user-?nickname|cx-name|lp_sender|display-?name|sender-?name)([\s_-]|$)/i;
const TIME_CLASS = /(^|[\s_-])(time|date|timestamp|stamp|cx-time|lp_time|time-?content|sent-?at|msg-?time)([\s_-]|$)/i;
const TIME_TEXT =
  /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?(?:(?:上午|下午|晚上|凌晨|中午)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$|^(?:今天|昨天|前天|just now|now|刚刚|\d{1,2}月\d{1,2}日|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .{0,20}|today|yesterday)$/i;
const TIME_LIKE = /\d|今天|昨天|刚刚|now|ago|前/i;
const TYPING = /^(?:.{0,20}(?:正在输入|正在輸入|对方正在|對方正在|is typing|are typing|typing…|typing\.\.\.)\S*|[.·…\s]+)$/i;
const TYPING_CLASS = /(^|[\s_-])(typing|is-?typing|typing-?indicator|agent-?is-?typing|input-?state|writing)([\s_-]|$)/i;

function classText(el: Element): string {
  return `${el.getAttribute('class') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_{1,2}|-{2}/g, ' ');
}

/** The item's name and time elements, found by their class words in one pass over the item. */
function nameAndTime(item: Element, shadowOf: ShadowAccess): { name?: Element; time?: Element } {
  const found: { name?: Element; time?: Element } = {};
  if (item.tagName === 'TIME') found.time = item;
  const shadow = shadowOf(item);
  for (const scope of shadow ? [item, shadow] : [item]) {
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length && !(found.name && found.time); i += 1) {
      const el = all[i]!;
      const words = el.getAttribute('class') ? classText(el) : '';
      if (!found.time && (el.tagName === 'TIME' || (words && TIME_CLASS.test(words)))) found.time = el;
      else if (!found.name && words && NAME_CLASS.test(words)) found.name = el;
    }
  }
  return found;
}

function textOf(el: Element, shadowOf: ShadowAccess): string {
  // Names are often aria-hidden (Genesys) because a screen-reader copy exists elsewhere; they are still shown.
  return visibleText(el, { shadowOf }) || (el.textContent ?? '').trim();
}

function timeOf(el: Element | undefined, shadowOf: ShadowAccess): string | undefined {
  if (!el) return undefined;
  const shown = textOf(el, shadowOf);
  if (shown && TIME_LIKE.test(shown) && shown.length <= 40) return shown;
  const attr = el.getAttribute('datetime') ?? el.getAttribute('title') ?? el.getAttribute('aria-label');
  return attr && TIME_LIKE.test(attr) && attr.length <= 40 ? attr.trim() : undefined;
}

/** "Sam:" and "李娜：" are names with a separator, not different names. */
function cleanAuthor(author: string | undefined): string | undefined {
  return author?.replace(/[\s:：]+$/, '').trim() || undefined;
}

export interface ExtractOptions {
  adapter?: ChatAdapter;
  /** The adapter's window selectors that located this chat. */
  window?: WindowSelectors;
  shadowOf?: ShadowAccess;
  /** The transcript, for reading the layout side when markup is silent; omit to never read layout. */
  container?: Element;
  /** Reads the layout side (a caching reader in a session); defaults to reading the page every time. */
  layoutOf?: (item: Element, container: Element, bubble?: Element) => LayoutSide | undefined;
  /** Where this chat's rows show a sender's name, learnt as rows are read (structure/anatomy.ts). */
  namePaths?: NamePaths;
  /** Computed-style facts (structure/style-facts.ts), read only where layout is read. */
  styleOf?: (el: Element) => StyleFacts;
}

/** What rows of one transcript share while they are read: where names sit, and the style reader. */
const contexts = new WeakMap<Element, { namePaths: NamePaths; styleOf: (el: Element) => StyleFacts }>();

function transcriptContext(item: Element, options: ExtractOptions): { namePaths: NamePaths; styleOf?: (el: Element) => StyleFacts } {
  const key = options.container ?? item.parentElement;
  let shared = key ? contexts.get(key) : undefined;
  if (key && !shared) contexts.set(key, (shared = { namePaths: new Set(), styleOf: styleFactsReader() }));
  const namePaths = options.namePaths ?? shared?.namePaths ?? new Set<string>();
  // Styles are read only where layout is (a real browser); markup alone decides elsewhere.
  const styleOf = options.container ? (options.styleOf ?? shared?.styleOf) : undefined;
  return styleOf ? { namePaths, styleOf } : { namePaths };
}

/**
 * Reads one transcript item. Returns null for things that are not messages: date separators, typing indicators,
 * empty bubbles still rendering, controls.
 */
export function extractRaw(item: Element, options: ExtractOptions = {}): RawMessage | null {
  const shadowOf = options.shadowOf ?? openShadowRoots;
  const adapter = options.adapter;
  const sel = options.window;
  if (adapter?.skip && item.matches(adapter.skip)) return null;
  if (TYPING_CLASS.test(classText(item))) return null;

  const generic = sel?.author && sel?.time ? {} : nameAndTime(item, shadowOf);
  const nameEl = sel?.author ? queryWithin(item, sel.author, shadowOf)[0] : generic.name;
  const timeEl = sel?.time ? queryWithin(item, sel.time, shadowOf)[0] : generic.time;
  const exclude = new Set<Element>();
  if (nameEl) exclude.add(nameEl);
  if (timeEl) exclude.add(timeEl);
  // Rows the vendor's selectors do not take apart are taken apart by structure: times, receipts and names out.
  const anatomy = sel?.text ? undefined : rowAnatomy(item, { shadowOf, ...transcriptContext(item, options) });
  if (anatomy?.empty) return null;
  for (const el of anatomy?.exclude ?? []) exclude.add(el);

  const matches = sel?.text ? queryWithin(item, sel.text, shadowOf) : [item];
  // A text selector may match a body and the paragraph inside it: read the outermost once.
  const textRoots = matches.filter((el) => !matches.some((other) => other !== el && other.contains(el)));
  const text = textRoots
    .map((el) => visibleText(el, { exclude, shadowOf }))
    .filter(Boolean)
    .join('\n');
  if (!text || TIME_TEXT.test(text) || isChromeText(text) || TYPING.test(text)) return null;

  const raw: RawMessage = { text };
  const author = cleanAuthor(adapter?.author?.(item) ?? (nameEl ? textOf(nameEl, shadowOf) : anatomy?.nameText));
  if (author && author.length <= 60 && author !== text) raw.author = author;
  const shownTime = timeOf(timeEl, shadowOf) ?? anatomy?.timeText;
  if (shownTime) raw.shownTime = shownTime;
  const vendorSide = adapter?.side?.(item, text);
  if (vendorSide) {
    raw.side = vendorSide;
    return raw;
  }
  const hint = sideFromClasses(item);
  const layout = options.container
    ? options.layoutOf
      ? options.layoutOf(item, options.container, anatomy?.bubble)
      : layoutSide(item, options.container, anatomy?.bubble)
    : undefined;
  if (layout) {
    raw.layout = layout;
    if (hint) raw.hint = hint;
  } else if (hint) {
    raw.side = hint;
    // Kept as well, so the session knows the side came from class words, not from a vendor's markup.
    raw.hint = hint;
  }
  return raw;
}

/**
 * A single item read on its own, without the conversation around it: agent-side counts as agent unless the sender
 * is a named assistant. Returns null when nothing says who wrote it.
 */
export function extractMessage(item: Element, fallbackRole?: Role): ExtractedMessage | null {
  const raw = extractRaw(item);
  if (!raw) return null;
  const side = raw.side ?? fallbackRole;
  if (!side) return null;
  const role: Role = side === 'agent-side' ? 'agent' : side;
  const message: ExtractedMessage = { role: refineRole(role, raw.author), text: raw.text };
  if (raw.author) message.author = raw.author;
  if (raw.shownTime) message.shownTime = raw.shownTime;
  return message;
}
