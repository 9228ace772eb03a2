import type { ChatAdapter } from './types';
import { hasClass } from './match';

/**
 * Salesforce Embedded Service (legacy "Snap-ins"): an Aura sidebar in the bank's page. "chasitor" is Salesforce's
 * word for the chat visitor; .assistiveText copies are dropped by the visible-text rules (research §2.2).
 */
export const salesforceEsw: ChatAdapter = {
  id: 'salesforce-esw',
  vendorId: 'salesforce-esw',
  markers: 'script[src*="/embeddedservice/"], script[src*="esw.min.js"], .embeddedServiceHelpButton, .embeddedServiceSidebar',
  launcher: '.embeddedServiceHelpButton',
  window: {
    root: '.embeddedServiceSidebar',
    transcript: '.messageArea',
    item: 'li.chatMessage, .embeddedServiceLiveAgentStateChatEventMessage',
    text: '.chatContent, .eventMessage',
    author: '.nameAndTimeContent .agentName',
    time: '.nameAndTimeContent .timeContent',
    composer: 'textarea.chasitorText',
    send: '.chasitorSendButton, button[class*="send" i]',
  },
  side: (item) => {
    if (hasClass(item, 'embeddedServiceLiveAgentStateChatEventMessage', 'system')) return 'system';
    if (hasClass(item, 'chasitor')) return 'customer';
    if (hasClass(item, 'agent')) return 'agent-side';
    return undefined;
  },
};
