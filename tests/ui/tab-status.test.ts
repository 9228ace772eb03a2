import { describe, expect, it } from 'vitest';
import type { TabStatus } from '../../lib/protocol/protocol';
import { captureDisplay } from '../../lib/ui/tab-status';

const status = (s: Partial<TabStatus>) => ({ capturing: false, paused: false, found: false, unreadable: false, ...s }) as TabStatus;

describe('captureDisplay', () => {
  it.each([
    [status({ capturing: true }), false, 'recording'],
    [status({ capturing: true }), true, 'ended'],
    [status({ capturing: true, paused: true }), true, 'ended'],
    [status({ capturing: true, paused: true }), false, 'paused'],
    [status({ unreadable: true, capturing: true }), true, 'unreadable'],
    [status({ found: true }), true, 'found'],
    [undefined, true, 'idle'],
  ] as const)('%o ended=%s → %s', (s, ended, want) => {
    expect(captureDisplay(s, ended)).toBe(want);
  });
});
