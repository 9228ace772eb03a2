import type { TabStatus } from '../protocol/protocol';
import { sendToBackground } from '../protocol/client';

/** What the panel's status line says about the tab: only 'recording' when rows are being read now. */
export type CaptureDisplay = 'recording' | 'paused' | 'found' | 'unreadable' | 'stopped' | 'idle' | 'ended';

/** `ended`: the chat said it is over ("本次会话已结束"), so there is nothing more to record even while the page is open. */
export function captureDisplay(status: TabStatus | undefined, ended = false): CaptureDisplay {
  if (!status) return 'idle';
  if (status.unreadable) return 'unreadable';
  if (status.capturing && ended) return 'ended';
  if (status.capturing) return status.paused ? 'paused' : 'recording';
  if (status.found) return 'found';
  return status.sessionId ? 'stopped' : 'idle';
}

export async function fetchTabStatus(tabId: number): Promise<TabStatus | undefined> {
  try {
    return await sendToBackground('tab/status', { tabId });
  } catch {
    return undefined;
  }
}

/** The text-free report of a chat Parley cannot read, or undefined when the tab has none to give. */
export async function fetchDiagnostic(tabId: number): Promise<string | undefined> {
  try {
    const answer = await sendToBackground('tab/diagnose', { tabId });
    return answer.ok ? answer.report : undefined;
  } catch {
    return undefined;
  }
}
