import type { ChatAdapter } from './types';
import { clientAt } from './match';

/**
 * eGain: the bank page holds #egain-chat-wrapper with the chat frame from <tenant>.egain.cloud/system; the frame's
 * inner markup is not public, so the generic finder reads it (research §2.7).
 */
export const egain: ChatAdapter = {
  id: 'egain',
  vendorId: 'egain',
  client: clientAt(['egain.cloud', 'egain.net'], ['/system']),
  frame: 'iframe#egain-chat-iframe',
  markers: '#egain-chat-wrapper, iframe#egain-chat-iframe, script[src*="analytics-egain.com"]',
  frameHolder: '#egain-chat-wrapper',
};
