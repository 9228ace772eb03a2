import type { ChatAdapter } from './types';
import { clientAt, hasClass } from './match';

/**
 * Microsoft Dynamics 365 Omnichannel Live Chat Widget v2 (oc-lcw) on Bot Framework Web Chat. Sent and received
 * messages carry ms_lcw_webchat_* classes; system messages render as markdown bodies. The name/time status line
 * is drawn by activityStatusMiddleware, whose exact markup is not public: its first part is read as the name and a
 * <time> or time-like part as the time (research §2.14).
 */
export const dynamicsOmnichannel: ChatAdapter = {
  id: 'dynamics-omnichannel',
  vendorId: 'dynamics-omnichannel',
  client: clientAt(['oc-cdn-ocprod.azureedge.net', 'omnichannelengagementhub.com'], ['/livechatwidget', '/']),
  frame: 'iframe#Microsoft_Omnichannel_LCWidget_Chat_Iframe_Window',
  markers: 'script#Microsoft_Omnichannel_LCWidget, #oc-lcw, iframe#Microsoft_Omnichannel_LCWidget_Chat_Iframe_Window',
  launcher: '#oc-lcw-chat-button, .oc-lcw-chat-button',
  frameHolder: 'iframe#Microsoft_Omnichannel_LCWidget_Chat_Iframe_Window',
  window: {
    root: '#oc-lcw, .oc-lcw-container',
    transcript: '.webchat__basic-transcript__transcript, .webchat__basic-transcript__scrollable',
    item: '.webchat__basic-transcript__activity',
    text: '.webchat__bubble__content, .webchat__basic-transcript__activity-markdown-body',
    author: '.webchat__activity-status [class*="name" i], .webchat__activity-status > span:first-child',
    time: '.webchat__activity-status time, .webchat__activity-status [class*="timestamp" i]',
    composer: 'textarea.webchat__send-box-text-box__input, input.webchat__send-box-text-box__input, [class*="send-box"] textarea',
    send: '.webchat__send-button',
  },
  side: (item) => {
    if (item.querySelector('.ms_lcw_webchat_sent_message') || hasClass(item, 'ms_lcw_webchat_sent_message')) return 'customer';
    if (item.querySelector('.webchat__basic-transcript__activity-markdown-body')) return 'system';
    if (item.querySelector('.ms_lcw_webchat_received_message') || hasClass(item, 'ms_lcw_webchat_received_message')) return 'agent-side';
    return undefined;
  },
};
