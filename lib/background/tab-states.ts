import type { ChatStateReport } from '../protocol/schemas';

export interface TabChatSummary {
  /** Some frame of the tab shows a chat Parley is reading (rows read from it). */
  open: boolean;
  /** No frame is read, and some frame shows a chat whose messages Parley cannot find. */
  unreadable: boolean;
  /** No frame is read yet, and some frame shows a chat found but still empty of rows. */
  found: boolean;
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

  /** The frame whose chat cannot be read, for asking it what it saw. */
  unreadableFrame(tabId: number): number | undefined {
    for (const [frameId, state] of this.tabs.get(tabId) ?? []) if (state.state === 'unreadable') return frameId;
    return undefined;
  }

  known(tabId: number): boolean {
    return (this.tabs.get(tabId)?.size ?? 0) > 0;
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
    const unreadable = open ? undefined : frames.find((f) => f.state === 'unreadable');
    const found = open || unreadable ? undefined : frames.find((f) => f.state === 'found');
    const vendor = open?.vendor ?? unreadable?.vendor ?? found?.vendor ?? available?.vendor;
    return {
      open: open !== undefined,
      unreadable: unreadable !== undefined,
      found: found !== undefined,
      available: !open && !unreadable && !found && available !== undefined,
      ...(vendor ? { vendor } : {}),
    };
  }
}

export interface Badge {
  text: string;
  color: string;
}

/**
 * The toolbar badge: a dot while a chat's rows are being recorded, two bars while recording is paused, "!" on a chat
 * Parley found but cannot read, nothing otherwise — never a recording dot for a chat nothing is read from.
 */
export function badgeFor(summary: TabChatSummary, paused: boolean): Badge {
  if (summary.unreadable) return { text: '!', color: '#b45309' };
  if (!summary.open) return { text: '', color: '#0f766e' };
  return paused ? { text: '❚❚', color: '#6b7280' } : { text: '●', color: '#0f766e' };
}
