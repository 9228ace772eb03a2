import { browser } from 'wxt/browser';
import {
  envelope,
  type BackgroundRequest,
  type BackgroundRequestType,
  type BackgroundResponse,
  type ContentRequest,
  type ContentRequestType,
  type ContentResponse,
} from './protocol';

export function sendToBackground<K extends BackgroundRequestType>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<BackgroundResponse<K>> {
  return browser.runtime.sendMessage(envelope(type, payload)) as Promise<BackgroundResponse<K>>;
}

export function sendToContent<K extends ContentRequestType>(
  tabId: number,
  frameId: number,
  type: K,
  payload: ContentRequest<K>,
): Promise<ContentResponse<K>> {
  return browser.tabs.sendMessage(tabId, envelope(type, payload), { frameId }) as Promise<ContentResponse<K>>;
}
