import type { ChatAdapter, WindowSelectors } from './adapters/types';
import { deepQuery, openShadowRoots, queryWithin, shadowRootsUnder, type ShadowAccess } from './dom/shadow';
import { findGenericChat, isComposer, type ChatLocation } from './generic-detector';

/** What a frame shows: an open chat to read, a chat open in another frame, a launcher only, or nothing. */
export type Detection =
  | { state: 'open'; chat: ChatLocation }
  | { state: 'framed'; vendor: string }
  | { state: 'available'; vendor: string }
  | { state: 'none' };

export interface DetectContext {
  doc: Document;
  /** The frame's own address. */
  url: URL;
  /** window.frameElement: readable from a same-origin (srcdoc, about:blank, hosted) frame only. */
  frameElement?: Element | null;
  adapters: readonly ChatAdapter[];
  shadowOf?: ShadowAccess;
  isVisible?: (el: Element) => boolean;
  /** Read layout (bubble sides, scrolling) in a real browser. */
  layout?: boolean;
}

/** What a vendor's chat client already proves about a frame: the DOM then only has to show where the chat is. */
const VENDOR_CONTEXT = 40;

function windowsOf(adapter: ChatAdapter): readonly WindowSelectors[] {
  if (!adapter.window) return [];
  return Array.isArray(adapter.window) ? adapter.window : [adapter.window as WindowSelectors];
}

function openWindow(adapter: ChatAdapter, ctx: DetectContext, roots: () => ShadowRoot[]): ChatLocation | undefined {
  const shadowOf = ctx.shadowOf ?? openShadowRoots;
  for (const win of windowsOf(adapter)) {
    const root = adapter.shadow ? deepQuery(ctx.doc, win.root, shadowOf, roots()) : ctx.doc.querySelector(win.root);
    if (!root) continue;
    const transcript = win.transcript ? queryWithin(root, win.transcript, shadowOf)[0] : root;
    if (!transcript) continue;
    const composer = win.composer ? queryWithin(root, win.composer, shadowOf).find((el) => isComposer(el) || el.matches('[contenteditable]')) : undefined;
    const send = win.send ? queryWithin(root, win.send, shadowOf)[0] : undefined;
    const chat: ChatLocation = { vendor: adapter.id, root, transcript, confidence: 0.95, adapter, window: win };
    if (composer) chat.composer = composer as HTMLElement;
    if (send) chat.sendButton = send as HTMLElement;
    return chat;
  }
  return undefined;
}

function visibleMatch(doc: Document, selector: string | undefined, ctx: DetectContext, roots: () => ShadowRoot[], deep: boolean): boolean {
  if (!selector) return false;
  const isVisible = ctx.isVisible ?? (() => true);
  const shadowOf = ctx.shadowOf ?? openShadowRoots;
  const found = deep ? [deepQuery(doc, selector, shadowOf, roots())].filter((x): x is Element => x !== null) : Array.from(doc.querySelectorAll(selector));
  return found.some(isVisible);
}

/**
 * Adapters first, then the generic finder (research §6.1). A vendor's chat client, recognised by its address or
 * frame element, is read with the vendor's selectors when its window markup is known and generically otherwise,
 * with the vendor's context counting towards the generic score.
 */
export function detectChat(ctx: DetectContext): Detection {
  let cachedRoots: ShadowRoot[] | undefined;
  const roots = () => (cachedRoots ??= shadowRootsUnder(ctx.doc, ctx.shadowOf ?? openShadowRoots));
  const generic = (adapter?: ChatAdapter) =>
    findGenericChat(ctx.doc, {
      shadowOf: ctx.shadowOf ?? openShadowRoots,
      shadowRoots: roots(),
      ...(ctx.isVisible ? { isVisible: ctx.isVisible } : {}),
      layout: ctx.layout ?? false,
      ...(adapter ? { vendor: adapter.id, contextBonus: VENDOR_CONTEXT } : {}),
    });

  const frameEl = ctx.frameElement ?? null;
  const client = ctx.adapters.find((a) => a.client?.(ctx.url) || (frameEl !== null && a.frame !== undefined && frameEl.matches(a.frame)));
  if (client) {
    const chat = openWindow(client, ctx, roots);
    if (chat) return { state: 'open', chat };
    const found = generic(client);
    if (found.chat) return { state: 'open', chat: { ...found.chat, adapter: client } };
    return { state: 'none' };
  }

  for (const adapter of ctx.adapters) {
    if (adapter.client) continue;
    const chat = openWindow(adapter, ctx, roots);
    if (chat) return { state: 'open', chat };
  }
  for (const adapter of ctx.adapters) {
    if (!adapter.client || !adapter.window) continue;
    // Some vendors' windows can also render straight into the bank's page (Nuance CIAPI skins).
    const chat = openWindow(adapter, ctx, roots);
    if (chat) return { state: 'open', chat };
  }

  const found = generic();
  if (found.chat) {
    // A re-skinned vendor window in the page: label it with the vendor whose markers are present.
    const vendor = ctx.adapters.find((a) => a.markers && found.chat!.root.closest(a.markers));
    return { state: 'open', chat: vendor ? { ...found.chat, vendor: vendor.id, adapter: vendor } : found.chat };
  }

  for (const adapter of ctx.adapters) {
    if (visibleMatch(ctx.doc, adapter.frameHolder, ctx, roots, adapter.shadow ?? false)) return { state: 'framed', vendor: adapter.id };
  }
  for (const adapter of ctx.adapters) {
    if (visibleMatch(ctx.doc, adapter.launcher, ctx, roots, adapter.shadow ?? false)) return { state: 'available', vendor: adapter.id };
  }
  if (found.launcher) return { state: 'available', vendor: 'generic' };
  return { state: 'none' };
}
