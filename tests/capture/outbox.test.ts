import { describe, expect, it } from 'vitest';
import { BatchRefused, Outbox } from '../../lib/capture/outbox';
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

  describe('a batch the receiver refuses', () => {
    /** A receiver that refuses any batch holding a text over `max`, as the background's schema does. */
    function strictReceiver(max: number) {
      const stored: CapturedMessage[] = [];
      const batches: string[][] = [];
      const send = async (b: CapturedMessage[]) => {
        batches.push(b.map((x) => x.id));
        const bad = b.find((x) => x.text.length > max);
        if (bad) throw new BatchRefused(`invalid capture/batch: messages.${b.indexOf(bad)}.text: Too big`);
        stored.push(...b);
        return b.map((x) => x.id);
      };
      return { stored, batches, send };
    }
    const note = (refused: CapturedMessage, reason: string): CapturedMessage => ({ id: `${refused.id}:refused`, seq: refused.seq, role: 'system', text: `refused: ${reason}`, at: refused.at });

    it('is never sent again as it is: it is split until the bad message is set aside, and the rest is stored in order', async () => {
      const receiver = strictReceiver(100);
      const long = { ...m(3), text: 'x'.repeat(101) };
      const outbox = new Outbox({ send: receiver.send, replaceRefused: note, maxBatch: 8 });
      outbox.enqueue([m(0), m(1), m(2), long, m(4), m(5), m(6)]);
      await outbox.whenIdle();
      expect(receiver.stored.map((x) => x.id)).toEqual(['id0', 'id1', 'id2', 'id3:refused', 'id4', 'id5', 'id6']);
      expect(receiver.stored[3]).toMatchObject({ role: 'system', seq: 3 });
      expect(receiver.stored[3]!.text).toContain('Too big');
      // No batch was ever sent twice with the same content.
      const seen = receiver.batches.map((b) => b.join(','));
      expect(new Set(seen).size).toBe(seen.length);
      expect(outbox.pending).toBe(0);
    });

    it('goes on with messages captured after the refused one', async () => {
      const receiver = strictReceiver(100);
      const outbox = new Outbox({ send: receiver.send, replaceRefused: note });
      outbox.enqueue([{ ...m(0), text: 'y'.repeat(500) }]);
      await outbox.whenIdle();
      outbox.enqueue([m(1), m(2)]);
      await outbox.whenIdle();
      expect(receiver.stored.map((x) => x.id)).toEqual(['id0:refused', 'id1', 'id2']);
    });

    it('drops a refused note instead of replacing it again (no loop)', async () => {
      const errors: unknown[] = [];
      const outbox = new Outbox({
        send: async (b) => {
          throw new BatchRefused(`refused ${b.length}`);
        },
        replaceRefused: note,
        onError: (e) => void errors.push(e),
      });
      outbox.enqueue([m(0)]);
      await outbox.whenIdle();
      expect(outbox.pending).toBe(0);
      expect(errors).toHaveLength(2);
      expect(errors.every((e) => e instanceof BatchRefused)).toBe(true);
    });

    it('still retries a batch that merely could not be delivered', async () => {
      const timers = manualTimers();
      let calls = 0;
      const outbox = new Outbox({ send: async () => (calls++, Promise.reject(new Error('Receiving end does not exist.'))), setTimer: timers.setTimer, replaceRefused: note });
      outbox.enqueue([m(0)]);
      await new Promise((r) => setTimeout(r, 0));
      await timers.fire();
      expect(calls).toBe(2);
      expect(outbox.pending).toBe(1);
    });
  });
});
