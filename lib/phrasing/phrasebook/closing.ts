/** Closing politely, with a last check that the outcome, the reference and the written confirmation are in hand. */

import { phrase, type Phrase } from './define';

export const CLOSING: Phrase[] = [
  phrase({
    id: 'closing.before-we-finish',
    stage: 'closing',
    intents: ['closing'],
    tags: ['check', 'written', 'reference'],
    obtains: ['reference', 'written'],
    weight: 8,
    zh: '结束前我再确认一下：今天的结果、受理编号，以及书面确认的发送方式，能否再跟我说一遍？',
    en: "Before we finish, could you go over today's outcome, the reference number, and how the written confirmation will be sent?",
  }),
  phrase({
    id: 'closing.thanks',
    stage: 'closing',
    intents: ['closing'],
    tags: ['thanks'],
    weight: 7,
    zh: '[{agentName}，]谢谢您今天的耐心帮助。我会按约定执行，有问题再联系你们。',
    en: "Thank you for your patience and help today[, {agentName}]. I'll stick to what we agreed and get in touch if anything comes up.",
  }),
  phrase({
    id: 'closing.await-review',
    stage: 'closing',
    intents: ['closing', 'needs-approval'],
    tags: ['thanks'],
    weight: 5,
    zh: '好的，那我等审核结果。谢谢您，再见。',
    en: "OK, I'll wait for the outcome of the review. Thank you, goodbye.",
  }),
  phrase({
    id: 'closing.nothing-else',
    stage: 'closing',
    intents: ['closing'],
    tags: ['thanks'],
    weight: 5,
    zh: '暂时没有其他问题了，谢谢您的帮助。',
    en: "That's everything for now. Thank you for your help.",
  }),
  phrase({
    id: 'closing.keep-chat',
    stage: 'closing',
    intents: ['closing'],
    tags: ['records'],
    weight: 3,
    zh: '我会保存这次的聊天记录，方便之后核对。谢谢您。',
    en: "I'll keep a copy of this chat for my records. Thank you.",
  }),
];
