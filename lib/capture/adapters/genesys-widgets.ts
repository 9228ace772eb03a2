import type { ChatAdapter } from './types';
import { hasClass } from './match';

/**
 * Genesys Widgets v9 (cx-widget): in-page, used by Banorte among others. cx-you is the customer, cx-them the other
 * side with cx-bot / cx-agent saying which; cx-date rows are separators (research §2.4).
 */
export const genesysWidgets: ChatAdapter = {
  id: 'genesys-widgets',
  vendorId: 'genesys',
  markers: '.cx-widget, script[src*="mypurecloud"][src*="/widgets/"]',
  launcher: '.cx-widget.cx-webchat-chat-button',
  window: {
    root: '.cx-widget.cx-webchat',
    transcript: '.cx-transcript',
    item: '.cx-message',
    text: '.cx-message-text',
    author: '.cx-name',
    time: '.cx-time',
    composer: 'textarea#cx_input, textarea.cx-message-input',
    send: '.cx-send',
  },
  skip: '.cx-date, .cx-typing',
  side: (item) => {
    if (hasClass(item, 'cx-system')) return 'system';
    if (hasClass(item, 'cx-you')) return 'customer';
    if (hasClass(item, 'cx-bot', 'cx-Bot')) return 'bot';
    if (hasClass(item, 'cx-agent')) return 'agent';
    if (hasClass(item, 'cx-them')) return 'agent-side';
    return undefined;
  },
};
