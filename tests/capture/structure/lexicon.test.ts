import { describe, expect, it } from 'vitest';
import { isChromeText, isJumpPromptText, isReceiptText, isTimeText } from '../../../lib/capture/structure/lexicon';

describe('row chrome vocabulary', () => {
  it.each(['10:32', '09:05:11', '下午 3:20', '3:20 PM', '刚刚', '剛剛', '5分鐘前', 'just now', '5 min ago', '3分钟前', '今天', 'Yesterday', '昨天 21:05', '2024-05-01 10:23:11', 'Today, 10:32', '5月6日', 'Mon, 10:32 AM'])(
    'time: %s',
    (text) => expect(isTimeText(text)).toBe(true),
  );
  it.each(['已读', '未读', '已送达', 'Delivered', 'Seen', 'Read', 'Sent', '✓✓', 'Read 10:32', 'Seen just now'])('receipt: %s', (text) =>
    expect(isReceiptText(text)).toBe(true),
  );
  it.each(['Read the terms first', 'Sent the form yesterday?', '我已读过条款', '今天能还多少？', 'My payment is due at 10:30 tomorrow', '2000', '36期', 'Now what?'])(
    'a message, not chrome: %s',
    (text) => expect(isChromeText(text)).toBe(false),
  );
});

describe('reactions', () => {
  it.each(['👍 1', '❤️ 2', '🙏1 👍3'])('chrome: %s', (text) => expect(isChromeText(text)).toBe(true));
  it.each(['Thanks 👍', '好的'])('a message: %s', (text) => expect(isChromeText(text)).toBe(false));
});

describe('start dividers', () => {
  it.each(['会话开始于 2026-02-26 11:19:58', '對話開始於 2026-02-26 11:19:58', '會話開始於 10:00', 'Chat started at 9:41 AM'])('chrome: %s', (text) =>
    expect(isChromeText(text)).toBe(true),
  );
  it.each(['對話開始於昨天的問題，我想再問一次', 'Chat started'])('a message or notice: %s', (text) => expect(isChromeText(text)).toBe(false));
});

describe('dates in words and the "new messages" pill', () => {
  it.each(['Saturday, December 5, 2026', 'December 5, 2026', '5 Dec 2026', 'Mon, May 6 at 10:32 AM', 'Read ・ 13:24'])('chrome: %s', (text) =>
    expect(isChromeText(text)).toBe(true),
  );
  it.each(['New Messages ↓', '3 new messages', 'Jump to latest', '有3条新消息', '新訊息 ↓', '回到底部'])('the pill: %s', (text) => {
    expect(isJumpPromptText(text)).toBe(true);
    expect(isChromeText(text)).toBe(true);
  });
  it.each(['December is when I can pay', 'I got new messages from a collector, are they yours?', '2026', 'Fargo ・ 13:24', '新消息说我逾期了，是真的吗？'])(
    'a message, not chrome: %s',
    (text) => expect(isChromeText(text)).toBe(false),
  );
});
