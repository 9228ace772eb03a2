import type { PanelRequest, PanelRequestType } from '../protocol/protocol';
import type { RouteTable } from '../protocol/router';
import { panelRequestSchemas } from '../protocol/schemas';
import { isExtensionPage, type SenderInfo } from '../protocol/sender';

export interface PanelRouteDeps {
  extensionId: string;
  extensionOrigin: string;
  /** The tab this panel shows; a request for another tab is another panel's. */
  tabId: () => number | undefined;
  insertSuggestion: (n: number) => void;
}

/** What the side panel answers: only the extension's own background (a page of ours with no tab) may ask. */
export function panelRoutes(deps: PanelRouteDeps): RouteTable<PanelRequestType> {
  const fromBackground = (sender: SenderInfo) => sender.tab === undefined && isExtensionPage(sender, deps.extensionId, deps.extensionOrigin);
  return {
    'panel/insert-suggestion': {
      schema: panelRequestSchemas['panel/insert-suggestion'],
      trust: fromBackground,
      handle: async (payload: PanelRequest<'panel/insert-suggestion'>) => {
        if (payload.tabId !== deps.tabId()) return { ok: false as const, reason: 'other-tab' };
        deps.insertSuggestion(payload.n);
        return { ok: true as const };
      },
    },
  };
}

/** The window event the panel uses to hand a shortcut to the suggestion dock, which holds the suggestions. */
export const INSERT_SUGGESTION_EVENT = 'parley:insert-suggestion';
