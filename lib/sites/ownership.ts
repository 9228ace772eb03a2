import type { FinanceSite } from './types';

/**
 * Decides whose chat a frame is showing, from evidence the browser (not the page) supplies. Vendors serve shops,
 * games and airlines too, so a vendor frame or vendor page counts only when a bank in the registry — or a site the
 * person enabled themselves — stands behind it. Pure: the caller passes the registry lookups in.
 */
export interface OwnershipEvidence {
  /** The reporting frame's address as the browser saw it (runtime.MessageSender.url). */
  frameUrl?: string;
  /** The tab's page address (MessageSender.tab.url); the browser only reveals it where Parley has host access. */
  tabUrl?: string;
  /** The reporting frame is the tab's top frame (MessageSender.frameId === 0). */
  isTopFrame?: boolean;
  /** location.ancestorOrigins of the frame, nearest parent first (Chromium; absent in Firefox). */
  ancestorOrigins?: readonly string[];
  /** document.referrer of the reporting frame: who opened a standalone vendor page. */
  referrer?: string;
}

export interface OwnershipRules {
  findSite: (host: string) => FinanceSite | undefined;
  isVendorHost: (host: string) => boolean;
  /** HTTPS origins the person enabled with "Use Parley on this site" (https://example.com). */
  userOrigins?: readonly string[];
}

export interface SiteOwner {
  /** Registry id, or the host name for a site the person enabled (registry ids never contain a dot). */
  id: string;
  /** The registry entry; absent for a site the person enabled. */
  registry?: FinanceSite;
  /**
   * How the owner was found: the page itself, the frame itself, or the page that opened it. Never a link parameter
   * (fromUrl and the like): whoever made the link wrote it, so a shop could name a bank and have its chat filed as
   * that bank's record.
   */
  via: 'page' | 'frame' | 'referrer';
}

export type OwnershipRefusal =
  | 'no frame'
  | 'frame is not https'
  | 'page unknown'
  | 'page is not https'
  | 'frame host not in registry'
  | 'opened from a site that is not a bank'
  | 'no bank behind this vendor page'
  | 'not a finance site';

export type OwnershipVerdict = { ok: true; owner: SiteOwner } | { ok: false; reason: OwnershipRefusal };

function parse(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

export function decideOwnership(evidence: OwnershipEvidence, rules: OwnershipRules): OwnershipVerdict {
  const userOrigins = rules.userOrigins ?? [];
  const ownerOf = (url: URL | undefined, via: SiteOwner['via']): SiteOwner | undefined => {
    if (!url || url.protocol !== 'https:') return undefined;
    const site = rules.findSite(url.hostname);
    if (site) return { id: site.id, registry: site, via };
    if (userOrigins.includes(url.origin)) return { id: url.hostname.toLowerCase(), via };
    return undefined;
  };

  const frame = parse(evidence.frameUrl);
  if (!frame) return { ok: false, reason: 'no frame' };
  // about:blank and about:srcdoc frames inherit their creator's origin, so they stand or fall with the page.
  const inherits = frame.protocol === 'about:';
  if (!inherits && frame.protocol !== 'https:') return { ok: false, reason: 'frame is not https' };

  const ancestors = evidence.ancestorOrigins ?? [];
  const top =
    parse(evidence.tabUrl) ??
    (evidence.isTopFrame && !inherits ? frame : undefined) ??
    (ancestors.length > 0 ? parse(ancestors[ancestors.length - 1]) : undefined);
  if (!top) return { ok: false, reason: 'page unknown' };
  if (top.protocol !== 'https:') return { ok: false, reason: 'page is not https' };

  const frameKnown =
    inherits || rules.findSite(frame.hostname) !== undefined || rules.isVendorHost(frame.hostname) || userOrigins.includes(frame.origin);
  const pageOwner = ownerOf(top, 'page');
  if (pageOwner) return frameKnown ? { ok: true, owner: pageOwner } : { ok: false, reason: 'frame host not in registry' };
  // A bank's own chat frame stays the bank's wherever it is embedded.
  const frameOwner = inherits ? undefined : ownerOf(frame, 'frame');
  if (frameOwner?.registry) return { ok: true, owner: frameOwner };
  if (!rules.isVendorHost(top.hostname)) return { ok: false, reason: 'not a finance site' };
  if (!frameKnown) return { ok: false, reason: 'frame host not in registry' };

  // A standalone vendor page (popup or new tab): the page that opened it decides.
  const referrer = parse(evidence.referrer);
  const referrerOwner = ownerOf(referrer, 'referrer');
  if (referrerOwner) return { ok: true, owner: referrerOwner };
  if (referrer && !rules.isVendorHost(referrer.hostname)) return { ok: false, reason: 'opened from a site that is not a bank' };
  // Nothing the browser vouches for names a bank; the person can still choose "Use Parley on this site".
  return { ok: false, reason: 'no bank behind this vendor page' };
}
