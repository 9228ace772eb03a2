import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/** The toolbar icon opens the panel: Chrome's side panel does it natively, Firefox's sidebar needs a click handler. */
export function openPanelOnToolbarClick(): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.open());
}

/** A small dot on the toolbar icon while Parley records a chat in that tab. */
export function showCapturingBadge(tabId: number): void {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  void action.setBadgeBackgroundColor({ tabId, color: '#0f766e' }).catch(() => undefined);
  void action.setBadgeText({ tabId, text: '●' }).catch(() => undefined);
}
