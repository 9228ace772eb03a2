import { describe, expect, it, vi } from 'vitest';
import { memoryPauseStore } from '../../lib/background/pause-store';
import { backgroundRoutes, type BackgroundDeps } from '../../lib/background/routes';
import { TabStates } from '../../lib/background/tab-states';
import { openParleyDB } from '../../lib/db/database';
import { envelope } from '../../lib/protocol/protocol';
import { routeMessage } from '../../lib/protocol/router';

const EXT = 'parleyextensionid';
const ORIGIN = `chrome-extension://${EXT}/`;
const panel = { id: EXT, url: `${ORIGIN}sidepanel.html` };
const bankFrame = { id: EXT, url: 'https://www.cmbchina.com/kefu/', frameId: 0, tab: { id: 3, url: 'https://www.cmbchina.com/kefu/' } };
// A vendor frame inside a page the browser does not let Parley see: only the frame's reported ancestry tells.
const vendorFrame = { id: EXT, url: 'https://webchat.7moor.com/wapchat.html', frameId: 5, tab: { id: 4 } };

function setup() {
  const db = openParleyDB(`capture-routes-${Math.random()}`);
  const setBadge = vi.fn();
  const broadcastPause = vi.fn(async () => undefined);
  const tabStates = new TabStates();
  const routes = backgroundRoutes({
    db,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    sendToContent: vi.fn() as unknown as BackgroundDeps['sendToContent'],
    pause: memoryPauseStore(),
    tabStates,
    setBadge,
    broadcastPause,
  });
  return { db, routes, setBadge, broadcastPause, tabStates };
}

async function ask(routes: ReturnType<typeof setup>['routes'], type: string, payload: unknown, sender: object) {
  const outcome = routeMessage(routes, envelope(type, payload), sender);
  if (outcome.kind === 'ignored') return 'ignored';
  return outcome.kind === 'rejected' ? outcome.response : outcome.response;
}

const batch = (id: string, url: string) => ({
  session: { id, url, vendor: '7moor', startedAt: 1 },
  messages: [{ id: `${id}:a:0`, seq: 0, role: 'agent', text: '您好', at: 2 }],
});

describe('admission and capture by ownership', () => {
  it('admits a bank page and a vendor frame whose ancestry is a bank, and refuses one on a shop', async () => {
    const { routes } = setup();
    expect(await ask(routes, 'capture/hello', {}, bankFrame)).toEqual({ allowed: true, paused: false, siteId: 'cmb' });
    expect(await ask(routes, 'capture/hello', { ancestry: { ancestorOrigins: ['https://www.bankcomm.com'] } }, vendorFrame)).toEqual({ allowed: true, paused: false, siteId: 'bocom' });
    expect(await ask(routes, 'capture/hello', { ancestry: { ancestorOrigins: ['https://shop.example'] } }, vendorFrame)).toEqual({ allowed: false, paused: false });
  });

  it('stores a vendor frame batch under the bank its ancestry names, and refuses one from a shop', async () => {
    const { routes, db } = setup();
    const ok = await ask(routes, 'capture/batch', { ...batch('v1', vendorFrame.url), ancestry: { ancestorOrigins: ['https://www.bankcomm.com'] } }, vendorFrame);
    expect(ok).toEqual({ ok: true, stored: ['v1:a:0'] });
    expect((await db.sessions.get('v1'))?.siteId).toBe('bocom');
    const refused = await ask(routes, 'capture/batch', { ...batch('v2', vendorFrame.url), ancestry: { ancestorOrigins: ['https://shop.example'] } }, vendorFrame);
    expect(refused).toEqual({ ok: false, error: 'not a finance site' });
    expect(await db.sessions.get('v2')).toBeUndefined();
  });

  it('refuses ancestry that is not the right shape', async () => {
    const { routes } = setup();
    const answer = (await ask(routes, 'capture/hello', { ancestry: { ancestorOrigins: 'https://www.cmbchina.com' } }, bankFrame)) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/invalid capture\/hello/);
  });
});

describe('the sites the person enabled', () => {
  // A stand-in for SiteAccess: the person enabled one site that is not in the registry.
  function withEnabled(origins: string[]) {
    const userOrigins = vi.fn(async () => origins);
    const db = openParleyDB(`capture-routes-${Math.random()}`);
    const routes = backgroundRoutes({
      db,
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      sendToContent: vi.fn() as unknown as BackgroundDeps['sendToContent'],
      pause: memoryPauseStore(),
      siteAccess: { userOrigins } as unknown as BackgroundDeps['siteAccess'],
    });
    return { db, routes, userOrigins };
  }
  const enabledPage = { id: EXT, url: 'https://credit.example/help', frameId: 0, tab: { id: 6, url: 'https://credit.example/help' } };
  // A registry bank's chat frame inside the enabled page: the page owns it, as when the person's sites are always asked.
  const bankFrameInEnabledPage = { id: EXT, url: 'https://www.cmbchina.com/kefu/', frameId: 2, tab: { id: 6, url: 'https://credit.example/help' } };

  it.each([
    ['a registry bank\'s page: not asked', bankFrame, 'b1', 'cmb', 0],
    ['a page the person enabled: asked', enabledPage, 'b2', 'credit.example', 1],
    ['a registry frame in a page the person enabled: asked, and the page owns it', bankFrameInEnabledPage, 'b3', 'credit.example', 1],
  ])('%s', async (_name, sender, id, siteId, asked) => {
    const { db, routes, userOrigins } = withEnabled(['https://credit.example']);
    expect(await ask(routes, 'capture/batch', batch(id, sender.url), sender)).toEqual({ ok: true, stored: [`${id}:a:0`] });
    expect((await db.sessions.get(id))?.siteId).toBe(siteId);
    expect(userOrigins).toHaveBeenCalledTimes(asked);
  });
});

describe('pause', () => {
  it('acknowledges but never stores what is captured while paused, and tells every tab', async () => {
    const { routes, db, broadcastPause } = setup();
    expect(await ask(routes, 'capture/set-paused', { paused: true }, panel)).toEqual({ paused: true });
    expect(broadcastPause).toHaveBeenCalledWith(true);
    expect(await ask(routes, 'capture/get-paused', {}, panel)).toEqual({ paused: true });
    expect(await ask(routes, 'capture/hello', {}, bankFrame)).toMatchObject({ allowed: true, paused: true });
    expect(await ask(routes, 'capture/batch', batch('p1', bankFrame.url), bankFrame)).toEqual({ ok: true, stored: ['p1:a:0'], paused: true });
    expect(await db.messages.count()).toBe(0);
    await ask(routes, 'capture/set-paused', { paused: false }, panel);
    expect(await ask(routes, 'capture/batch', batch('p2', bankFrame.url), bankFrame)).toEqual({ ok: true, stored: ['p2:a:0'] });
    expect(await db.messages.count()).toBe(1);
  });

  it('lets only Parley’s own pages pause', async () => {
    const { routes } = setup();
    expect(await ask(routes, 'capture/set-paused', { paused: true }, bankFrame)).toEqual({ ok: false, error: 'sender not allowed' });
  });
});

describe('chat state and the toolbar badge', () => {
  it('follows each frame’s reported state and says when a chat is available but not open', async () => {
    const { routes, setBadge } = setup();
    await ask(routes, 'capture/state', { chat: { state: 'available', vendor: 'qiyu' } }, bankFrame);
    expect(setBadge).toHaveBeenLastCalledWith(3, expect.objectContaining({ text: '' }));
    expect(await ask(routes, 'tab/status', { tabId: 3 }, panel)).toEqual({ capturing: false, available: true });
    await ask(routes, 'capture/state', { chat: { state: 'open', vendor: 'generic', sessionId: 's' } }, bankFrame);
    expect(setBadge).toHaveBeenLastCalledWith(3, expect.objectContaining({ text: '●' }));
  });

  it('refuses a state report from the side panel', async () => {
    const { routes } = setup();
    expect(await ask(routes, 'capture/state', { chat: { state: 'open' } }, panel)).toEqual({ ok: false, error: 'sender not allowed' });
  });
});

describe('settingsPauseStore', () => {
  it('keeps the switch in the settings table, so a restarted service worker still knows', async () => {
    const { settingsPauseStore, PAUSE_KEY } = await import('../../lib/background/pause-store');
    const db = openParleyDB(`pause-${Math.random()}`);
    expect(await settingsPauseStore(db).get()).toBe(false);
    await settingsPauseStore(db).set(true);
    expect(await settingsPauseStore(db).get()).toBe(true);
    expect(await db.settings.get(PAUSE_KEY)).toEqual({ key: PAUSE_KEY, value: true });
  });
});
