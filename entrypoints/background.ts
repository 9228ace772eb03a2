import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openPanelOnToolbarClick, setBadge } from '../lib/background/action';
import { broadcastPause } from '../lib/background/broadcast';
import { panelRequestFor } from '../lib/background/commands';
import { settingsPauseStore } from '../lib/background/pause-store';
import { backgroundRoutes } from '../lib/background/routes';
import { listenForReminders } from '../lib/background/reminders-browser';
import { SiteAccess, type SiteAccessApi } from '../lib/background/site-access';
import { TabGrants } from '../lib/background/tab-grants';
import { TabStates } from '../lib/background/tab-states';
import { db } from '../lib/db/instance';
import { sendToContent } from '../lib/protocol/client';
import { envelope } from '../lib/protocol/protocol';
import { messageListener } from '../lib/protocol/router';

export default defineBackground(() => {
  openPanelOnToolbarClick();
  listenForReminders(db);
  const tabStates = new TabStates();
  const tabGrants = new TabGrants(db);
  const siteAccess = new SiteAccess(
    {
      permissions: browser.permissions,
      scripting: (browser as unknown as { scripting?: SiteAccessApi['scripting'] }).scripting,
      tabs: browser.tabs,
      contentScriptFile: 'content-scripts/content.js',
      // Every frame of the tab: the chat may sit in any of them.
      readmit: async (tabId) => void (await browser.tabs.sendMessage(tabId, envelope('capture/readmit', {})).catch(() => undefined)),
    },
    tabGrants,
  );
  const routes = backgroundRoutes({
    db,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    sendToContent,
    pause: settingsPauseStore(db),
    siteAccess,
    tabGrants,
    tabStates,
    setBadge,
    broadcastPause,
  });
  browser.runtime.onMessage.addListener(messageListener(routes) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  // A new document in a tab starts with no chat; its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') {
      tabStates.forget(tabId);
      // A chat the person allowed on a vendor's page was that page's chat: the grant ends with it.
      void tabGrants.revoke(tabId).catch(() => undefined);
      setBadge(tabId, { text: '', color: '#0f766e' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabStates.forget(tabId);
    void tabGrants.revoke(tabId).catch(() => undefined);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const request = panelRequestFor(command, tab?.id);
    // No panel open for that tab: nobody answers, and nothing is inserted.
    if (request) void browser.runtime.sendMessage(envelope('panel/insert-suggestion', request)).catch(() => undefined);
  });
  browser.permissions.onAdded.addListener(() => void siteAccess.reconcile().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void siteAccess.reconcile().catch(() => undefined));
  void siteAccess.reconcile().catch(() => undefined);
});
