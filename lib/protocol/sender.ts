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
  | { ok: true; tabId: number; frameId: number; site: FinanceSite; frameHost: string }
  | { ok: false; reason: string };

/**
 * A content script may only report a chat from an HTTPS frame in a tab whose page belongs to a finance site, or
 * from a finance site's own frame. A vendor frame on a non-bank page is refused: vendors serve shops too.
 */
export function checkCaptureSender(
  sender: SenderInfo,
  extensionId: string,
  findSite: (host: string) => FinanceSite | undefined = findFinanceSite,
): CaptureSenderVerdict {
  if (sender.id !== extensionId) return { ok: false, reason: 'foreign extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, reason: 'not from a tab' };
  if (sender.frameId === undefined) return { ok: false, reason: 'no frame' };
  const frameUrl = safeUrl(sender.url);
  const tabUrl = safeUrl(sender.tab?.url);
  // about:blank and srcdoc frames inherit their creator's origin, so they stand or fall with the tab's page.
  if (frameUrl?.protocol === 'about:') {
    const tabSite = tabUrl?.protocol === 'https:' ? findSite(tabUrl.hostname) : undefined;
    if (!tabSite) return { ok: false, reason: 'not a finance site' };
    return { ok: true, tabId, frameId: sender.frameId, site: tabSite, frameHost: tabUrl!.hostname };
  }
  if (!frameUrl || frameUrl.protocol !== 'https:') return { ok: false, reason: 'frame is not https' };
  const site =
    (tabUrl && tabUrl.protocol === 'https:' ? findSite(tabUrl.hostname) : undefined) ?? findSite(frameUrl.hostname);
  if (!site) return { ok: false, reason: 'not a finance site' };
  const frameIsKnown = findSite(frameUrl.hostname) !== undefined || findChatVendor(frameUrl.hostname) !== undefined;
  if (!frameIsKnown) return { ok: false, reason: 'frame host not in registry' };
  return { ok: true, tabId, frameId: sender.frameId, site, frameHost: frameUrl.hostname };
}
