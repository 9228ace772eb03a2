import type { ChatVendor } from './types';

/**
 * Chat vendors whose frames or standalone pages carry bank chats. Being listed here only lets the content script
 * load in those frames; capture still requires that the chat belongs to a finance site (lib/sites/ownership.ts).
 */
export const CHAT_VENDORS: readonly ChatVendor[] = [
  { id: 'liveperson', name: 'LivePerson', hosts: ['liveperson.net', 'lpsnmedia.net'] },
  { id: 'salesforce-miaw', name: 'Salesforce Messaging for In-App and Web', hosts: ['salesforce-scrt.com'] },
  { id: 'genesys', name: 'Genesys Cloud', hosts: ['mypurecloud.com', 'mypurecloud.de', 'mypurecloud.ie', 'mypurecloud.jp', 'pure.cloud'] },
  { id: 'nuance', name: 'Nuance Digital Engagement', hosts: ['nuance.com', 'touchcommerce.com', 'inq.com'] },
  { id: 'dynamics-omnichannel', name: 'Microsoft Dynamics 365 Omnichannel', hosts: ['omnichannelengagementhub.com'] },
  { id: 'egain', name: 'eGain', hosts: ['egain.cloud', 'egain.net'] },
  { id: 'zendesk', name: 'Zendesk', hosts: ['zdassets.com', 'zendesk.com', 'zopim.com'] },
  { id: 'intercom', name: 'Intercom', hosts: ['intercom.io', 'intercomcdn.com'] },
  { id: 'livechat', name: 'LiveChat', hosts: ['livechatinc.com'] },
  { id: 'freshchat', name: 'Freshchat', hosts: ['freshchat.com'] },
  { id: 'easemob', name: '环信 Easemob', hosts: ['easemob.com'] },
  { id: 'meiqia', name: '美洽 Meiqia', hosts: ['meiqia.com'] },
  { id: 'qiyu', name: '七鱼 Qiyu', hosts: ['qiyukf.com'] },
  { id: 'sobot', name: '智齿 Sobot', hosts: ['sobot.com'] },
  { id: 'udesk', name: 'Udesk', hosts: ['udesk.cn'] },
  { id: '7moor', name: '七陌 7moor', hosts: ['7moor.com'] },
  { id: 'live800', name: 'Live800', hosts: ['live800.com'] },
  { id: '53kf', name: '53KF', hosts: ['53kf.com'] },
  // Fixture-only vendor host for browser tests of cross-origin vendor frames.
  { id: 'demo-vendor', name: 'Demo chat vendor', hosts: ['chatvendor.test'] },
];
