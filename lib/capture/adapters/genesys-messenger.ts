import type { ChatAdapter } from './types';
import { clientAt } from './match';

/**
 * Genesys Cloud Web Messenger: a cross-origin frame from apps.mypurecloud.*; its bubble markup is not public, so
 * the adapter recognises the frame and the generic finder reads it. No time is shown under bubbles (it is a hover
 * tooltip), so messages carry only the time observed (research §2.5).
 */
export const genesysMessenger: ChatAdapter = {
  id: 'genesys-messenger',
  vendorId: 'genesys',
  client: clientAt(['mypurecloud.com', 'mypurecloud.de', 'mypurecloud.ie', 'mypurecloud.jp', 'mypurecloud.com.au', 'pure.cloud'], ['/messenger']),
  markers: '#genesys-mxg-frame, .genesys-mxg-frame, #genesys-mxg-container-frame, script[src*="genesys-bootstrap"]',
  launcher: '#genesys-mxg-launcher-frame, .genesys-mxg-launcher-frame',
  frameHolder: '#genesys-mxg-frame, .genesys-mxg-frame, #genesys-mxg-container-frame, .genesys-mxg-container-frame',
  skip: '.mxg-typing',
};
