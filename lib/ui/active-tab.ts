import { browser } from 'wxt/browser';

/**
 * The tab the panel describes. An explicit ?tabId= wins so the panel can also be opened as a page (demo, tests);
 * otherwise it follows the active tab of its window.
 */
export function explicitTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export async function currentActiveTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onActiveTabChange(listener: () => void): () => void {
  const activated = () => listener();
  const updated = (_id: number, info: { status?: string }) => {
    if (info.status === 'complete') listener();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
