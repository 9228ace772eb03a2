import type { ChatAdapter } from './types';
import { hasClass } from './match';

/**
 * LivePerson's unified window renders in the bank's own page (#lpChat), with stable data-lp-cust-id hooks on
 * bubble texts and times (research §2.1). The time's title carries the sender's name when no .lp_sender is shown.
 */
export const livePerson: ChatAdapter = {
  id: 'liveperson',
  vendorId: 'liveperson',
  markers: 'script[src*="liveperson.net"], [id^="LPMcontainer"], .LPMcontainer, #lpChat',
  launcher: '[id^="LPMcontainer"], .LPMcontainer.LPMoverlay, .lp_desktop',
  window: {
    root: '#lpChat',
    transcript: '[data-lp-point="lines_area"], .lp_transcript_widget, .lp_location_center',
    item: '.lp_chat_line_wrapper, .lp_system_line',
    text: '[data-lp-cust-id$="_text"], .lpc_message__text, .lp_title_text, .lpc_card__title, .lpc_card__text, .lp_system_text',
    author: '.lp_sender',
    time: '[data-lp-cust-id="transcript_time"], .lp_time',
    composer: 'textarea.lpview_form_textarea, textarea.lpc_composer__text-area',
    send: '.lp_send_button, .lpc_composer__send-button, .lp_paper_plane_button',
  },
  skip: '.lp_agent_is_typing',
  side: (item) => {
    if (hasClass(item, 'lp_system_line')) return 'system';
    if (item.querySelector('[data-lp-cust-id="transcript_bubble_visitor_text"], .lpc_message_visitor') || hasClass(item, 'lp_visitor')) return 'customer';
    if (item.querySelector('[data-lp-cust-id="transcript_bubble_agent_text"], .lpc_message_agent, .lpc_card') || hasClass(item, 'lp_agent')) return 'agent-side';
    return undefined;
  },
  author: (item) => {
    const sender = item.querySelector('.lp_sender')?.textContent?.trim();
    if (sender) return sender;
    return item.querySelector('.lp_time[title]')?.getAttribute('title')?.trim() || undefined;
  },
};
