import { describe, expect, it } from 'vitest';
import { Outbox } from '../../lib/capture/outbox';
import type { CapturedMessage } from '../../lib/protocol/schemas';

const m = (i: number): CapturedMessage => ({ id: `id${i}`, seq: i, role: 'agent', text: `t${i}`, at: i });

function manualTimers() {
  const pending: Array<() => void> = [];
  return {
    setTimer: (fn: () => void) => void pending.push(fn),
    fire: async () => {
      const fns = pending.splice(0);
      fns.forEach((fn) => fn());
      await new Promise((r) => setTimeout(r, 0));
    },
    get count() {
      return pending.length;
    },
  };
}

describe('Outbox', () => {
  it('delivers in order, one batch at a time', async () => {
    const received: string[][] = [];
    const outbox = new Outbox({ send: async (b) => (received.push(b.map((x) => x.id)), b.map((x) => x.id)), maxBatch: 2 });
    outbox.enqueue([m(0), m(1), m(2)]);
    await outbox.whenIdle();
    expect(received).toEqual([['id0', 'id1'], ['id2']]);
    expect(outbox.pending).toBe(0);
  });

  it('keeps everything while the receiver is down and delivers it once it is back', async () => {
    const timers = manualTimers();
    let up = false;
    const delivered: string[] = [];
    const outbox = new Outbox({
      send: async (b) => {
        if (!up) throw new Error('Could not establish connection. Receiving end does not exist.');
        delivered.push(...b.map((x) => x.id));
        return b.map((x) => x.id);
      },
      setTimer: timers.setTimer,
    });
    outbox.enqueue([m(0), m(1)]);
    await new Promise((r) => setTimeout(r, 0));
    expect(outbox.pending).toBe(2);
    expect(timers.count).toBe(1);
    outbox.enqueue([m(1), m(2)]); // m1 again: already queued, must not be doubled
    await timers.fire();
    expect(outbox.pending).toBe(3);
    up = true;
    await timers.fire();
    await outbox.whenIdle();
    expect(delivered).toEqual(['id0', 'id1', 'id2']);
  });

  it('treats an answer that acknowledges nothing as a failure instead of spinning', async () => {
    const timers = manualTimers();
    let calls = 0;
    const outbox = new Outbox({ send: async () => (calls++, []), setTimer: timers.setTimer });
    outbox.enqueue([m(0)]);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBe(1);
    expect(timers.count).toBe(1);
    expect(outbox.pending).toBe(1);
  });

  it('only forgets what was acknowledged', async () => {
    const outbox = new Outbox({ send: async () => ['id1'], setTimer: () => undefined });
    outbox.enqueue([m(0), m(1)]);
    await new Promise((r) => setTimeout(r, 0));
    expect(outbox.pending).toBe(1);
  });
});
