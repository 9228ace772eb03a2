import type { ChatAdapter } from './types';
import { clientAt, itemWords } from './match';

/**
 * Salesforce Messaging for In-App and Web ("Enhanced Chat"): a cross-origin frame from the org's Experience Cloud
 * site whose window is a deep tree of web components (runtime_copilot-cwc-broker → cwc-layout → cwc-*message*),
 * possibly with closed shadow roots. Outbound bubbles are the customer's; an unlabelled bubble falls back to the
 * echo of what was just sent (research §2.3).
 */
export const salesforceMiaw: ChatAdapter = {
  id: 'salesforce-miaw',
  vendorId: 'salesforce-miaw',
  client: clientAt(['my.site.com', 'salesforce-scrt.com'], [/^\/ESW/i, /\/embeddedservice\//i]),
  markers: 'script[src*=".my.site.com/ESW"], div.embedded-messaging, iframe#embeddedMessagingFrame',
  launcher: '#embeddedMessagingConversationButton',
  frameHolder: 'iframe#embeddedMessagingFrame, iframe.embeddedMessagingFrame',
  shadow: true,
  window: {
    root: 'cwc-layout',
    transcript: '[role="log"], [class*="cwc-conversation"]',
    item: '[class*="cwc-"][class*="message"]:not([class*="message-"])',
    text: '[class*="message-text"], [class*="message-body"]',
    author: '[class*="message-sender"]',
    time: '[class*="message-timestamp"]',
    composer: '[role="textbox"]',
    send: 'button[aria-label^="Send" i]',
  },
  side: (item) => {
    const words = itemWords(item);
    if (/system|participant|event/i.test(words)) return 'system';
    if (/outbound|sent|self/i.test(words)) return 'customer';
    if (/inbound|received/i.test(words)) return 'agent-side';
    return undefined;
  },
};
