import type { ChatAdapter, WindowSelectors } from './adapters/types';
import { fastQueryUnordered, inDocumentOrder } from './dom/fast-query';
import { composedContains, deepQueryAll, openShadowRoots, shadowRootsUnder, type ShadowAccess } from './dom/shadow';
import { layoutSide } from './layout-side';
import { classWords, sideFromClasses, sideFromWords } from './roles';
import { isChromeText, isReceiptText, isTimeText } from './structure/lexicon';
import { sitsAboveTranscript } from './structure/position';
import { rowContainer, rowsOf } from './structure/rows';
import { insideRepeatedRow, repeatedContainers, repetitionScore, shapeOf, textSample } from './structure/shape';

/**
 * The generic chat finder for in-house bank chats and re-skinned widgets: scores transcript candidates the way a
 * person recognises a chat (research: chat-widgets.md §6.2) — a list of similar rows, on two sides, with a place to
 * type and a send control right next to it, in customer-service wording — and refuses FAQs, comment threads, search
 * pages and lone live regions.
 */
export interface ChatLocation {
  vendor: string;
  root: Element;
  transcript: Element;
  composer?: HTMLElement;
  sendButton?: HTMLElement;
  confidence: number;
  /** The vendor adapter that recognised the chat (its side and skip rules apply even when the generic finder found it). */
  adapter?: ChatAdapter;
  /** The adapter's window selectors that matched; absent when the generic rules read the items. */
  window?: WindowSelectors;
}

export interface GenericOptions {
  shadowOf?: ShadowAccess;
  shadowRoots?: readonly ShadowRoot[];
  isVisible?: (el: Element) => boolean;
  /** Points for what the frame already says (a vendor's chat client); lowers what the DOM must prove. */
  contextBonus?: number;
  vendor?: string;
  /** Read layout (bubble sides, scrolling); off in environments without layout. */
  layout?: boolean;
}

export interface GenericResult {
  chat?: ChatLocation;
  score: number;
}

/** A chat is accepted at this score; the vendor context of a known chat client counts towards it. */
export const CHAT_THRESHOLD = 70;
/** Candidates scored cheaply before the few best get the costlier checks. */
const SHORTLIST = 6;
const MAX_CANDIDATES = 800;

const HINT_WORDS = ['msg', 'message', 'chat', 'conversation', 'transcript', 'dialog', 'bubble', 'kefu', 'kf-', 'kf_', 'im-', 'im_', 'talk', 'record', 'history', 'session', 'log', 'thread', 'conv'];
const HINT_SELECTOR = ['[role="log"]', '[aria-live]', ...HINT_WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`])].join(',');
/** Words that name a list of messages. */
const TRANSCRIPT_HINT =
  /(^|[\s_-])(messages|msgs|message-?list|msg-?list|msg-?box|message-?box|chat-?body|chat-?content|chat-?log|chat-?list|chat-?history|chat-?messages|chat-?record|chat-?main|chat-?area|transcript|conversation|conversation-?parts|conv-?list|dialog-?body|dialog-?content|dialog-?list|history|log|talk-?list|records|thread|bubbles)([\s_-]|$)/i;
/** Words that only say "this belongs to a chat widget": the widget's prefix, not its message list. */
const WIDGET_HINT = /(^|[\s_-])(chat|im|kf|kefu|session|dialog|msg|message|talk|conversation|conv)([\s_-]|$)/i;
const NEGATIVE_HINT =
  /(^|[\s_-])(comments?|comment-?list|faq|faqs|search|results?|reviews?|forum|feed|news|article|replies|reply-?list|accordion|menu|nav|breadcrumb|header|head|title|toolbar|footer|toast|notifications?|composer|editor|input|quick|shortcuts?|tools?|banner|launcher)([\s_-]|$)/i;
const SCREEN_READER_ONLY = /(^|[\s_-])(sr-only|visually-hidden|visuallyhidden|screen-reader|offscreen)([\s_-]|$)/i;
/** What the area around a composer is when it is not a chat. */
const PAGE_NEGATIVE = /(^|[\s_-])(comments?|comment-?box|faq|faqs|search|reviews?|forum|feed|news|article|replies|guestbook|feedback-?form)([\s_-]|$)/i;
const COMMENT_WORDS = /(评论|回复|点赞|发表|网友|楼主|Reply|Like|Comment|Posted by|\d+ likes?)/;
const CHAT_WORDS = /(在线客服|智能客服|人工客服|客服|在线咨询|在线交谈|咨询|为您服务|chat with us|live chat|virtual assistant|chat|support|agent|assistant|advisor|messaging)/i;
const CS_VOCABULARY = /(您好|请问|为您服务|工号|转人工|人工客服|客服|稍等|很高兴|感谢您|hello|hi\b|how can i help|agent|assist|thank you|joined the chat|transferr)/i;
const TIME_IN_TEXT = /\b\d{1,2}:\d{2}(?::\d{2})?\b|今天|昨天|\d{4}-\d{2}-\d{2}/;
/** "8:00-22:00", "09:00 至 21:00": opening hours in a header, not the time a message was sent. */
const HOURS_RANGE = /\d{1,2}:\d{2}\s*(?:-|–|—|~|～|至|到|to)\s*\d{1,2}:\d{2}/gi;
const SEND_TEXT = /^\s*(发送|發送|传送|傳送|送出|发出|發出|send|send message|提交|submit)\s*$/i;
const SEND_WORDS = /(^|[\s_-])send(-?btn|-?button)?([\s_-]|$)/i;
const SEARCH_WORDS = /(search|搜索|查询|检索|keyword|关键词|关键字)/i;
const CHAT_PLACEHOLDER = /(请输入|输入|说点什么|问题|留言|message|type|ask|write|enter)/i;
const COMMENT_PLACEHOLDER = /(评论|写下你的|发表|comment|review)/i;
const LAUNCHER_WORDS = /^(?:.{0,6})(在线客服|智能客服|人工客服|联系客服|在线咨询|咨询客服|点此咨询|客服咨询|chat with us|live chat|chat now|start (?:a )?chat|message us|chat)(?:.{0,6})$/i;
const COMPOSER_SELECTOR = 'textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
const CONTROL_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"], a, [class*="send" i], [id*="send" i]';
const LAUNCHER_SELECTOR = 'a, button, [role="button"], [class*="launcher" i], [id*="launcher" i], [class*="chat-btn" i], [class*="chat-button" i], [class*="kefu" i], [id*="kefu" i]';

function words(el: Element): string {
  return classWords(el);
}

function labelOf(el: Element): string {
  return `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${words(el)}`;
}

/** A place to type a chat message: not a search box, not a comment form, not a password or e-mail field. */
export function isComposer(el: Element): el is HTMLElement {
  if (!el.matches(COMPOSER_SELECTOR)) return false;
  if (el.getAttribute('role') === 'searchbox' || el.getAttribute('type') === 'search') return false;
  if ((el as HTMLInputElement).readOnly) return false;
  const label = labelOf(el);
  if (SEARCH_WORDS.test(label) || COMMENT_PLACEHOLDER.test(label)) return false;
  const form = el.closest('form');
  if (form && (form.getAttribute('role') === 'search' || SEARCH_WORDS.test(`${form.getAttribute('action') ?? ''} ${words(form)}`))) return false;
  return true;
}

export function isSendControl(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  const label = text.length <= 20 ? text : '';
  return (
    SEND_TEXT.test(label) ||
    SEND_TEXT.test(el.getAttribute('aria-label') ?? '') ||
    SEND_TEXT.test(el.getAttribute('title') ?? '') ||
    SEND_TEXT.test(el.getAttribute('value') ?? '') ||
    /^send\b/i.test(el.getAttribute('aria-label') ?? '') ||
    SEND_WORDS.test(words(el))
  );
}

const BUTTON_LIKE = 'button, [role="button"], input[type="submit"], input[type="button"]';

/**
 * The control right after the composer, in its own box or its wrapper's: where a send button sits whatever its label
 * says (an icon, a word in a language the lexicon lacks). Only a lone control there counts, so a row of tools does
 * not. It decides nothing about the chat; it lets the person's own line be known by the send it came from.
 */
export function controlBesideComposer(composer: Element, transcript: Element): HTMLElement | undefined {
  let el: Element | null = composer;
  for (let level = 0; el && level < 2; level += 1, el = el.parentElement) {
    const next = el.nextElementSibling;
    if (!next || next.contains(transcript) || transcript.contains(next)) continue;
    if (next.matches(BUTTON_LIKE)) return next as HTMLElement;
    const inside = next.querySelectorAll(BUTTON_LIKE);
    if (inside.length === 1) return inside[0] as HTMLElement;
    if (inside.length > 1) return undefined;
  }
  return undefined;
}

/**
 * deepQueryAll(scope, selector) filtered by `keep`, in the same order. In the light tree the tags are looked up by
 * name and what is left is sorted: the selector list matched against every node of a large page costs more.
 */
function keptMatches<T extends Element>(scope: ParentNode, selector: string, keep: (el: Element) => el is T, shadowOf: ShadowAccess, roots?: readonly ShadowRoot[]): T[] {
  const light = scope.nodeType === 1 || scope.nodeType === 9 ? inDocumentOrder(fastQueryUnordered(scope as Document | Element, selector).filter(keep)) : Array.from(scope.querySelectorAll(selector)).filter(keep);
  for (const shadow of roots ?? shadowRootsUnder(scope, shadowOf)) light.push(...Array.from(shadow.querySelectorAll(selector)).filter(keep));
  return light;
}

export function findComposer(scope: ParentNode, shadowOf: ShadowAccess = openShadowRoots, isVisible?: (el: Element) => boolean): HTMLElement | undefined {
  return deepQueryAll(scope, COMPOSER_SELECTOR, shadowOf).find((el): el is HTMLElement => isComposer(el) && (!isVisible || isVisible(el)));
}

/** The element whose children (or groups of children) are the message rows (structure/rows.ts). */
export function itemContainer(transcript: Element): Element {
  return rowContainer(transcript);
}

export function transcriptItems(transcript: Element): Element[] {
  return rowsOf(transcript);
}

function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  return (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

/** Wrappers that hold nothing but one element (scroll areas, pull-to-refresh and virtual-list shells) at most. */
const MAX_LONE_WRAPPERS = 6;

/**
 * Ancestors up to `levels` levels that group something: a wrapper whose only child is the element below it adds no
 * distance between a list and its composer, however many of them a scroll or pull-to-refresh component nests.
 */
function groupingAncestors(el: Element, levels: number): Element[] {
  const list: Element[] = [];
  let counted = 0;
  let lone = 0;
  for (let node = parentAcross(el); node && counted < levels; node = parentAcross(node)) {
    list.push(node);
    if (node.childElementCount === 1 && lone < MAX_LONE_WRAPPERS) lone += 1;
    else counted += 1;
  }
  return list;
}

const defaultVisible = (el: Element): boolean => {
  for (let node: Element | null = el; node; node = parentAcross(node)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
};

interface Candidate {
  el: Element;
  score: number;
  items: Element[];
  composer?: HTMLElement;
  root?: Element;
  send?: HTMLElement;
}

function signatureScore(items: readonly Element[]): number {
  const groups = new Map<string, number>();
  for (const item of items.slice(0, 60)) {
    const sig = `${item.tagName}.${(item.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? ''}`;
    groups.set(sig, (groups.get(sig) ?? 0) + 1);
  }
  const largest = Math.max(0, ...groups.values());
  return largest >= 3 ? 20 : largest === 2 ? 10 : 0;
}

function cheapScore(el: Element, items: readonly Element[], shadowOf: ShadowAccess): number {
  let score = 0;
  const w = words(el);
  if (el.getAttribute('role') === 'log') score += 30;
  const live = el.getAttribute('aria-live');
  if ((live === 'polite' || live === 'assertive') && items.length >= 2) score += 10;
  if (TRANSCRIPT_HINT.test(w)) score += 15;
  else if (WIDGET_HINT.test(w)) score += 5;
  // Repeated row shapes need no class word (hashed, utility, minified classes); a shared class still counts.
  score += Math.max(signatureScore(items), repetitionScore(items, shadowOf));
  if (NEGATIVE_HINT.test(w)) score -= 20;
  if (el.closest('nav, header, footer, [role="navigation"], [role="menu"], [role="listbox"], menu')) score -= 30;
  const linkRows = items.slice(0, 30).filter((i) => i.tagName === 'A' || (i.querySelector('a[href]') && (i.textContent ?? '').trim() === (i.querySelector('a[href]')!.textContent ?? '').trim()));
  if (items.length >= 2 && linkRows.length > items.slice(0, 30).length / 2) score -= 25;
  if (items.length > 500) score -= 15;
  return score;
}

function vocabularyScore(candidate: Candidate, shadowOf: ShadowAccess): number {
  const sample = candidate.items.slice(0, 8).concat(candidate.items.slice(-4));
  const text = sample.map((i) => textSample(i, 300, shadowOf)).join(' ');
  let score = 0;
  if (TIME_IN_TEXT.test(text.replace(HOURS_RANGE, ' '))) score += 10;
  if (CS_VOCABULARY.test(text)) score += 10;
  // A comment thread shows its words ("Reply", "点赞", "Posted by") on row after row; one bot line that says "reply
  // 'agent'" or "回复“转人工”" is a chat.
  if (COMMENT_WORDS.test(text) && [...new Set(sample)].filter((i) => COMMENT_WORDS.test(i.textContent?.slice(0, 300) ?? '')).length >= 2) score -= 20;
  return score;
}

/** Rows that carry their own side in their class ("msg-row--me", "kf-row--agent"): a list of messages, not one message's parts. */
function rowScore(candidate: Candidate): number {
  const sample = candidate.items.slice(-12);
  const sided = sample.filter((item) => sideFromWords(classWords(item)) !== undefined).length;
  return sided > 0 && sided * 2 >= sample.length ? 10 : 0;
}

/** Words that name the parts of one message (its name, time, bubble), as opposed to messages. */
const PART_WORDS: Array<[string, RegExp]> = [
  ['name', /(^|[\s_-])(name|nick|nickname|sender|author|from)([\s_-]|$)/i],
  ['time', /(^|[\s_-])(time|date|timestamp|stamp)([\s_-]|$)/i],
  ['body', /(^|[\s_-])(bubble|text|content|body|msg-?text|message-?text)([\s_-]|$)/i],
  ['avatar', /(^|[\s_-])(avatar|head-?img|portrait|icon)([\s_-]|$)/i],
  ['meta', /(^|[\s_-])(meta|status|info)([\s_-]|$)/i],
];

/** Avatar initials: one CJK character or up to three capitals. */
const INITIALS = /^(?:[\u3400-\u9fff]|[A-Z]{1,3})$/;

/**
 * Initials leading a child with text are an avatar before its bubble: one message's parts, whatever the classes say
 * (the only message of a chat that has just opened looks like a short list). A short reply ("好", "OK") after a
 * first message is a row, and comes second.
 */
function avatarBesideText(items: readonly Element[]): boolean {
  const texts = items.map((i) => (i.textContent ?? '').trim()).filter(Boolean);
  // Avatar, bubble, and perhaps the time under them: a row of one message has at most those three parts.
  return texts.length >= 2 && texts.length <= 3 && INITIALS.test(texts[0]!) && texts.slice(1).some((t) => t.length > 3);
}

/** The non-blank text pieces under an element (text nodes, shadow roots included), each trimmed, the first few. */
function textPieces(el: Element, shadowOf: ShadowAccess, max = 6): string[] {
  const pieces: string[] = [];
  const walk = (node: Node): void => {
    if (pieces.length >= max) return;
    if (node.nodeType === 3) {
      const t = (node.nodeValue ?? '').trim();
      if (t) pieces.push(t);
      return;
    }
    if (node.nodeType === 1 && /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test((node as Element).tagName)) return;
    const scope = node.nodeType === 1 ? (shadowOf(node as Element) ?? node) : node;
    for (let c = scope.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return pieces;
}

/** A label a row shows above or beside its bubble: short, one line, no sentence punctuation or digits. */
const LABEL_LIKE = /^[^\n\d.,!?;:。，！？；：、]{1,24}$/;

/**
 * A row's parts told apart by what they say rather than by class words: the time, a receipt, avatar initials, and a
 * name label before the one message they belong to. The only row of a side in a chat that has just opened shows its
 * parts (name, time, bubble, receipt) as a short column of look-alike children, a list to shape alone (and a class
 * word that a hashed name happens to contain makes it a hinted one). A list that has just opened holds one message
 * too, but as a whole row (its time inside it) with at most a date divider beside it: parts of two kinds beside a
 * single message are that message's own.
 */
function partsByWording(items: readonly Element[], shadowOf: ShadowAccess): boolean {
  if (items.length < 2 || items.length > 6) return false;
  const kinds = new Set<string>();
  const texts: string[] = [];
  for (const item of items) {
    const pieces = textPieces(item, shadowOf);
    if (pieces.length === 0) {
      if (/^(IMG|PICTURE|SVG|svg|CANVAS)$/.test(item.tagName) || item.querySelector('img, svg, picture, canvas')) kinds.add('avatar');
      continue;
    }
    if (pieces.every((p) => isChromeText(p))) {
      for (const p of pieces) kinds.add(isReceiptText(p) ? 'receipt' : isTimeText(p) ? 'time' : 'other-chrome');
      continue;
    }
    // A whole row shows its time or receipt among its own text; one message's bubble does not.
    if (pieces.some((p) => isChromeText(p))) return false;
    const text = pieces.join(' ');
    if (INITIALS.test(text)) {
      kinds.add('avatar');
      continue;
    }
    texts.push(text);
  }
  if (texts.length === 0 || texts.length > 2) return false;
  if (texts.length === 2) {
    // Two texts are a name and its message only when the first is a short label and the message the longer of the two.
    if (!LABEL_LIKE.test(texts[0]!) || texts[0]!.length >= texts[1]!.length) return false;
    kinds.add('name');
  }
  kinds.delete('other-chrome');
  return kinds.size >= 2;
}

/** Children that are a name, a time and a bubble are one message laid out, not a list of messages. */
function partsScore(candidate: Candidate, shadowOf: ShadowAccess): number {
  if (avatarBesideText(candidate.items) || partsByWording(candidate.items, shadowOf)) return -25;
  // By structure first: inside a row that has look-alike siblings, its children are that row's parts, even when
  // every part repeats the row's side modifier ("body--self", "bubble--self").
  if (insideRepeatedRow(candidate.el, 3, shadowOf)) return -25;
  const kinds = new Set<string>();
  for (const item of candidate.items.slice(0, 8)) {
    const w = classWords(item);
    if (sideFromWords(w)) return 0;
    for (const [kind, pattern] of PART_WORDS) if (pattern.test(w)) kinds.add(kind);
    if (item.tagName === 'TIME' || item.tagName === 'IMG') kinds.add(item.tagName === 'TIME' ? 'time' : 'avatar');
  }
  if (kinds.size >= 2) return -25;
  return 0;
}

function sidesScore(candidate: Candidate, layout: boolean): number {
  const sides = new Set<string>();
  for (const item of candidate.items.slice(-12)) {
    const side = sideFromClasses(item);
    if (side === 'customer') sides.add('right');
    else if (side === 'agent' || side === 'bot' || side === 'agent-side') sides.add('left');
    else if (!side && layout) {
      const found = layoutSide(item, candidate.el);
      if (found === 'right' || found === 'left') sides.add(found);
    }
  }
  return sides.size === 2 ? 15 : 0;
}

function scrollScore(el: Element, layout: boolean): number {
  if (!layout) return 0;
  const view = el.ownerDocument.defaultView;
  if (!view) return 0;
  for (const node of [el, el.parentElement].filter((n): n is Element => n !== null)) {
    const overflow = view.getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return 10;
  }
  return 0;
}

/** A visible "在线客服" / "Chat with us" control: a chat is available here, though not open. */
export function findLauncher(doc: Document, isVisible: (el: Element) => boolean = defaultVisible): Element | undefined {
  const worded = (el: Element): el is Element => {
    const text = (el.textContent ?? '').trim();
    const label = text.length > 0 && text.length <= 24 ? text : (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
    return LAUNCHER_WORDS.test(label.replace(/\s+/g, ' '));
  };
  return inDocumentOrder(fastQueryUnordered(doc, LAUNCHER_SELECTOR).filter(worded)).find((el) => isVisible(el));
}

/** How far up from a composer a chat widget can reach: a few levels, never the whole page unless the page is the chat. */
const WIDGET_LEVELS = 6;

/**
 * Levels are counted in the tree where each component sits: a web component's shadow internals (a text field inside
 * an input bar inside a chat) are one element to the page around it, however deep they nest.
 */
function neighbourhood(composer: Element, doc: Document): Element {
  let area: Element = composer;
  for (let level = 0; level < WIDGET_LEVELS; level += 1) {
    const parent = parentAcross(area);
    if (!parent || parent === doc.documentElement) break;
    if (!area.parentElement) level = 0;
    if (parent === doc.body) {
      // The composer sits right under <body>: the page is the chat (a vendor's chat client).
      if (area === composer) area = parent;
      break;
    }
    area = parent;
  }
  return area;
}

/**
 * The best few candidates, at most two of a kind: every row of a chat has a body that looks like a short list (its
 * bubble, its time), and twenty look-alike bodies must not crowd the real list out of the costlier checks.
 */
function shortlist(scored: readonly Candidate[], shadowOf: ShadowAccess): Candidate[] {
  const picked: Candidate[] = [];
  const kinds = new Map<string, number>();
  for (const candidate of scored) {
    if (picked.length >= SHORTLIST) break;
    const kind = `${candidate.el.getAttribute('class') ?? ''}|${shapeOf(candidate.el, 1, shadowOf)}`;
    const seen = kinds.get(kind) ?? 0;
    if (seen >= 2) continue;
    kinds.set(kind, seen + 1);
    picked.push(candidate);
  }
  return picked;
}

/** Finds the best-scoring chat in a document (and its open shadow roots). */
export function findGenericChat(scope: Document | ShadowRoot | Element, options: GenericOptions = {}): GenericResult {
  const shadowOf = options.shadowOf ?? openShadowRoots;
  const isVisible = options.isVisible ?? defaultVisible;
  const layout = options.layout ?? false;
  const context = options.contextBonus ?? 0;
  const doc = scope.nodeType === 9 ? (scope as Document) : (scope as Element).ownerDocument;
  const roots = options.shadowRoots;

  const composers = keptMatches(scope, COMPOSER_SELECTOR, (el): el is HTMLElement => isComposer(el) && isVisible(el), shadowOf, roots);
  if (composers.length === 0) return { score: 0 };

  // A transcript sits within a few levels of its composer, so only the composers' neighbourhoods are searched: on a
  // 20,000-node page the widget is a few hundred nodes, and the rest of the page never has to be looked at.
  const hinted: Element[] = [];
  const searched = new Set<Element>();
  for (const composer of composers) {
    const area = neighbourhood(composer, doc);
    if ([...searched].some((done) => done === area || composedContains(done, area))) continue;
    searched.add(area);
    hinted.push(...deepQueryAll(area, HINT_SELECTOR, shadowOf, roots?.filter((r) => composedContains(area, r.host))));
  }
  const pool = new Set<Element>();
  for (const el of hinted) {
    if (pool.size >= MAX_CANDIDATES) break;
    pool.add(el);
    const parent = parentAcross(el);
    if (parent && parent.firstElementChild && parent !== doc.body && parent !== doc.documentElement) pool.add(parent);
  }

  // The structural pass scores again the candidates the first pass scored: each is scored once per detection.
  const cheap = new Map<Element, Candidate | null>();
  const checked = new Map<Element, { score: number; send?: HTMLElement }>();
  const cheapCandidate = (el: Element): Candidate | null => {
    if (composers.some((c) => el === c || composedContains(c, el))) return null;
    // A drop-down's options or a listbox are choices, not messages.
    if (/^(SELECT|DATALIST|OPTGROUP|OPTION)$/.test(el.tagName) || /^(listbox|combobox|menu|tablist)$/.test(el.getAttribute('role') ?? '')) return null;
    const items = transcriptItems(el);
    // An empty list may be a chat waiting for its first message; it cannot reach the threshold on markup alone.
    const nearby = groupingAncestors(el, 4);
    const composer = composers.find((c) => nearby.some((a) => composedContains(a, c)));
    if (!composer) return null;
    let score = cheapScore(el, items, shadowOf) + 25;
    // The whole widget (transcript and composer together) is not the transcript.
    if (el.contains(composer)) score -= 25;
    const root = nearby.find((a) => composedContains(a, composer))!;
    if (PAGE_NEGATIVE.test(words(root))) score -= 20;
    return { el, score, items, composer, root };
  };
  const check = (candidate: Candidate): void => {
    const { el, composer, root } = candidate;
    if (!isVisible(el)) candidate.score -= 40;
    const placeholder = labelOf(composer!);
    if (CHAT_PLACEHOLDER.test(placeholder)) candidate.score += 5;
    const send = deepQueryAll(root!, CONTROL_SELECTOR, shadowOf, roots?.filter((r) => composedContains(root!, r.host))).find((b): b is HTMLElement => isSendControl(b) && !composedContains(el, b));
    if (send) {
      candidate.score += 15;
      candidate.send = send;
    } else {
      const beside = controlBesideComposer(composer!, el);
      if (beside) candidate.send = beside;
    }
    const heading = root!.querySelector('h1, h2, h3, header, [class*="title" i], [class*="header" i]');
    if (CHAT_WORDS.test(`${words(root!)} ${root!.getAttribute('aria-label') ?? ''} ${heading?.textContent?.slice(0, 80) ?? ''}`)) candidate.score += 5;
    const rows = rowScore(candidate);
    const sides = sidesScore(candidate, layout);
    candidate.score += vocabularyScore(candidate, shadowOf) + rows + sides + partsScore(candidate, shadowOf) + scrollScore(el, layout);
    // A live region on its own announces things; only a list of sided messages around it makes it a transcript.
    const live = el.getAttribute('aria-live');
    if (live && live !== 'off' && el.getAttribute('role') !== 'log' && !TRANSCRIPT_HINT.test(words(el)) && rows === 0 && sides === 0) candidate.score -= 25;
    if (SCREEN_READER_ONLY.test(el.getAttribute('class') ?? '')) candidate.score -= 40;
    if (layout && sitsAboveTranscript(el, composer!, root!)) candidate.score -= 30;
    const avgText = candidate.items.slice(0, 20).reduce((sum, i) => sum + (i.textContent ?? '').length, 0) / Math.max(1, Math.min(20, candidate.items.length));
    if (avgText > 2000) candidate.score -= 15;
  };

  const pick = (pool: ReadonlySet<Element>): Candidate | undefined => {
    const scored: Candidate[] = [];
    for (const el of pool) {
      let base = cheap.get(el);
      if (base === undefined) cheap.set(el, (base = cheapCandidate(el)));
      if (base) scored.push({ ...base });
    }
    scored.sort((a, b) => b.score - a.score);

    let best: Candidate | undefined;
    for (const candidate of shortlist(scored, shadowOf)) {
      const done = checked.get(candidate.el);
      if (done) {
        candidate.score = done.score;
        if (done.send) candidate.send = done.send;
      } else {
        check(candidate);
        checked.set(candidate.el, { score: candidate.score, ...(candidate.send ? { send: candidate.send } : {}) });
      }
      // Prefer the innermost of two nested candidates that score the same: it is the list, not its wrapper.
      if (!best || candidate.score > best.score || (candidate.score === best.score && best.el.contains(candidate.el))) best = candidate;
    }
    return best;
  };

  // Class words and roles first (cheap, and what named chats say); when they do not make a chat, containers of
  // repeated sibling rows carrying text, found by shape alone: a page whose class names say nothing offers no other.
  let best = pick(pool);
  // A winner of three items or fewer may be one message's parts (a bubble, its time, its reactions) whose classes
  // carry chat words while the real list's do not: the rows found by shape get their say too.
  if (!best || best.score + context < CHAT_THRESHOLD || best.items.length <= 3) {
    const areas = [...searched];
    const areaRoots = roots ?? [];
    const structural = new Set(repeatedContainers([...areas, ...areaRoots.filter((r) => areas.some((a) => composedContains(a, r.host)))], 6000, shadowOf).slice(0, MAX_CANDIDATES / 2));
    for (const el of pool) structural.add(el);
    const second = pick(structural);
    if (second && (!best || second.score > best.score)) best = second;
  }
  if (!best) return { score: 0 };
  const total = best.score + context;
  if (total < CHAT_THRESHOLD) return { score: total };
  const chat: ChatLocation = {
    vendor: options.vendor ?? 'generic',
    root: best.root!,
    transcript: best.el,
    confidence: Math.min(1, total / 100),
  };
  if (best.composer) chat.composer = best.composer;
  if (best.send) chat.sendButton = best.send;
  return { chat, score: total };
}

/** Compatibility entry point: the generic finder alone, over a document. */
export function detectGenericChat(scope: ParentNode): ChatLocation | null {
  return findGenericChat(scope as Document).chat ?? null;
}
