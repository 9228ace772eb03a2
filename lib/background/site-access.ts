import type { SiteStatus } from '../protocol/protocol';
import { findChatVendor, findFinanceSite } from '../sites/registry';
import type { TabGrants } from './tab-grants';

/**
 * "Use Parley on this site": the person grants the optional host permission for one https origin (requested by the
 * side panel, which has the click the browser insists on), and the background registers the content script for that
 * origin. The granted permissions are the only record of which sites were enabled — the browser keeps them, so
 * Parley needs no storage of its own and the person can revoke them in the browser's settings too.
 */
export const USER_SCRIPT_ID = 'parley-user-sites';

/** The part of the browser APIs this needs, injectable for tests. */
export interface SiteAccessApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting?: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
  };
  tabs: { get(tabId: number): Promise<{ url?: string }> };
  /** The built content script's path inside the extension. */
  contentScriptFile: string;
  /** Asks the content scripts of a tab to ask for admission again (after the person allowed its chat). */
  readmit?: (tabId: number) => Promise<void>;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  matchOriginAsFallback?: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** https://example.com → https://example.com/* (that host only, not its subdomains: the person chose this site). */
export function originPattern(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/*`;
}

/** https://example.com/* → https://example.com; wildcard hosts and other schemes are not one site. */
export function patternOrigin(pattern: string): string | undefined {
  const m = /^https:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?)\/\*$/i.exec(pattern);
  return m ? `https://${m[1]!.toLowerCase()}` : undefined;
}

/** The granted origins that are the person's own choices: single https hosts outside the registry. */
export function userEnabledOrigins(granted: readonly string[]): string[] {
  const origins = granted.map(patternOrigin).filter((o): o is string => o !== undefined);
  return [...new Set(origins)].filter((origin) => {
    const host = new URL(origin).hostname;
    return !findFinanceSite(host) && !findChatVendor(host);
  });
}

function httpsOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

export class SiteAccess {
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: SiteAccessApi,
    private readonly grants?: TabGrants,
  ) {}

  async userOrigins(): Promise<string[]> {
    const all = await this.api.permissions.getAll();
    return userEnabledOrigins(all.origins ?? []);
  }

  /**
   * Makes the registered content script cover exactly the enabled sites (after a grant, a revoke, or a restart).
   * Runs one at a time: a grant fires both the permission event and the panel's request, and two registrations of
   * one script id would fail.
   */
  reconcile(): Promise<void> {
    const next = this.pending.then(() => this.reconcileNow());
    this.pending = next.catch(() => undefined);
    return next;
  }

  private async reconcileNow(): Promise<void> {
    const scripting = this.api.scripting;
    if (!scripting) return;
    const matches = (await this.userOrigins()).map(originPattern);
    const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] });
    if (matches.length === 0) {
      if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] });
      return;
    }
    const script: RegisteredScript = {
      id: USER_SCRIPT_ID,
      matches,
      js: [this.api.contentScriptFile],
      allFrames: true,
      // Same-origin about:blank and srcdoc chat frames inherit the page's origin, as on registry sites.
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    };
    if (existing.length > 0) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
  }

  /** Called after the panel obtained the permission: registers the script and starts it in the open tab at once. */
  async enable(tabId: number, origin: string): Promise<{ ok: true } | { ok: false; error: string }> {
    if (findChatVendor(new URL(origin).hostname)) return this.allowChatPage(tabId, origin);
    if (!(await this.api.permissions.contains({ origins: [originPattern(origin)] }))) return { ok: false, error: 'permission not granted' };
    if (!this.api.scripting) return { ok: false, error: 'scripting unavailable' };
    await this.reconcile();
    const tab = await this.api.tabs.get(tabId).catch(() => undefined);
    if (httpsOrigin(tab?.url) === origin) {
      await this.api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [this.api.contentScriptFile] }).catch(() => undefined);
    }
    return { ok: true };
  }

  /**
   * "Record this chat" on a vendor's own page: for this tab only, while it shows that origin (tab-grants.ts). Parley
   * already runs there (vendor hosts are in the manifest), so the frames are only asked to ask for admission again.
   */
  private async allowChatPage(tabId: number, origin: string): Promise<{ ok: true } | { ok: false; error: string }> {
    if (!this.grants) return { ok: false, error: 'chat pages cannot be allowed here' };
    const tab = await this.api.tabs.get(tabId).catch(() => undefined);
    if (httpsOrigin(tab?.url) !== origin) return { ok: false, error: 'the tab no longer shows that page' };
    await this.grants.grant(tabId, origin);
    await this.api.readmit?.(tabId).catch(() => undefined);
    return { ok: true };
  }

  async disable(origin: string): Promise<{ ok: true } | { ok: false; error: string }> {
    if (!(await this.userOrigins()).includes(origin)) return { ok: false, error: 'not an enabled site' };
    await this.api.permissions.remove({ origins: [originPattern(origin)] });
    await this.reconcile();
    return { ok: true };
  }

  async status(tabId: number, paused: boolean): Promise<SiteStatus> {
    const tab = await this.api.tabs.get(tabId).catch(() => undefined);
    const origin = httpsOrigin(tab?.url);
    if (!origin) return { userEnabled: false, canEnable: false, paused };
    const host = new URL(origin).hostname;
    const site = findFinanceSite(host);
    if (site) return { origin, host, registrySiteId: site.id, userEnabled: false, canEnable: false, paused };
    // A vendor's own page is read when a bank opened it. When nothing says who did, the person may allow this one
    // chat (this tab, this page); enabling the vendor's host for good would take in every shop's chat.
    if (findChatVendor(host)) {
      const granted = (await this.grants?.originsFor(tabId))?.includes(origin) ?? false;
      return { origin, host, vendorPage: true, userEnabled: granted, canEnable: !granted && this.grants !== undefined, paused };
    }
    const userEnabled = (await this.userOrigins()).includes(origin);
    return { origin, host, userEnabled, canEnable: !userEnabled, paused };
  }
}
