import { describe, expect, it, vi } from 'vitest';
import { memoryPauseStore } from '../../lib/background/pause-store';
import { backgroundRoutes, type BackgroundDeps } from '../../lib/background/routes';
import { TabStates } from '../../lib/background/tab-states';
import { openParleyDB } from '../../lib/db/database';
import { BOUNDS_KEY } from '../../lib/db/storage-ledger';
import { envelope } from '../../lib/protocol/protocol';
import { routeMessage } from '../../lib/protocol/router';
import { storageBadge } from '../../lib/ui/storage-badge';

const EXT = 'parleyextensionid';
const bankFrame = { id: EXT, url: 'https://www.cmbchina.com/kefu/', frameId: 0, tab: { id: 3, url: 'https://www.cmbchina.com/kefu/' } };

function batch(from: number, to: number) {
  const messages = [];
  for (let seq = from; seq < to; seq++) messages.push({ id: `b1:${seq}`, seq, role: 'agent', text: `line ${seq}`, at: 10 + seq });
  return { session: { id: 'b1', url: bankFrame.url, vendor: 'generic', startedAt: 1 }, messages };
}

describe('the capture route at a storage bound', () => {
  it('acknowledges every message, stores up to the bound, and turns the badge amber then red', async () => {
    const db = openParleyDB(`capture-bounds-${Math.random()}`);
    await db.settings.put({ key: BOUNDS_KEY, value: { session: { messages: 10 } } });
    const setBadge = vi.fn();
    const routes = backgroundRoutes({
      db,
      extensionId: EXT,
      extensionOrigin: `chrome-extension://${EXT}/`,
      sendToContent: vi.fn() as unknown as BackgroundDeps['sendToContent'],
      pause: memoryPauseStore(),
      tabStates: new TabStates(),
      setBadge,
    });
    const send = async (from: number, to: number) => {
      const outcome = routeMessage(routes, envelope('capture/batch', batch(from, to)), bankFrame);
      if (outcome.kind === 'ignored') throw new Error('ignored');
      return outcome.response;
    };
    expect(await send(0, 5)).toEqual({ ok: true, stored: ['b1:0', 'b1:1', 'b1:2', 'b1:3', 'b1:4'] });
    expect(setBadge).toHaveBeenLastCalledWith(3, { text: '●', color: '#0f766e' });
    await send(5, 8);
    expect(setBadge).toHaveBeenLastCalledWith(3, { text: '●', color: '#b45309' });
    const past = (await send(8, 20)) as { ok: true; stored: string[] };
    expect(past.stored).toHaveLength(12);
    expect(setBadge).toHaveBeenLastCalledWith(3, { text: '■', color: '#b91c1c' });
    expect(await db.messages.where('sessionId').equals('b1').filter((m) => m.role !== 'system').count()).toBe(10);
    expect(await db.messages.where('sessionId').equals('b1').filter((m) => m.role === 'system').count()).toBe(1);
  });
});

describe('storageBadge', () => {
  const dot = { text: '●', color: '#0f766e' };
  it.each([
    [dot, undefined, dot],
    [dot, 'ok', dot],
    [dot, 'near', { text: '●', color: '#b45309' }],
    [dot, 'full', { text: '■', color: '#b91c1c' }],
    [{ text: '❚❚', color: '#6b7280' }, 'full', { text: '❚❚', color: '#6b7280' }],
    [{ text: '', color: '#0f766e' }, 'near', { text: '', color: '#0f766e' }],
  ] as const)('%o at %s is %o', (base, level, expected) => {
    expect(storageBadge(base, level)).toEqual(expected);
  });
});
