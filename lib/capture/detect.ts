import type { ChatAdapter, WindowSelectors } from './adapters/types';
import { fastQuery, fastQueryAll } from './dom/fast-query';
import { deepQuery, openShadowRoots, queryWithin, shadowRootsUnder, type ShadowAccess } from './dom/shadow';
import { findGenericChat, findLauncher, isComposer, type ChatLocation } from './generic-detector';

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
    const root = adapter.shadow ? deepQuery(ctx.doc, win.root, shadowOf, roots()) : fastQuery(ctx.doc, win.root);
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

/**
 * The first adapter (in registry order) with a visible match of a selector: one combined query over the page
 * rather than one per adapter, which matters on a 20,000-node page.
 */
function firstVisible(ctx: DetectContext, roots: () => ShadowRoot[], selectorOf: (a: ChatAdapter) => string | undefined): ChatAdapter | undefined {
  const isVisible = ctx.isVisible ?? (() => true);
  const withSelector = ctx.adapters.filter((a) => selectorOf(a));
  if (withSelector.length === 0) return undefined;
  const combined = withSelector.map(selectorOf).join(', ');
  const light = fastQueryAll(ctx.doc, combined);
  const deep = withSelector.some((a) => a.shadow) ? roots().flatMap((r) => Array.from(r.querySelectorAll(combined))) : [];
  const visible = [...light, ...deep].filter(isVisible);
  return withSelector.find((a) => visible.some((el) => el.matches(selectorOf(a)!)));
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

  const holder = firstVisible(ctx, roots, (a) => a.frameHolder);
  if (holder) return { state: 'framed', vendor: holder.id };
  const launcher = firstVisible(ctx, roots, (a) => a.launcher);
  if (launcher) return { state: 'available', vendor: launcher.id };
  if (findLauncher(ctx.doc, ctx.isVisible)) return { state: 'available', vendor: 'generic' };
  return { state: 'none' };
}
