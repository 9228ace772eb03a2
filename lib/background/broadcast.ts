import { browser } from 'wxt/browser';
import { envelope } from '../protocol/protocol';

/**
 * Tells the content scripts of every tab that recording was paused or resumed. Listing tabs needs no permission
 * when only their ids are read; tabs without Parley's content script simply do not answer.
 */
export async function broadcastPause(paused: boolean): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, envelope('capture/pause', { paused })).catch(() => undefined),
    ),
  );
}
