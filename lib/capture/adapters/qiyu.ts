import type { ChatAdapter } from './types';
import { clientAt } from './match';

/**
 * 网易七鱼 Qiyu: a layer (#YSF-PANEL-INFO, class ysf-chat-layeropen while open) holding the client frame from
 * <corp>.qiyukf.com/client, or the client in a popup; read generically (research §3).
 */
export const qiyu: ChatAdapter = {
  id: 'qiyu',
  vendorId: 'qiyu',
  client: clientAt(['qiyukf.com'], ['/client']),
  frame: '#YSF-PANEL-INFO iframe, #YSF-PANEL-CORPINFO iframe',
  markers: '#YSF-BTN-HOLDER, #YSF-PANEL-INFO, #YSF-PANEL-CORPINFO, script[src*="qiyukf.com/script"]',
  launcher: '#YSF-BTN-HOLDER',
  frameHolder: '#YSF-PANEL-INFO.ysf-chat-layeropen, #YSF-PANEL-CORPINFO.ysf-chat-layeropen',
};
