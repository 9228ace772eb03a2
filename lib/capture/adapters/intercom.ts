import type { ChatAdapter } from './types';
import { clientAt, itemWords } from './match';

/**
 * Intercom Messenger: a same-origin frame (intercom-messenger-frame) written by the loader. The conversation-part
 * classes are from Intercom's long-lived Messenger markup as reproduced by clones (admin = the business side); a
 * current build that no longer uses them falls through to the generic finder (research §2.9).
 */
export const intercom: ChatAdapter = {
  id: 'intercom',
  vendorId: 'intercom',
  client: clientAt(['intercom.io', 'intercomcdn.com'], ['/messenger', '/widget']),
  frame: 'iframe[name="intercom-messenger-frame"], iframe#intercom-frame',
  markers: '#intercom-container, .intercom-lightweight-app, .intercom-launcher, script[src*="widget.intercom.io"]',
  launcher: '.intercom-launcher, .intercom-lightweight-app-launcher',
  frameHolder: 'iframe[name="intercom-messenger-frame"]',
  window: {
    root: '.intercom-conversation, .intercom-messenger',
    transcript: '.intercom-conversation-parts',
    item: '.intercom-conversation-part',
    text: '.intercom-block-paragraph, .intercom-comment-body',
    author: '.intercom-conversation-part-author, .intercom-comment-author',
    time: '.intercom-conversation-part-metadata time, .intercom-comment-time',
    composer: 'textarea[name="message"], [contenteditable="true"]',
    send: 'button[aria-label^="Send" i]',
  },
  side: (item) => {
    const words = itemWords(item);
    if (/part[-\s](event|note)/i.test(words)) return 'system';
    if (/part[-\s]user|container[-\s]user/i.test(words)) return 'customer';
    if (/part[-\s]admin|container[-\s]admin/i.test(words)) return /part[-\s]bot|operator/i.test(words) ? 'bot' : 'agent-side';
    return undefined;
  },
};
