// A greeting opening the turn however it is run on: 您好 straight into the next word (chat agents skip the comma, and
// normalize() drops the space), after a form of address or an interjection (客户您好, 晚安您好, 诶您好), an English
// salutation before a Chinese name, the speaker named by team or bank (这边是夜间客服, 这里是分期协商组, "greetings
// from…"), thanks for waiting and an agent taking the chat over (感谢您的耐心等待, 人工客服已进入会话). Classes among the
// read probes' and cross-validation's missed greetings, written here in other words, beside look-alikes that greet
// nobody.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

const greeting = (t: string) => intentScores(normalize(t)).greeting;

describe('a greeting opening the turn', () => {
  it.each([
    '您好李先生，您这期账单还差1,200元没还。',
    '你好 这边是还款提醒，想跟你确认下本月的安排',
    '用户您好，您的分期申请已经受理。',
    '早安您好，今天由我跟进您的协商。',
    'Hi 陈小姐，我是信用卡中心的 Amy。',
    'Heyy, quick note about your card balance.',
    '这边是信用卡中心的协商专线，请问怎么称呼您？',
    '我们是贷后服务组的，来电是想了解一下您的还款计划。',
    'Greetings from the repayment support desk at Northgate Bank.',
    '嗯您好，我这边就是上周跟您联系的何专员。',
    '感谢您耐心等候，下面由我来跟进。',
    '不好意思让您等了那么久，我们接着聊。',
    '人工客服小周已接入会话。',
    '在的亲，请讲。',
  ])('%s', (t) => expect(greeting(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('the same openings that greet nobody', () => {
  it.each([
    '你好好想想，这笔钱总归是要还的。',
    '您好久没有还款了，账户已经逾期三个月。',
    '我是说这部分费用暂时没法减免。',
    '这部分利息需要按合同收取。',
    '请耐心等待审批结果，三个工作日内回复您。',
  ])('%s', (t) => expect(greeting(t)).toBeLessThan(INTENT_THRESHOLD));
});

// Who now has the chat, said as agents say it (a name and "speaking", a name from a team "here", a chat taken over),
// and salutations that open nothing: quoted, a "hello?" or 还在吗 checking the person is still there, 好的您好 in
// reply, a colleague who will greet them later. Classes from the fifty-fifth writer's misses, written in other words.
describe('an agent saying they now have the chat', () => {
  it.each([
    'Hardship line, Priya speaking.',
    'Collections desk, Omar speaking — what can I do for you?',
    'Hey! Leo from the repayments crew here, got a sec?',
    "I've now taken over your case from my colleague Sam.",
    "You're now talking with Mei from the card team.",
    'Hiii, this chat is with me from now on 😊',
    'Yo, sorry about the wait, let me pull your file.',
    '亲亲，早上好呀，我来看看您的账单。',
    '您的协商申请已经转给我这边跟进了，我姓周。',
    '这个案子现在由我接手，有问题直接问我。',
  ])('%s', (t) => expect(greeting(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('a salutation that opens nothing', () => {
  it.each([
    "I'm speaking to my manager about your request now.",
    'When you call, the recording says "Hello, welcome to Westfield Bank" before the menu.',
    '系统自动回复“您好，欢迎光临”的功能今晚暂停。',
    'Hello? Are you there? The chat will time out soon.',
    'hi hi? still with me?',
    '您还在线吗？刚才好像断开了。',
    '好的您好，那我们就按月底还款来登记。',
    'A colleague from the hardship team will introduce herself when she joins.',
    '稍后专员会跟您打招呼，请不要离开对话。',
  ])('%s', (t) => expect(greeting(t)).toBeLessThan(INTENT_THRESHOLD));
});
