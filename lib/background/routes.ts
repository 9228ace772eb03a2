import type { ParleyDB } from '../db/database';
import { latestSessionForTab, storeCapturedBatch } from '../db/ingest';
import type { ContentRequest, ContentRequestType, ContentResponse, InsertResult, TabStatus } from '../protocol/protocol';
import type { RouteTable } from '../protocol/router';
import { requestSchemas } from '../protocol/schemas';
import { checkCaptureSender, isExtensionPage, type SenderInfo } from '../protocol/sender';
import type { FinanceSite } from '../sites/types';
import type { SiteOwner } from '../sites/ownership';
import type { BackgroundRequest, BackgroundRequestType } from '../protocol/protocol';

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
}

/** Everything the background answers, with who may ask for it. */
export function backgroundRoutes(deps: BackgroundDeps): RouteTable<BackgroundRequestType> {
  const fromOwnPage = (sender: SenderInfo) => isExtensionPage(sender, deps.extensionId, deps.extensionOrigin);
  const fromContentScript = (sender: SenderInfo) =>
    sender.id === deps.extensionId && sender.tab !== undefined && !fromOwnPage(sender);

  return {
    'capture/batch': {
      schema: requestSchemas['capture/batch'],
      trust: fromContentScript,
      handle: async (payload: BackgroundRequest<'capture/batch'>, sender: SenderInfo) => {
        const verdict = checkCaptureSender(sender, deps.extensionId, deps.findSite);
        if (!verdict.ok) return { ok: false, error: verdict.reason };
        const stored = await storeCapturedBatch(deps.db, payload.session, payload.messages, {
          siteId: verdict.site.id,
          tabId: verdict.tabId,
          frameId: verdict.frameId,
        });
        deps.onCapturing?.(verdict.tabId, verdict.site);
        return { ok: true, stored };
      },
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
        const session = await latestSessionForTab(deps.db, payload.tabId);
        if (!session) return { capturing: false };
        const status: TabStatus = { capturing: true, sessionId: session.id, siteId: session.siteId };
        if (session.frameId !== undefined) status.frameId = session.frameId;
        return status;
      },
    },
  };
}
