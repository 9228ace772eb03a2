import { queryWithin, type ShadowAccess } from './dom/shadow';
import { transcriptItems, type ChatLocation } from './generic-detector';

/**
 * The message items of a located chat, in display order: the vendor's item selector when its window matched,
 * otherwise the transcript's rows. Nested matches (a group that itself matches) keep only the outermost.
 */
export function chatItems(chat: ChatLocation, shadowOf: ShadowAccess): Element[] {
  const selector = chat.window?.item;
  if (!selector) return transcriptItems(chat.transcript);
  const found = chat.adapter?.shadow
    ? queryWithin(chat.transcript, selector, shadowOf).filter((el) => el !== chat.transcript)
    : Array.from(chat.transcript.querySelectorAll(selector));
  return found.filter((el) => {
    const outer = el.parentElement?.closest(selector);
    return !outer || !chat.transcript.contains(outer);
  });
}
