import { capAncestry } from '../protocol/limits';
import type { Ancestry } from '../protocol/schemas';

/**
 * What the browser says about where this frame sits: its ancestors' origins (nearest first; Chromium only) and the
 * page that opened or embedded it. Read in the content script's own world, so the page cannot rewrite them.
 */
export function frameAncestry(win: Pick<Window, 'location' | 'document'>): Ancestry {
  const ancestry: Ancestry = {};
  const list = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (list) ancestry.ancestorOrigins = Array.from({ length: list.length }, (_, i) => list.item(i) ?? '').filter(Boolean);
  if (win.document.referrer) ancestry.referrer = win.document.referrer;
  return capAncestry(ancestry);
}

/** window.frameElement, which is readable from same-origin frames only (null or a throw elsewhere). */
export function sameOriginFrameElement(win: Window): Element | null {
  try {
    return win.frameElement;
  } catch {
    return null;
  }
}

/**
 * Asks until answered: the service worker may be starting or restarting. Gives up quietly after the last delay
 * (Parley then stays out of the frame, the safe default).
 */
export async function askWithRetry<T>(ask: () => Promise<T>, delaysMs: readonly number[] = [100, 400, 1500, 4000], sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await ask();
    } catch (error) {
      if (attempt >= delaysMs.length) throw error;
      await sleep(delaysMs[attempt]!);
    }
  }
}
