import { browser } from 'wxt/browser';
import type { Badge } from './tab-states';

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open?(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

function actionApi(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/**
 * The toolbar icon opens the panel. Chrome opens it from our own click handler rather than natively: only a click
 * that reaches the extension grants activeTab, which lets the panel read the tab's address to offer "Use Parley on
 * this site" without the broad "tabs" permission. Firefox's sidebar always needed the handler.
 */
export function openPanelOnToolbarClick(): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const action = actionApi();
  if (chromeSidePanel) {
    if (typeof chromeSidePanel.open !== 'function' || !action) {
      void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
      return;
    }
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    // sidePanel.open must run inside the click's user gesture: no await before it.
    action.onClicked.addListener((tab) => void chromeSidePanel.open!({ windowId: tab.windowId }).catch(() => undefined));
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.open());
}

/** The toolbar badge of one tab (lib/background/tab-states.ts decides what it says). */
export function setBadge(tabId: number, badge: Badge): void {
  const action = actionApi();
  if (!action) return;
  void action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
  void action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
}

/** A small dot on the toolbar icon while Parley records a chat in that tab. */
export function showCapturingBadge(tabId: number): void {
  setBadge(tabId, { text: '●', color: '#0f766e' });
}
