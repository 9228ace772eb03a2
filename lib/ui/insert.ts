import type { InsertResult } from '../protocol/protocol';
import { sendToBackground } from '../protocol/client';

/** Puts a phrase into the live chat's composer; the person still reads and sends it themselves. */
export async function insertIntoChat(tabId: number | undefined, text: string): Promise<InsertResult> {
  if (tabId === undefined) return { ok: false, reason: 'no-chat' };
  try {
    return await sendToBackground('composer/insert', { tabId, text });
  } catch {
    return { ok: false, reason: 'not-delivered' };
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
