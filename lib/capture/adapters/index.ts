import { alipay } from './alipay';
import { dynamicsOmnichannel } from './dynamics-omnichannel';
import { easemob } from './easemob';
import { egain } from './egain';
import { freshchat } from './freshchat';
import { genesysMessenger } from './genesys-messenger';
import { genesysWidgets } from './genesys-widgets';
import { intercom } from './intercom';
import { jdDongdong } from './jd-dongdong';
import { kf53 } from './kf53';
import { live800 } from './live800';
import { liveChat } from './livechat';
import { livePerson } from './liveperson';
import { meiqia } from './meiqia';
import { nuance } from './nuance';
import { qimo } from './qimo';
import { qiyu } from './qiyu';
import { salesforceEsw } from './salesforce-esw';
import { salesforceMiaw } from './salesforce-miaw';
import { sobot } from './sobot';
import type { ChatAdapter } from './types';
import { udesk } from './udesk';
import { zendesk } from './zendesk';

export type { ChatAdapter, WindowSelectors } from './types';

/** Every vendor adapter, tried before the generic finder. Order only matters between adapters matching one page. */
export const ADAPTERS: readonly ChatAdapter[] = [
  livePerson,
  salesforceEsw,
  salesforceMiaw,
  genesysWidgets,
  genesysMessenger,
  nuance,
  dynamicsOmnichannel,
  egain,
  zendesk,
  intercom,
  liveChat,
  freshchat,
  easemob,
  meiqia,
  qiyu,
  sobot,
  udesk,
  qimo,
  live800,
  kf53,
  alipay,
  jdDongdong,
];
