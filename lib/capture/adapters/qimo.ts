import type { ChatAdapter } from './types';
import { clientAt } from './match';

/**
 * 容联七陌 7moor: the client page wapchat.html on webchat.7moor.com (or Ronglian's webchat.yuntongxun.com),
 * framed or opened on its own with fromUrl naming the page it came from; read generically (research §3).
 */
export const qimo: ChatAdapter = {
  id: '7moor',
  vendorId: '7moor',
  client: clientAt(['7moor.com', 'webchat.yuntongxun.com'], [/wapchat\.html$/, '/webchat', '/chat']),
  markers: 'script.qimo, script[src*="7moorInit.js"]',
};
