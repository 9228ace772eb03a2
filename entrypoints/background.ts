import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openPanelOnToolbarClick, showCapturingBadge } from '../lib/background/action';
import { backgroundRoutes } from '../lib/background/routes';
import { db } from '../lib/db/instance';
import { sendToContent } from '../lib/protocol/client';
import { messageListener } from '../lib/protocol/router';

export default defineBackground(() => {
  openPanelOnToolbarClick();
  const routes = backgroundRoutes({
    db,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    sendToContent,
    onCapturing: (tabId) => showCapturingBadge(tabId),
  });
  browser.runtime.onMessage.addListener(messageListener(routes) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
});
