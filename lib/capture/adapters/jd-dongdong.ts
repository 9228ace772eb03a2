import type { ChatAdapter } from './types';
import { clientAt } from './match';

/**
 * 京东咚咚 (JD's web IM, where JD Finance help lands): the active dialog, .message--content bubbles, and a
 * contenteditable pre.send-textarea composer (research §3.2). Which side a bubble is on is not in the public
 * markup, so the generic side rules (classes, then layout) decide.
 */
export const jdDongdong: ChatAdapter = {
  id: 'jd-dongdong',
  vendorId: 'jd-dongdong',
  client: clientAt(['jdcs.jd.com'], ['/']),
  window: {
    root: '.dialog.active',
    transcript: '.dialog-detail-body, .message-list',
    item: '.message',
    text: '.message--content',
    time: '.message--time',
    composer: 'pre.send-textarea[contenteditable]',
    send: '.input-field--send-btn',
  },
};
