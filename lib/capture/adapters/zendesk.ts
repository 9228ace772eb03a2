import type { ChatAdapter } from './types';
import { clientAt } from './match';

/**
 * Zendesk Web Widget and Messaging: the window is a same-origin document frame (iframe#webWidget, or the
 * "Messaging window" frame), so the content script runs inside it through match_about_blank and knows it by its
 * frame element. The inner markup is not public; the generic finder reads it (research §2.8).
 */
export const zendesk: ChatAdapter = {
  id: 'zendesk',
  vendorId: 'zendesk',
  client: clientAt(['zendesk.com', 'zdassets.com', 'zopim.com'], ['/web_widget', '/embeddable_framework', '/chat']),
  frame: 'iframe[title="Messaging window"], iframe#webWidget',
  markers: 'script#ze-snippet, iframe#launcher, iframe[title="Button to launch messaging window"], iframe#webWidget',
  launcher: 'iframe#launcher, iframe[title="Button to launch messaging window"]',
  frameHolder: 'iframe[title="Messaging window"], iframe#webWidget',
};
