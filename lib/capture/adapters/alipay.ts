import type { ChatAdapter } from './types';
import { clientAt, hasClass } from './match';

/**
 * Alipay / Huabei customer service hall (cschannel.alipay.com). Its seed= attributes are Alipay's own tracking
 * hooks and outlive class names; bot answers are .server blocks until 转人工 hands over to a person (research §3.2).
 * The transcript is found generically; answers are recognised by their class.
 */
export const alipay: ChatAdapter = {
  id: 'alipay',
  vendorId: 'alipay-cs',
  client: clientAt(['cschannel.alipay.com'], ['/portal.htm', '/newPortal.htm', '/mobile/csrouter.htm']),
  markers: 'textarea[seed="inputField-content"], #main-submit-btn',
  side: (item) => (hasClass(item, 'server') ? 'agent-side' : undefined),
};
