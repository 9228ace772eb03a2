import type { ChatVendor } from './types';

/**
 * Chat vendors whose frames or standalone pages carry bank chats. Being listed here only lets the content script
 * load in those frames; capture still requires that the chat belongs to a finance site (lib/sites/ownership.ts).
 * Hosts are the vendor's chat-client hosts, never a shared CDN: a whole CDN (azureedge.net, force.com) would put
 * the content script into countless unrelated sites, so only the specific chat hosts are named. Ids are stable.
 */
export const CHAT_VENDORS: readonly ChatVendor[] = [
  { id: 'liveperson', name: { zh: 'LivePerson', en: 'LivePerson' }, hosts: ['liveperson.net', 'lpsnmedia.net'] },
  // Experience Cloud sites serve the Messaging for In-App and Web frame; scrt2 carries its conversation traffic.
  { id: 'salesforce-miaw', name: { zh: 'Salesforce 应用与网页消息', en: 'Salesforce Messaging for In-App and Web' }, hosts: ['salesforce-scrt.com', 'my.site.com'] },
  { id: 'salesforce-esw', name: { zh: 'Salesforce 嵌入式服务', en: 'Salesforce Embedded Service' }, hosts: ['salesforceliveagent.com'] },
  { id: 'genesys', name: { zh: 'Genesys Cloud', en: 'Genesys Cloud' }, hosts: ['mypurecloud.com', 'mypurecloud.de', 'mypurecloud.ie', 'mypurecloud.jp', 'mypurecloud.com.au', 'pure.cloud'] },
  { id: 'nuance', name: { zh: 'Nuance 数字互动', en: 'Nuance Digital Engagement' }, hosts: ['nuance.com', 'touchcommerce.com', 'inq.com'] },
  { id: 'dynamics-omnichannel', name: { zh: 'Microsoft Dynamics 365 全渠道', en: 'Microsoft Dynamics 365 Omnichannel' }, hosts: ['omnichannelengagementhub.com', 'oc-cdn-ocprod.azureedge.net'] },
  { id: 'egain', name: { zh: 'eGain', en: 'eGain' }, hosts: ['egain.cloud', 'egain.net'] },
  { id: 'zendesk', name: { zh: 'Zendesk', en: 'Zendesk' }, hosts: ['zdassets.com', 'zendesk.com', 'zopim.com'] },
  { id: 'intercom', name: { zh: 'Intercom', en: 'Intercom' }, hosts: ['intercom.io', 'intercomcdn.com'] },
  { id: 'livechat', name: { zh: 'LiveChat', en: 'LiveChat' }, hosts: ['livechatinc.com'] },
  { id: 'freshchat', name: { zh: 'Freshchat', en: 'Freshchat' }, hosts: ['freshchat.com'] },
  { id: 'easemob', name: { zh: '环信', en: 'Easemob' }, hosts: ['easemob.com'] },
  { id: 'meiqia', name: { zh: '美洽', en: 'Meiqia' }, hosts: ['meiqia.com'] },
  { id: 'qiyu', name: { zh: '网易七鱼', en: 'Qiyu' }, hosts: ['qiyukf.com'] },
  { id: 'sobot', name: { zh: '智齿科技', en: 'Sobot' }, hosts: ['sobot.com'] },
  { id: 'udesk', name: { zh: 'Udesk', en: 'Udesk' }, hosts: ['udesk.cn'] },
  // 容联七陌 also serves the same client from Ronglian's own webchat host.
  { id: '7moor', name: { zh: '容联七陌', en: '7moor' }, hosts: ['7moor.com', 'webchat.yuntongxun.com'] },
  { id: 'live800', name: { zh: 'Live800', en: 'Live800' }, hosts: ['live800.com'] },
  { id: '53kf', name: { zh: '53KF 快服', en: '53KF' }, hosts: ['53kf.com'] },
  // Alipay's support hall sits under alipay.com (already a finance site); listed so the adapter has a vendor entry.
  { id: 'alipay-cs', name: { zh: '支付宝客服', en: 'Alipay customer service' }, hosts: ['cschannel.alipay.com'] },
  // JD's web IM serves the mall as well as JD Finance: captured only when opened from a finance page.
  { id: 'jd-dongdong', name: { zh: '京东咚咚', en: 'JD Dongdong' }, hosts: ['jdcs.jd.com'] },
];
