import type { ChatAdapter } from './types';
import { clientAt } from './match';

/** Udesk: a panel with the client frame from <tenant>.udesk.cn/im_client/, or that page on its own (research §3). */
export const udesk: ChatAdapter = {
  id: 'udesk',
  vendorId: 'udesk',
  client: clientAt(['udesk.cn'], ['/im_client']),
  frame: 'iframe#udesk_iframe',
  markers: '#udesk_container, #udesk_btn, #udesk_panel, script[src*="udesk.cn/im_client"]',
  launcher: '#udesk_btn',
  frameHolder: '#udesk_panel',
};
