import type { ChatAdapter } from './types';
import { clientAt, itemWords } from './match';

/**
 * Nuance Digital Engagement (formerly TouchCommerce "inq"): the chat frame (#inqChatStage) is usually a file hosted
 * on the bank's own domain, so it is recognised by its frame element. Two skins are known — the classic table
 * (tcChat_*) and the CIAPI custom skin published by HMRC (ciapi-*); any other custom skin is read generically
 * (research §2.6).
 */
export const nuance: ChatAdapter = {
  id: 'nuance',
  vendorId: 'nuance',
  client: clientAt(['nuance.com', 'touchcommerce.com', 'inq.com']),
  frame: 'iframe#inqChatStage, #nuanMessagingFrame iframe',
  markers: '#nuanMessagingFrame, #inqChatStage, #inqTitleBar, #tcChat_Skin, #nuance-fab-container, .nuance-chat-floating-container, #Nuance-chat-anchored, #ciapiSkinChatTranscript',
  launcher: '#nuance-fab-container, .nuance-chat-floating-container, #Nuance-chat-anchored',
  frameHolder: '#nuanMessagingFrame',
  window: [
    {
      root: '#tcChat_Skin',
      transcript: '#tcChat_transcript, .tcChat_transcript',
      item: '.tcChat_agentLine, .tcChat_customerLine, .tcChat_systemLine',
      text: '.agentMsg, .customerMsg, .systemMsg',
      author: '.tcChat_agentName, .tcChat_customerName',
      time: '.tcChat_time',
      composer: '#tcChat_txtInput, textarea',
      send: '#tcChat_btnSend',
    },
    {
      root: '#ciapiSkin, #ciapiSkinContainer, #nuanMessagingFrame',
      transcript: '#ciapiSkinChatTranscript',
      item: '.ciapi-agent-container, .ciapi-customer-container, .ciapi-system-container',
      text: '.ciapi-agent-message, .ciapi-customer-message, .ciapi-system-message',
      author: '.ciapi-agent-name',
      time: '.ciapi-time',
      composer: '#ciapiInput',
      send: '#ciapiSkinSendButton',
    },
  ],
  side: (item) => {
    const words = itemWords(item);
    if (/system/i.test(words)) return 'system';
    if (/customer/i.test(words)) return 'customer';
    if (/agent/i.test(words)) return 'agent-side';
    return undefined;
  },
};
