import type { ParleyDB } from '../db/database';
import { ingestCapturedBatch, latestSessionForTab } from '../db/ingest';
import type { Level } from '../db/storage-bounds';
import type {
  Admission,
  BackgroundRequest,
  BackgroundRequestType,
  ContentRequest,
  ContentRequestType,
  ContentResponse,
  InsertResult,
  SiteStatus,
  TabStatus,
} from '../protocol/protocol';
import type { RouteTable } from '../protocol/router';
import { requestSchemas, type Ancestry } from '../protocol/schemas';
import { checkCaptureSender, isExtensionPage, type SenderInfo } from '../protocol/sender';
import type { SiteOwner } from '../sites/ownership';
import type { FinanceSite } from '../sites/types';
import { memoryPauseStore, type PauseStore } from './pause-store';
import type { SiteAccess } from './site-access';
import type { TabGrants } from './tab-grants';
import { storageBadge, worstLevel } from '../ui/storage-badge';
import { badgeFor, TabStates, type Badge } from './tab-states';

export interface BackgroundDeps {
  db: ParleyDB;
  extensionId: string;
  extensionOrigin: string;
  sendToContent: <K extends ContentRequestType>(
    tabId: number,
    frameId: number,
    type: K,
    payload: ContentRequest<K>,
  ) => Promise<ContentResponse<K>>;
  onCapturing?: (tabId: number, site: SiteOwner) => void;
  findSite?: (host: string) => FinanceSite | undefined;
  pause?: PauseStore;
  siteAccess?: SiteAccess;
  /** Chats the person allowed on a vendor's own page, one tab each (tab-grants.ts). */
  tabGrants?: TabGrants;
  tabStates?: TabStates;
  setBadge?: (tabId: number, badge: Badge) => void;
  /** Tells every tab's content scripts that recording was paused or resumed. */
  broadcastPause?: (paused: boolean) => Promise<void>;
}

/** Everything the background answers, with who may ask for it. */
export function backgroundRoutes(deps: BackgroundDeps): RouteTable<BackgroundRequestType> {
  const fromOwnPage = (sender: SenderInfo) => isExtensionPage(sender, deps.extensionId, deps.extensionOrigin);
  const fromContentScript = (sender: SenderInfo) =>
    sender.id === deps.extensionId && sender.tab !== undefined && !fromOwnPage(sender);
  const pause = deps.pause ?? memoryPauseStore();
  const tabStates = deps.tabStates ?? new TabStates();

  const verdictFor = async (sender: SenderInfo, ancestry: Ancestry | undefined) => {
    const rules = { ...(deps.findSite ? { findSite: deps.findSite } : {}), ...(ancestry ? { ancestry } : {}) };
    // A page in the registry owns its chats whatever sites the person enabled (the registry is asked first, and more
    // enabled sites only let more frames in), so the person's sites — a permissions call and a database read that
    // every captured batch would wait for — are only asked for when the registry alone does not place the page.
    const registryOnly = checkCaptureSender(sender, deps.extensionId, { ...rules, userOrigins: [] });
    if (registryOnly.ok && registryOnly.site.via === 'page' && registryOnly.site.registry) return registryOnly;
    const [enabled, granted] = await Promise.all([deps.siteAccess?.userOrigins() ?? [], deps.tabGrants?.originsFor(sender.tab?.id) ?? []]);
    return checkCaptureSender(sender, deps.extensionId, { ...rules, userOrigins: [...enabled, ...granted] });
  };

  // How full storage was after each tab's last stored batch, so the recording dot can warn before a bound is reached.
  const storageLevels = new Map<number, Level>();
  const refreshBadge = async (tabId: number) => {
    deps.setBadge?.(tabId, storageBadge(badgeFor(tabStates.summary(tabId), await pause.get()), storageLevels.get(tabId)));
  };

  return {
    'capture/hello': {
      schema: requestSchemas['capture/hello'],
      trust: fromContentScript,
      handle: async (payload: BackgroundRequest<'capture/hello'>, sender: SenderInfo): Promise<Admission> => {
        const verdict = await verdictFor(sender, payload.ancestry);
        const paused = await pause.get();
        return verdict.ok ? { allowed: true, paused, siteId: verdict.site.id } : { allowed: false, paused };
      },
    },
    'capture/state': {
      schema: requestSchemas['capture/state'],
      trust: fromContentScript,
      handle: async (payload: BackgroundRequest<'capture/state'>, sender: SenderInfo) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined && tabId >= 0 && sender.frameId !== undefined) {
          tabStates.set(tabId, sender.frameId, payload.chat);
          await refreshBadge(tabId);
        }
        return { ok: true as const };
      },
    },
    'capture/batch': {
      schema: requestSchemas['capture/batch'],
      trust: fromContentScript,
      handle: async (payload: BackgroundRequest<'capture/batch'>, sender: SenderInfo) => {
        const verdict = await verdictFor(sender, payload.ancestry);
        if (!verdict.ok) return { ok: false, error: verdict.reason };
        const ids = payload.messages.map((m) => m.id);
        // Paused: acknowledged so the page forgets them, never stored.
        if (await pause.get()) return { ok: true, stored: ids, paused: true };
        // At a storage bound the batch is still acknowledged (the page forgets it, so a flood cannot pile up in the
        // tab); what was not stored is noted in the session and shown by the panel and the badge.
        const result = await ingestCapturedBatch(deps.db, payload.session, payload.messages, {
          siteId: verdict.site.id,
          tabId: verdict.tabId,
          frameId: verdict.frameId,
        });
        const stored = result.acked;
        storageLevels.set(verdict.tabId, worstLevel(result.session, result.database));
        tabStates.set(verdict.tabId, verdict.frameId, { state: 'open', vendor: payload.session.vendor, sessionId: payload.session.id });
        await refreshBadge(verdict.tabId);
        deps.onCapturing?.(verdict.tabId, verdict.site);
        return { ok: true, stored };
      },
    },
    'capture/set-paused': {
      schema: requestSchemas['capture/set-paused'],
      trust: fromOwnPage,
      handle: async (payload: BackgroundRequest<'capture/set-paused'>) => {
        await pause.set(payload.paused);
        await deps.broadcastPause?.(payload.paused).catch(() => undefined);
        await Promise.all(tabStates.tabIds().map(refreshBadge));
        return { paused: payload.paused };
      },
    },
    'capture/get-paused': {
      schema: requestSchemas['capture/get-paused'],
      trust: fromOwnPage,
      handle: async () => ({ paused: await pause.get() }),
    },
    'site/status': {
      schema: requestSchemas['site/status'],
      trust: fromOwnPage,
      handle: async (payload: BackgroundRequest<'site/status'>): Promise<SiteStatus> => {
        const paused = await pause.get();
        if (!deps.siteAccess) return { userEnabled: false, canEnable: false, paused };
        return deps.siteAccess.status(payload.tabId, paused);
      },
    },
    'site/enable': {
      schema: requestSchemas['site/enable'],
      trust: fromOwnPage,
      handle: async (payload: BackgroundRequest<'site/enable'>) =>
        deps.siteAccess ? deps.siteAccess.enable(payload.tabId, payload.origin) : { ok: false as const, error: 'site access unavailable' },
    },
    'site/disable': {
      schema: requestSchemas['site/disable'],
      trust: fromOwnPage,
      handle: async (payload: BackgroundRequest<'site/disable'>) =>
        deps.siteAccess ? deps.siteAccess.disable(payload.origin) : { ok: false as const, error: 'site access unavailable' },
    },
    'composer/insert': {
      schema: requestSchemas['composer/insert'],
      trust: fromOwnPage,
      handle: async (payload: BackgroundRequest<'composer/insert'>): Promise<InsertResult> => {
        const session = await latestSessionForTab(deps.db, payload.tabId);
        if (!session || session.frameId === undefined) return { ok: false, reason: 'no-chat' };
        try {
          return await deps.sendToContent(payload.tabId, session.frameId, 'composer/insert', { text: payload.text });
        } catch {
          return { ok: false, reason: 'not-delivered' };
        }
      },
    },
    'tab/status': {
      schema: requestSchemas['tab/status'],
      trust: fromOwnPage,
      handle: async (payload: BackgroundRequest<'tab/status'>): Promise<TabStatus> => {
        const { tabId } = payload;
        const session = await latestSessionForTab(deps.db, tabId);
        // States live in memory: after a service-worker restart the frame that stored the session is asked again.
        if (!tabStates.known(tabId) && session?.frameId !== undefined) {
          const answer = await deps.sendToContent(tabId, session.frameId, 'capture/ping', {}).catch(() => undefined);
          if (answer?.state) tabStates.set(tabId, session.frameId, { state: answer.state, ...(answer.vendor ? { vendor: answer.vendor } : {}), ...(answer.sessionId ? { sessionId: answer.sessionId } : {}) });
        }
        const summary = tabStates.summary(tabId);
        const paused = await pause.get();
        const status: TabStatus = {
          capturing: summary.open,
          ...(summary.found ? { found: true } : {}),
          ...(summary.unreadable ? { unreadable: true } : {}),
          ...(summary.available ? { available: true } : {}),
          ...(paused ? { paused: true } : {}),
        };
        if (!session) return status;
        status.sessionId = session.id;
        status.siteId = session.siteId;
        if (session.frameId !== undefined) status.frameId = session.frameId;
        return status;
      },
    },
    'tab/diagnose': {
      schema: requestSchemas['tab/diagnose'],
      trust: fromOwnPage,
      handle: async (payload: BackgroundRequest<'tab/diagnose'>) => {
        const frameId = tabStates.unreadableFrame(payload.tabId) ?? (await latestSessionForTab(deps.db, payload.tabId))?.frameId;
        if (frameId === undefined) return { ok: false as const, error: 'no chat in this tab' };
        try {
          const { report } = await deps.sendToContent(payload.tabId, frameId, 'capture/diagnose', {});
          return { ok: true as const, report };
        } catch {
          return { ok: false as const, error: 'the chat frame did not answer' };
        }
      },
    },
  };
}
