import { browser } from 'wxt/browser';
import type { SiteStatus } from '../lib/protocol/protocol';
import { sendToBackground } from '../lib/protocol/client';

/** What the site-access and pause controls ask of the browser and the background; injectable for tests. */
export interface SiteAccessApi {
  status(tabId: number): Promise<SiteStatus>;
  /** Must be called straight from the click: the browser only shows its permission prompt for a user gesture. */
  requestOrigin(origin: string): Promise<boolean>;
  enable(tabId: number, origin: string): Promise<boolean>;
  disable(origin: string): Promise<boolean>;
  paused(): Promise<boolean>;
  setPaused(paused: boolean): Promise<boolean>;
}

export const browserSiteAccess: SiteAccessApi = {
  status: (tabId) => sendToBackground('site/status', { tabId }),
  requestOrigin: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
  enable: async (tabId, origin) => (await sendToBackground('site/enable', { tabId, origin })).ok,
  disable: async (origin) => (await sendToBackground('site/disable', { origin })).ok,
  paused: async () => (await sendToBackground('capture/get-paused', {})).paused,
  setPaused: async (paused) => (await sendToBackground('capture/set-paused', { paused })).paused,
};
