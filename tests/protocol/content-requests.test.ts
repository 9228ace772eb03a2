import { describe, expect, it } from 'vitest';
import { contentRoutes } from '../../lib/capture/content-routes';
import type { CaptureController } from '../../lib/capture/capture-session';
import { contentRequestChecks } from '../../lib/protocol/content-requests';
import { LIMITS } from '../../lib/protocol/limits';
import { envelope } from '../../lib/protocol/protocol';
import { routeMessage } from '../../lib/protocol/router';

describe('content request checks', () => {
  it.each([
    ['composer/insert', { text: '我想申请分36期' }, { text: '我想申请分36期' }],
    ['composer/insert', { text: 'x'.repeat(LIMITS.text) }, { text: 'x'.repeat(LIMITS.text) }],
    ['capture/pause', { paused: false }, { paused: false }],
    ['capture/ping', { extra: 'dropped' }, {}],
    ['capture/pause', { paused: true, html: '<img>' }, { paused: true }],
  ] as const)('accepts %s %j as %j', (type, payload, data) => {
    expect(contentRequestChecks[type].safeParse(payload)).toEqual({ success: true, data });
  });

  it.each([
    ['composer/insert', { text: '' }, 'text', /1–20000 characters, got 0/],
    ['composer/insert', { text: 'x'.repeat(LIMITS.text + 1) }, 'text', /got 20001/],
    ['composer/insert', { text: 42 }, 'text', /expected a string/],
    ['composer/insert', null, '', /expected an object/],
    ['capture/pause', { paused: 'yes' }, 'paused', /true or false/],
    ['capture/readmit', [], '', /expected an object/],
  ] as const)('refuses %s %j, naming %s', (type, payload, path, message) => {
    const result = contentRequestChecks[type].safeParse(payload);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]!.path.join('.')).toBe(path);
    expect(result.error.issues[0]!.message).toMatch(message);
  });
});

describe('content routes', () => {
  const EXT = 'parleyextensionid';
  const background = { id: EXT };
  const inserted: string[] = [];
  const capture = { insert: async (text: string) => (inserted.push(text), { ok: true, method: 'textarea' }) } as unknown as CaptureController;
  const routes = contentRoutes(capture, EXT);

  it('inserts only what a valid request from our own background carries', async () => {
    const ok = routeMessage(routes, envelope('composer/insert', { text: '好的' }), background);
    expect(ok.kind).toBe('handled');
    if (ok.kind === 'handled') expect(await ok.response).toEqual({ ok: true, method: 'textarea' });
    const bad = routeMessage(routes, envelope('composer/insert', { text: '' }), background);
    expect(bad).toMatchObject({ kind: 'rejected', response: { ok: false, invalid: true, error: expect.stringMatching(/invalid composer\/insert: text/) } });
    const page = routeMessage(routes, envelope('composer/insert', { text: '好的' }), { id: EXT, tab: { id: 3, url: 'https://demobank.test/' } });
    expect(page).toMatchObject({ kind: 'rejected', response: { error: 'sender not allowed' } });
    expect(inserted).toEqual(['好的']);
  });
});
