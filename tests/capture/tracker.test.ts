import { describe, expect, it } from 'vitest';
import type { ExtractedMessage } from '../../lib/capture/extract';
import { fnv1a, messageIds } from '../../lib/capture/message-ids';
import { TranscriptTracker } from '../../lib/capture/tracker';

const a = (text: string, extra: Partial<ExtractedMessage> = {}): ExtractedMessage => ({ role: 'agent', text, ...extra });
const c = (text: string): ExtractedMessage => ({ role: 'customer', text });

describe('message ids', () => {
  it('are stable for the same transcript and distinguish repeated identical messages', () => {
    const transcript = [a('您好'), c('好的'), a('请稍等'), c('好的')];
    const first = messageIds('s', transcript);
    expect(messageIds('s', transcript)).toEqual(first);
    expect(new Set(first).size).toBe(4);
    expect(first[1]).not.toBe(first[3]);
  });

  it('differ between sessions and between roles with the same text', () => {
    expect(messageIds('s1', [a('x')])[0]).not.toBe(messageIds('s2', [a('x')])[0]);
    expect(messageIds('s', [a('x')])[0]).not.toBe(messageIds('s', [c('x')])[0]);
  });

  it('fnv1a matches the published 32-bit test values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('TranscriptTracker', () => {
  it('captures each message once across repeated and re-rendered scans, numbering in order of appearance', () => {
    let clock = 100;
    const tracker = new TranscriptTracker('s', () => clock++);
    const first = tracker.observe([a('您好', { author: '李娜', shownTime: '14:02' })]);
    expect(first).toMatchObject([{ seq: 0, role: 'agent', text: '您好', author: '李娜', shownTime: '14:02', at: 100 }]);
    expect(tracker.observe([a('您好', { author: '李娜', shownTime: '14:02' })])).toEqual([]);
    const next = tracker.observe([a('您好', { author: '李娜', shownTime: '14:02' }), c('我想协商'), c('我想协商')]);
    expect(next.map((m) => [m.seq, m.text])).toEqual([
      [1, '我想协商'],
      [2, '我想协商'],
    ]);
    expect(tracker.size).toBe(3);
  });
});
