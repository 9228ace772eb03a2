import type { ChatAdapter } from './types';
import { clientAt } from './match';

/**
 * Freshchat: the new embed is a <freshchat-widget> element whose shadow root holds the launcher and the
 * #fc_frame holder of the chat frame from wchat.freshchat.com; message text sits in .h-message-text
 * (research §2.12). The frame is read generically.
 */
export const freshchat: ChatAdapter = {
  id: 'freshchat',
  vendorId: 'freshchat',
  client: clientAt(['freshchat.com'], ['/']),
  frame: 'iframe#fc_widget',
  markers: '#fc_frame, freshchat-widget, script[src*="freshchat.com"]',
  launcher: '#fc-widget-chat-icon, #fc_frame.fc-widget-small',
  frameHolder: '#fc_frame:not(.fc-widget-small)',
  shadow: true,
};
