/** Arranging the follow-up while a request is reviewed, and checking on it later. */

import { phrase, type Phrase } from './define';

export const FOLLOW_UP: Phrase[] = [
  phrase({
    id: 'followup.timeline',
    stage: 'follow-up',
    intents: ['needs-approval'],
    tags: ['timeline'],
    weight: 9,
    zh: '好的，请问审核一般需要多长时间？结果会通过什么方式通知我？',
    en: 'Thank you. How long does the review usually take, and how will I be told the outcome?',
  }),
  phrase({
    id: 'followup.check-back',
    stage: 'follow-up',
    intents: ['needs-approval'],
    tags: ['timeline'],
    weight: 7,
    zh: '如果到{followUpDate}我还没有收到结果，我会再联系你们跟进，可以吗？',
    en: "If I haven't heard anything by {followUpDate}, I'll get back in touch to follow up. Is that OK?",
  }),
  phrase({
    id: 'followup.pay-meanwhile',
    stage: 'follow-up',
    intents: ['needs-approval'],
    tags: ['payment'],
    weight: 7,
    zh: '审核期间我需要先还款吗？如果需要，还多少合适，才不会影响这次申请？',
    en: "Do I need to make a payment while this is being reviewed? If so, how much, so it doesn't affect the request?",
  }),
  phrase({
    id: 'followup.pause-collection',
    stage: 'follow-up',
    intents: ['needs-approval', 'collection-warning'],
    tags: ['calm'],
    weight: 5,
    zh: '审核期间，能否暂停催收或其他进一步的措施？',
    en: 'While the request is under review, could collection activity be paused?',
  }),
  phrase({
    id: 'followup.what-to-quote',
    stage: 'follow-up',
    intents: ['needs-approval'],
    tags: ['reference'],
    weight: 4,
    zh: '我下次联系时，需要提供哪些信息，才能直接查到这次的申请？',
    en: 'When I contact you next, what details should I give so you can find this request straight away?',
  }),
  phrase({
    id: 'followup.keep-informed',
    stage: 'follow-up',
    intents: ['needs-approval'],
    tags: ['cooperative'],
    weight: 4,
    zh: '我的情况如果有变化，会主动告诉你们。也麻烦审核有结果后第一时间通知我。',
    en: "I'll let you know if my situation changes. Please let me know as soon as there's a decision.",
  }),
  phrase({
    id: 'followup.progress',
    stage: 'follow-up',
    intents: ['greeting'],
    tags: ['reference', 'later'],
    weight: 5,
    zh: '您好，我想查询一下受理编号{referenceNo}的协商申请进度。',
    en: "Hello, I'd like to check the progress of my repayment request, reference {referenceNo}.",
  }),
];
