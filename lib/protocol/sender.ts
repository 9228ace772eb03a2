import { decideOwnership, type OwnershipEvidence, type SiteOwner } from '../sites/ownership';
import { findChatVendor, findFinanceSite, type FinanceSite } from '../sites/registry';

/** The subset of runtime.MessageSender that trust decisions look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

function safeUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** A message from one of our own extension pages (side panel, options), never from a content script. */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const url = safeUrl(sender.url);
  return url !== undefined && url.origin === new URL(extensionOrigin).origin;
}

export type CaptureSenderVerdict =
  | { ok: true; tabId: number; frameId: number; site: SiteOwner; frameHost: string }
  | { ok: false; reason: string };

/** What the content script observed about its frame's ancestry; browser-supplied values, read in our own world. */
export interface FrameAncestry {
  ancestorOrigins?: readonly string[];
  referrer?: string;
}

export interface CaptureSenderOptions {
  findSite?: (host: string) => FinanceSite | undefined;
  isVendorHost?: (host: string) => boolean;
  userOrigins?: readonly string[];
  ancestry?: FrameAncestry;
}

/**
 * A content script may only report a chat that belongs to a finance site in the registry or to a site the person
 * enabled (lib/sites/ownership.ts): the tab's page, or — for a standalone vendor page — the page that opened it.
 * A vendor frame on a shop is refused: vendors serve shops too.
 */
export function checkCaptureSender(
  sender: SenderInfo,
  extensionId: string,
  options: CaptureSenderOptions | ((host: string) => FinanceSite | undefined) = {},
): CaptureSenderVerdict {
  const opts = typeof options === 'function' ? { findSite: options } : options;
  if (sender.id !== extensionId) return { ok: false, reason: 'foreign extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, reason: 'not from a tab' };
  if (sender.frameId === undefined) return { ok: false, reason: 'no frame' };
  const evidence: OwnershipEvidence = { frameUrl: sender.url, tabUrl: sender.tab?.url, isTopFrame: sender.frameId === 0 };
  if (opts.ancestry?.ancestorOrigins) evidence.ancestorOrigins = opts.ancestry.ancestorOrigins;
  if (opts.ancestry?.referrer) evidence.referrer = opts.ancestry.referrer;
  const verdict = decideOwnership(evidence, {
    findSite: opts.findSite ?? findFinanceSite,
    isVendorHost: opts.isVendorHost ?? ((host) => findChatVendor(host) !== undefined),
    userOrigins: opts.userOrigins ?? [],
  });
  if (!verdict.ok) return verdict;
  const frameUrl = safeUrl(sender.url);
  const frameHost = frameUrl?.protocol === 'https:' ? frameUrl.hostname : (safeUrl(sender.tab?.url)?.hostname ?? '');
  return { ok: true, tabId, frameId: sender.frameId, site: verdict.owner, frameHost };
}
