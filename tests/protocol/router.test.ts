import { describe, expect, it, vi } from 'vitest';
import { backgroundRoutes, type BackgroundDeps } from '../../lib/background/routes';
import { openParleyDB } from '../../lib/db/database';
import { envelope } from '../../lib/protocol/protocol';
import { messageListener, routeMessage } from '../../lib/protocol/router';

const EXT = 'parleyextensionid';
const ORIGIN = `chrome-extension://${EXT}/`;
const panel = { id: EXT, url: `${ORIGIN}sidepanel.html` };
const bankFrame = { id: EXT, url: 'https://demobank.test/', frameId: 0, tab: { id: 3, url: 'https://demobank.test/' } };

function setup() {
  const db = openParleyDB(`router-${Math.random()}`);
  const sendToContent = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, method: 'textarea' }));
  const onCapturing = vi.fn();
  const routes = backgroundRoutes({
    db,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    sendToContent: sendToContent as unknown as BackgroundDeps['sendToContent'],
    onCapturing,
  });
  return { db, routes, sendToContent, onCapturing };
}

const batch = {
  session: { id: 's1', url: 'https://demobank.test/', vendor: 'generic', startedAt: 1 },
  messages: [{ id: 's1:a:0', seq: 0, role: 'agent', text: '您好', at: 2 }],
};

async function answer(outcome: ReturnType<typeof routeMessage>) {
  if (outcome.kind === 'ignored') return 'ignored';
  return outcome.kind === 'rejected' ? outcome.response : outcome.response;
}

describe('routeMessage with the background routes', () => {
  it('ignores traffic without the Parley envelope', async () => {
    const { routes } = setup();
    expect(await answer(routeMessage(routes, { type: 'capture/batch' }, bankFrame))).toBe('ignored');
    expect(await answer(routeMessage(routes, 'hello', bankFrame))).toBe('ignored');
  });

  it('stores a valid capture from a bank frame and marks the tab', async () => {
    const { routes, db, onCapturing } = setup();
    expect(await answer(routeMessage(routes, envelope('capture/batch', batch), bankFrame))).toEqual({ ok: true, stored: ['s1:a:0'] });
    expect(await db.messages.count()).toBe(1);
    expect((await db.sessions.get('s1'))?.siteId).toBe('demobank');
    expect(onCapturing).toHaveBeenCalledWith(3, expect.objectContaining({ id: 'demobank' }));
  });

  it.each([
    ['an unknown type', envelope('db/drop', {}), bankFrame, /unknown message type/],
    ['a capture from the side panel', envelope('capture/batch', batch), panel, /sender not allowed/],
    ['a composer request from a page', envelope('composer/insert', { tabId: 3, text: 'x' }), bankFrame, /sender not allowed/],
    ['a role outside the contract', envelope('capture/batch', { ...batch, messages: [{ ...batch.messages[0], role: 'admin' }] }), bankFrame, /messages\.0\.role/],
    ['oversized text', envelope('capture/batch', { ...batch, messages: [{ ...batch.messages[0], text: 'x'.repeat(20_001) }] }), bankFrame, /messages\.0\.text/],
    ['a capture from a non-bank page', envelope('capture/batch', batch), { ...bankFrame, url: 'https://shop.test/', tab: { id: 3, url: 'https://shop.test/' } }, /not a finance site/],
  ])('refuses %s and stores nothing', async (_label, message, sender, error) => {
    const { routes, db } = setup();
    const result = (await answer(routeMessage(routes, message, sender))) as { ok: boolean; error: string };
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(error);
    expect(await db.messages.count()).toBe(0);
  });

  it('marks a payload that fails its schema as final, so the sender splits it instead of resending it as is', async () => {
    const { routes } = setup();
    const invalid = envelope('capture/batch', { ...batch, messages: [{ ...batch.messages[0], text: 'x'.repeat(20_001) }] });
    expect(await answer(routeMessage(routes, invalid, bankFrame))).toMatchObject({ ok: false, invalid: true });
    const untrusted = (await answer(routeMessage(routes, envelope('capture/batch', batch), panel))) as { invalid?: boolean };
    expect(untrusted.invalid).toBeUndefined();
  });

  it('forwards a composer insert to the frame that holds the tab chat', async () => {
    const { routes, sendToContent } = setup();
    await answer(routeMessage(routes, envelope('capture/batch', batch), { ...bankFrame, frameId: 7 }));
    const result = await answer(routeMessage(routes, envelope('composer/insert', { tabId: 3, text: '能否分36期？' }), panel));
    expect(result).toEqual({ ok: true, method: 'textarea' });
    expect(sendToContent).toHaveBeenCalledWith(3, 7, 'composer/insert', { text: '能否分36期？' });
  });

  it('says when there is no chat to insert into, or the content script cannot be reached', async () => {
    const { routes, sendToContent } = setup();
    expect(await answer(routeMessage(routes, envelope('composer/insert', { tabId: 3, text: 'x' }), panel))).toEqual({ ok: false, reason: 'no-chat' });
    await answer(routeMessage(routes, envelope('capture/batch', batch), bankFrame));
    sendToContent.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(await answer(routeMessage(routes, envelope('composer/insert', { tabId: 3, text: 'x' }), panel))).toEqual({ ok: false, reason: 'not-delivered' });
  });

  it('reports the tab status to the side panel', async () => {
    const { routes } = setup();
    expect(await answer(routeMessage(routes, envelope('tab/status', { tabId: 3 }), panel))).toEqual({ capturing: false });
    await answer(routeMessage(routes, envelope('capture/batch', batch), bankFrame));
    expect(await answer(routeMessage(routes, envelope('tab/status', { tabId: 3 }), panel))).toMatchObject({ capturing: true, sessionId: 's1', siteId: 'demobank' });
  });
});

describe('messageListener', () => {
  it('answers asynchronously through sendResponse and returns true only for messages it handles', async () => {
    const { routes } = setup();
    const listener = messageListener(routes);
    const sendResponse = vi.fn();
    expect(listener({ not: 'ours' }, bankFrame, sendResponse)).toBe(false);
    expect(listener(envelope('tab/status', { tabId: 1 }), panel, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ capturing: false }));
    expect(listener(envelope('tab/status', { tabId: 1 }), bankFrame, sendResponse)).toBe(false);
    expect(sendResponse).toHaveBeenLastCalledWith({ ok: false, error: 'sender not allowed' });
  });
});
