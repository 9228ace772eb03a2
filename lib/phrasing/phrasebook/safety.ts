/**
 * Replies to red flags: decline plainly, name the safe alternative (the official app, the number on the card or
 * the bank's website) and move the conversation there. They never accuse; a genuine agent loses nothing by them.
 */

import { phrase, type Phrase } from './define';

export const SAFETY: Phrase[] = [
  phrase({
    id: 'safety.no-secrets',
    stage: 'safety',
    intents: ['identity-check'],
    redFlags: ['asks-secret'],
    tags: ['safety'],
    weight: 10,
    zh: '抱歉，验证码、密码和卡片安全码我不会在聊天里提供。如需核实身份，请告诉我在官方App里怎么操作。',
    en: "Sorry, I won't share passcodes, passwords or my card's security code in a chat. If you need to verify me, please tell me how to do it in your official app.",
  }),
  phrase({
    id: 'safety.official-payment',
    stage: 'safety',
    intents: [],
    redFlags: ['safe-account'],
    tags: ['safety', 'payment'],
    weight: 10,
    zh: '我只通过官方App或卡片背面的官方渠道还款，不会向任何个人账户或所谓的安全账户转账。',
    en: "I'll only pay through your official app or the official channels on the back of my card, never into a personal or 'safe' account.",
  }),
  phrase({
    id: 'safety.no-remote',
    stage: 'safety',
    intents: [],
    redFlags: ['remote-control'],
    tags: ['safety'],
    weight: 10,
    zh: '我不会下载远程控制软件，也不会开启屏幕共享。需要办理的事项，请告诉我在官方App里怎么操作。',
    en: "I won't install remote-access apps or share my screen. Please tell me how to do this in your official app instead.",
  }),
  phrase({
    id: 'safety.no-record-service',
    stage: 'safety',
    intents: [],
    redFlags: ['credit-repair'],
    tags: ['safety', 'credit-report'],
    weight: 10,
    zh: '我了解准确的征信信息不会因为付费而改变，只有信息有误才能申请异议。这类服务我不需要。',
    en: "I understand accurate credit information can't be changed by paying a fee; only mistakes can be disputed. I don't need this kind of service.",
  }),
  phrase({
    id: 'safety.verify-channel',
    stage: 'safety',
    intents: [],
    redFlags: ['lookalike-domain', 'asks-secret', 'safe-account', 'remote-control', 'credit-repair'],
    tags: ['safety', 'channel'],
    weight: 8,
    zh: '为了安全，我想先通过官方App或银行官网公布的客服电话确认，再继续沟通。',
    en: "To be safe, I'd like to check this through your official app or the phone number on your official website before we continue.",
  }),
  phrase({
    id: 'safety.switch-to-hotline',
    stage: 'safety',
    intents: [],
    redFlags: ['asks-secret', 'safe-account', 'remote-control', 'credit-repair', 'lookalike-domain'],
    tags: ['safety', 'channel'],
    weight: 7,
    zh: '这个要求和银行自己的安全提示不一致，我先结束这里的对话，改用官方客服热线联系。',
    en: "That request doesn't match the bank's own security advice, so I'll end this chat and call the official helpline instead.",
  }),
  phrase({
    id: 'safety.no-upfront-fee',
    stage: 'safety',
    intents: [],
    redFlags: ['credit-repair', 'safe-account'],
    tags: ['safety', 'fee'],
    weight: 6,
    zh: '正规的协商还款不需要先交任何费用，所以我不会支付服务费或保证金。',
    en: "A genuine repayment arrangement doesn't need an upfront fee, so I won't pay any service charge or deposit.",
  }),
];
