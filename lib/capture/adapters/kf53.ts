import type { ChatAdapter } from './types';
import { clientAt } from './match';

/** 53KF: the /code/client/ page on tb.53kf.com, framed or in a popup (research §3). */
export const kf53: ChatAdapter = {
  id: '53kf',
  vendorId: '53kf',
  client: clientAt(['53kf.com'], ['/code/client', '/webCompany.php', '/kf.php']),
  markers: 'script[src*="53kf.com/code/code"]',
};
