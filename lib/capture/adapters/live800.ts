import type { ChatAdapter } from './types';
import { clientAt } from './match';

/** Live800, common on Chinese financial sites: the chatbox.jsp client on chatNN.live800.com (research §3). */
export const live800: ChatAdapter = {
  id: 'live800',
  vendorId: 'live800',
  client: clientAt(['live800.com'], ['/live800/chatClient/chatbox', '/live800/chatClient/']),
  markers: 'script[src*="live800.com/live800/chatClient/floatButton.js"]',
};
