import type { ChatAdapter } from './types';
import { clientAt } from './match';

/** LiveChat (livechatinc): a cross-origin frame from secure.livechatinc.com; read generically (research §2.10). */
export const liveChat: ChatAdapter = {
  id: 'livechat',
  vendorId: 'livechat',
  client: clientAt(['livechatinc.com'], ['/']),
  frame: 'iframe#chat-widget',
  markers: '#chat-widget-container, script[src*="livechatinc.com"]',
  launcher: '#chat-widget-minimized',
  frameHolder: '#chat-widget-container iframe#chat-widget',
};
