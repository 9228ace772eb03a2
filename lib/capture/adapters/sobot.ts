import type { ChatAdapter } from './types';
import { clientAt } from './match';

/** 智齿 Sobot: the chat opens as a page on sobot.com (/chat/pc/index.html?sysNum=…); read generically (research §3). */
export const sobot: ChatAdapter = {
  id: 'sobot',
  vendorId: 'sobot',
  client: clientAt(['sobot.com'], ['/chat/']),
  markers: 'script#zhichiScript, script#zhichiload, script[src*="sobot.com/chat"], .zhiCustomBtn',
  launcher: '.zhiCustomBtn',
};
