import { describe, expect, it } from 'vitest';
import { isEcho, READ_TIMING, readState, shouldRedetectForEcho, type ReadEvidence } from '../../lib/capture/read-status';

const base: ReadEvidence = { now: 100_000, rowsRead: 0, foundAt: 100_000, chatAreaGrew: false };

describe('readState', () => {
  it.each<[string, Partial<ReadEvidence>, string]>([
    ['a chat just found, nothing read yet', {}, 'found'],
    ['an empty chat waiting for a long time without new text', { foundAt: 0 }, 'found'],
    ['a chat with rows read', { rowsRead: 3 }, 'open'],
    ['a chat whose area keeps changing but yields no row, briefly', { chatAreaGrew: true, foundAt: base.now - READ_TIMING.silentFindMs + 1 }, 'found'],
    ['a chat whose area keeps changing but yields no row, for long', { chatAreaGrew: true, foundAt: base.now - READ_TIMING.silentFindMs }, 'unreadable'],
    ['rows read, and the line just sent not seen yet', { rowsRead: 3, unechoedSendAt: base.now - 500 }, 'open'],
    ['rows read, but the line sent never appeared', { rowsRead: 3, unechoedSendAt: base.now - READ_TIMING.echoMissMs }, 'unreadable'],
    ['nothing read and the line sent never appeared', { unechoedSendAt: base.now - READ_TIMING.echoMissMs }, 'unreadable'],
  ])('%s → %s', (_label, change, expected) => {
    expect(readState({ ...base, ...change })).toBe(expected);
  });
});

describe('shouldRedetectForEcho', () => {
  it('waits a moment for the echo, then looks for the chat again', () => {
    expect(shouldRedetectForEcho({ now: 10_000 })).toBe(false);
    expect(shouldRedetectForEcho({ now: 10_000, unechoedSendAt: 10_000 - READ_TIMING.echoRedetectMs + 1 })).toBe(false);
    expect(shouldRedetectForEcho({ now: 10_000, unechoedSendAt: 10_000 - READ_TIMING.echoRedetectMs })).toBe(true);
  });
});

describe('isEcho', () => {
  it.each([
    ['能否分36期？', '能否分36期？', true],
    ['  能否分36期？\n', '能否分36期？', true],
    ['I can pay $300 a month starting next week, would that work?', 'I can pay $300 a month starting next week, would that work?', true],
    ['a long line '.repeat(20), `You said: ${'a long line '.repeat(20)}`, true],
    ['能否分36期？', '您好，请问有什么可以帮您？', false],
    ['', '', false],
    ['ok', '好的', false],
  ])('%j shown as %j → %s', (sent, shown, expected) => {
    expect(isEcho(sent, shown)).toBe(expected);
  });
});
