import { describe, expect, it } from 'vitest';
import {
  admit,
  boundNoteText,
  boundsFrom,
  DEFAULT_BOUNDS,
  levelOf,
  mayStartSession,
  messageChars,
  shareOf,
  type StorageBounds,
} from '../../lib/db/storage-bounds';

const small: StorageBounds = { session: { messages: 10, chars: 100 }, database: { messages: 20, chars: 150, sessions: 3 }, warnAt: 0.8 };
const texts = (...lengths: number[]) => lengths.map((n) => ({ text: 'x'.repeat(n) }));

describe('levelOf', () => {
  it.each([
    [{ messages: 0, chars: 0 }, 'ok'],
    [{ messages: 7, chars: 79 }, 'ok'],
    [{ messages: 8, chars: 0 }, 'near'],
    [{ messages: 0, chars: 80 }, 'near'],
    [{ messages: 9, chars: 99 }, 'near'],
    [{ messages: 10, chars: 0 }, 'full'],
    [{ messages: 0, chars: 100 }, 'full'],
    [{ messages: 12, chars: 130 }, 'full'],
  ] as const)('%o of 10 messages / 100 chars is %s', (usage, level) => {
    expect(levelOf(usage, small.session, 0.8)).toBe(level);
  });

  it('shares follow the nearer of the two limits', () => {
    expect(shareOf({ messages: 5, chars: 90 }, small.session)).toBeCloseTo(0.9);
    expect(shareOf({ messages: 50, chars: 0 }, small.session)).toBe(1);
  });
});

describe('admit', () => {
  it.each([
    // [session usage, database usage, offered lengths, admitted, refusal]
    ['below both bounds', { messages: 0, chars: 0 }, { messages: 0, chars: 0 }, [10, 10, 10], 3, undefined],
    ['exactly up to the session count', { messages: 8, chars: 0 }, { messages: 8, chars: 0 }, [1, 1], 2, undefined],
    ['one past the session count', { messages: 8, chars: 0 }, { messages: 8, chars: 0 }, [1, 1, 1], 2, 'session'],
    ['at the session count already', { messages: 10, chars: 0 }, { messages: 10, chars: 0 }, [1], 0, 'session'],
    ['session characters reach the limit exactly', { messages: 0, chars: 90 }, { messages: 0, chars: 90 }, [10], 1, undefined],
    ['session characters one over', { messages: 0, chars: 90 }, { messages: 0, chars: 90 }, [11], 0, 'session'],
    ['database count reached first', { messages: 1, chars: 0 }, { messages: 19, chars: 0 }, [1, 1], 1, 'database'],
    ['database characters reached first', { messages: 0, chars: 0 }, { messages: 0, chars: 140 }, [5, 5, 5], 2, 'database'],
    ['session checked before database', { messages: 10, chars: 0 }, { messages: 20, chars: 0 }, [1], 0, 'session'],
    ['an empty batch', { messages: 10, chars: 100 }, { messages: 20, chars: 150 }, [], 0, undefined],
  ] as const)('%s', (_name, session, database, lengths, admitted, refusal) => {
    const result = admit(small, session, database, texts(...lengths));
    expect(result.admitted).toBe(admitted);
    expect(result.refusal).toBe(refusal);
    const added = lengths.slice(0, admitted).reduce((a, b) => a + b, 0);
    expect(result.session).toEqual({ messages: session.messages + admitted, chars: session.chars + added });
    expect(result.database).toEqual({ messages: database.messages + admitted, chars: database.chars + added });
  });

  it('refuses everything after the first message that does not fit, even smaller ones that would', () => {
    const result = admit(small, { messages: 0, chars: 50 }, { messages: 0, chars: 50 }, texts(10, 60, 1, 1));
    expect(result.admitted).toBe(1);
    expect(result.refusal).toBe('session');
  });

  it('weighs the author and shown time with the text', () => {
    expect(messageChars({ text: 'abc', author: '李娜', shownTime: '14:02' })).toBe(10);
    expect(admit(small, { messages: 0, chars: 95 }, { messages: 0, chars: 0 }, [{ text: 'ab', author: '李娜', shownTime: '1' }]).admitted).toBe(1);
    expect(admit(small, { messages: 0, chars: 96 }, { messages: 0, chars: 0 }, [{ text: 'ab', author: '李娜', shownTime: '1' }]).admitted).toBe(0);
  });
});

describe('mayStartSession', () => {
  it.each([
    [{ messages: 0, chars: 0 }, 0, true],
    [{ messages: 0, chars: 0 }, 2, true],
    [{ messages: 0, chars: 0 }, 3, false],
    [{ messages: 19, chars: 0 }, 1, true],
    [{ messages: 20, chars: 0 }, 1, false],
    [{ messages: 0, chars: 150 }, 1, false],
  ] as const)('database %o with %i sessions: %s', (database, sessions, may) => {
    expect(mayStartSession(small, database, sessions)).toBe(may);
  });
});

describe('boundsFrom', () => {
  it.each([
    ['nothing configured', undefined, DEFAULT_BOUNDS],
    ['a foreign value', 'lots', DEFAULT_BOUNDS],
    ['a lower session bound', { session: { messages: 40 } }, { ...DEFAULT_BOUNDS, session: { ...DEFAULT_BOUNDS.session, messages: 40 } }],
    ['a higher bound is ignored', { session: { messages: 1e9 }, database: { chars: 1e12 } }, DEFAULT_BOUNDS],
    ['zero, negative and NaN are ignored', { session: { messages: 0, chars: -5 }, database: { sessions: Number.NaN } }, DEFAULT_BOUNDS],
    ['fractions are floored', { database: { messages: 99.7 } }, { ...DEFAULT_BOUNDS, database: { ...DEFAULT_BOUNDS.database, messages: 99 } }],
    ['an earlier warning', { warnAt: 0.5 }, { ...DEFAULT_BOUNDS, warnAt: 0.5 }],
    ['a later warning is ignored', { warnAt: 0.99 }, DEFAULT_BOUNDS],
  ] as const)('%s', (_name, configured, expected) => {
    expect(boundsFrom(configured)).toEqual(expected);
  });
});

describe('boundNoteText', () => {
  it('names the limit that was reached, in both languages, and what to do', () => {
    const session = boundNoteText('session', DEFAULT_BOUNDS);
    expect(session).toContain('5,000');
    expect(session).toMatch(/每次对话/);
    expect(session).toMatch(/for one conversation/);
    const database = boundNoteText('database', DEFAULT_BOUNDS);
    expect(database).toContain('100,000');
    expect(database).toMatch(/Export your records and delete old conversations/);
    expect(database).not.toEqual(session);
  });
});
