import type { ChatAdapter } from './types';
import { clientAt } from './match';

/** 美洽 Meiqia: a floating button and a panel holding the standalone client's frame; read generically (research §3). */
export const meiqia: ChatAdapter = {
  id: 'meiqia',
  vendorId: 'meiqia',
  client: clientAt(['meiqia.com'], ['/dist/standalone', '/widget/standalone', '/chat']),
  frame: 'iframe#MEIQIA-IFRAME',
  markers: '#MEIQIA-BTN-HOLDER, #MEIQIA-PANEL-HOLDER, script[src*="static.meiqia.com"]',
  launcher: '#MEIQIA-BTN-HOLDER, #MEIQIA-BTN',
  frameHolder: '#MEIQIA-PANEL-HOLDER',
};
