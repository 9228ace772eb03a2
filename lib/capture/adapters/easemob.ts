import type { ChatAdapter } from './types';
import { clientAt, hasClass } from './match';

/**
 * 环信 Easemob kefu-webim: the one Chinese visitor client whose markup is public. em-widget-left is received
 * (agent or bot), em-widget-right is the visitor, em-widget-tip a notice, em-widget-date a separator
 * (research §3.1).
 */
export const easemob: ChatAdapter = {
  id: 'easemob',
  vendorId: 'easemob',
  client: clientAt(['easemob.com'], ['/webim']),
  frame: 'iframe.easemobim-chat-panel',
  markers: 'script[src*="easemob.com/webim"], iframe.easemobim-chat-panel',
  launcher: 'iframe.easemobim-chat-panel.easemobim-minimized, .easemobim-prompt-wrapper',
  frameHolder: 'iframe.easemobim-chat-panel:not(.easemobim-minimized):not(.easemobim-hide)',
  window: {
    root: '#em-kefu-webim-chat',
    transcript: '.chat-container',
    item: '.em-widget-left, .em-widget-right, .em-widget-tip',
    text: 'span.text, .em-widget-tip .content',
    author: 'span.userNickname',
    time: '.em-widget-msg-time',
    composer: 'textarea.em-widget-textarea',
    send: '.em-widget-send',
  },
  skip: '.em-widget-date, .em-agent-input-state',
  side: (item) => {
    if (hasClass(item, 'em-widget-tip')) return 'system';
    if (hasClass(item, 'em-widget-right')) return 'customer';
    if (hasClass(item, 'em-widget-left')) return 'agent-side';
    return undefined;
  },
};
