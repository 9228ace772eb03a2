import type { ChatStateReport } from '../protocol/schemas';

export interface TabChatSummary {
  /** Some frame of the tab shows a chat Parley is reading. */
  open: boolean;
  /** Some frame shows a chat launcher with its window closed. */
  available: boolean;
  vendor?: string;
}

/**
 * What each frame of each tab last reported about its chat. Kept in memory only: after a service-worker restart
 * the next report (or the next stored batch) fills it in again.
 */
export class TabStates {
  private readonly tabs = new Map<number, Map<number, ChatStateReport>>();

  set(tabId: number, frameId: number, state: ChatStateReport): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, state);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  summary(tabId: number): TabChatSummary {
    const frames = [...(this.tabs.get(tabId)?.values() ?? [])];
    const open = frames.find((f) => f.state === 'open');
    const available = frames.find((f) => f.state === 'available' || f.state === 'framed');
    const vendor = open?.vendor ?? available?.vendor;
    return { open: open !== undefined, available: !open && available !== undefined, ...(vendor ? { vendor } : {}) };
  }
}

export interface Badge {
  text: string;
  color: string;
}

/** The toolbar badge: a dot while a chat is recorded, two bars while recording is paused, nothing otherwise. */
export function badgeFor(summary: TabChatSummary, paused: boolean): Badge {
  if (!summary.open) return { text: '', color: '#0f766e' };
  return paused ? { text: '❚❚', color: '#6b7280' } : { text: '●', color: '#0f766e' };
}
