import { describe, expect, it, vi } from 'vitest';
import { originPattern, patternOrigin, SiteAccess, USER_SCRIPT_ID, userEnabledOrigins, type SiteAccessApi } from '../../lib/background/site-access';
import { badgeFor, TabStates } from '../../lib/background/tab-states';

describe('site access helpers', () => {
  it.each([
    ['https://www.creditunion.example/*', 'https://www.creditunion.example'],
    ['https://*.creditunion.example/*', undefined],
    ['https://*/*', undefined],
    ['http://www.creditunion.example/*', undefined],
    ['https://www.creditunion.example/path/*', undefined],
  ])('patternOrigin(%s)', (pattern, origin) => {
    expect(patternOrigin(pattern)).toBe(origin);
  });

  it('counts only single hosts outside the registry as the person’s own choices', () => {
    const granted = ['https://*.cmbchina.com/*', 'https://cmbchina.com/*', 'https://www.creditunion.example/*', 'https://*/*', 'https://webchat.7moor.com/*'];
    expect(userEnabledOrigins(granted)).toEqual(['https://www.creditunion.example']);
    expect(originPattern('https://www.creditunion.example')).toBe('https://www.creditunion.example/*');
  });
});

function fakeApi(granted: string[], tabUrl = 'https://www.creditunion.example/help') {
  const registered: Array<{ id: string; matches?: string[] }> = [];
  const api = {
    permissions: {
      getAll: vi.fn(async () => ({ origins: [...granted] })),
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        for (const o of origins) granted.splice(granted.indexOf(o), 1);
        return true;
      }),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => registered.map((r) => ({ ...r }))),
      registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[] }>) => void registered.push(...scripts)),
      updateContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[] }>) => void (registered[0]!.matches = scripts[0]!.matches)),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
      executeScript: vi.fn(async () => []),
    },
    tabs: { get: vi.fn(async () => ({ url: tabUrl })) },
    contentScriptFile: 'content-scripts/content.js',
  } satisfies SiteAccessApi;
  return { api, registered, granted };
}

describe('SiteAccess', () => {
  it('registers the content script for an enabled site and starts it in the open tab', async () => {
    const { api, registered } = fakeApi(['https://*.cmbchina.com/*', 'https://www.creditunion.example/*']);
    expect(await new SiteAccess(api).enable(9, 'https://www.creditunion.example')).toEqual({ ok: true });
    expect(registered).toEqual([
      expect.objectContaining({ id: USER_SCRIPT_ID, matches: ['https://www.creditunion.example/*'], js: ['content-scripts/content.js'], allFrames: true }),
    ]);
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 9, allFrames: true }, files: ['content-scripts/content.js'] });
  });

  it('refuses to enable a site whose permission the person did not grant', async () => {
    const { api, registered } = fakeApi(['https://*.cmbchina.com/*']);
    expect(await new SiteAccess(api).enable(9, 'https://www.creditunion.example')).toEqual({ ok: false, error: 'permission not granted' });
    expect(registered).toEqual([]);
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('does not inject into a tab that has since moved to another site', async () => {
    const { api } = fakeApi(['https://www.creditunion.example/*'], 'https://elsewhere.example/');
    await new SiteAccess(api).enable(9, 'https://www.creditunion.example');
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('disabling drops the permission and the registration', async () => {
    const { api, registered, granted } = fakeApi(['https://www.creditunion.example/*']);
    const access = new SiteAccess(api);
    await access.reconcile();
    expect(registered).toHaveLength(1);
    expect(await access.disable('https://www.creditunion.example')).toEqual({ ok: true });
    expect(granted).toEqual([]);
    expect(registered).toEqual([]);
    expect(await access.disable('https://www.cmbchina.com')).toEqual({ ok: false, error: 'not an enabled site' });
  });

  it.each([
    ['a registry bank', 'https://www.cmbchina.com/kefu/', { registrySiteId: 'cmb', canEnable: false, userEnabled: false }],
    ['a site outside the registry', 'https://www.creditunion.example/', { canEnable: true, userEnabled: false }],
    ['a chat vendor page', 'https://webchat.7moor.com/wapchat.html', { canEnable: false, userEnabled: false }],
    ['a plain-http page', 'http://www.creditunion.example/', { canEnable: false, userEnabled: false }],
    ['a tab it cannot see', '', { canEnable: false, userEnabled: false }],
  ])('describes %s for the panel', async (_label, url, expected) => {
    const { api } = fakeApi([], url);
    expect(await new SiteAccess(api).status(9, true)).toMatchObject({ ...expected, paused: true });
  });
});

describe('toolbar badge', () => {
  it('shows a dot while any frame of the tab records, bars while paused, nothing otherwise', () => {
    const states = new TabStates();
    states.set(1, 0, { state: 'none' });
    states.set(1, 4, { state: 'available', vendor: 'qiyu' });
    expect(states.summary(1)).toEqual({ open: false, unreadable: false, found: false, available: true, vendor: 'qiyu' });
    expect(badgeFor(states.summary(1), false).text).toBe('');
    states.set(1, 7, { state: 'open', vendor: '7moor' });
    expect(badgeFor(states.summary(1), false).text).toBe('●');
    expect(badgeFor(states.summary(1), true).text).toBe('❚❚');
    states.forget(1);
    expect(states.summary(1)).toEqual({ open: false, unreadable: false, found: false, available: false });
  });

  it('never shows the recording dot for a chat nothing is read from', () => {
    const states = new TabStates();
    states.set(1, 0, { state: 'found', vendor: 'generic' });
    expect(states.summary(1)).toMatchObject({ open: false, found: true });
    expect(badgeFor(states.summary(1), false).text).toBe('');
    states.set(1, 0, { state: 'unreadable', vendor: 'generic' });
    expect(states.summary(1)).toMatchObject({ open: false, unreadable: true });
    expect(badgeFor(states.summary(1), false).text).toBe('!');
    expect(states.unreadableFrame(1)).toBe(0);
    // Another frame of the same tab being read wins: the tab is recorded.
    states.set(1, 3, { state: 'open', vendor: 'qiyu' });
    expect(states.summary(1)).toMatchObject({ open: true, unreadable: false });
    expect(badgeFor(states.summary(1), false).text).toBe('●');
  });
});

describe('SiteAccess.reconcile', () => {
  it('registers once when a grant event and the panel ask at the same time', async () => {
    const { api, registered } = fakeApi(['https://www.creditunion.example/*']);
    // A real browser refuses a second registration of the same id.
    api.scripting.registerContentScripts.mockImplementation(async (scripts: Array<{ id: string; matches: string[] }>) => {
      if (registered.some((r) => r.id === scripts[0]!.id)) throw new Error('Duplicate script ID');
      registered.push(...scripts);
    });
    const access = new SiteAccess(api);
    await Promise.all([access.reconcile(), access.enable(9, 'https://www.creditunion.example')]);
    expect(registered).toHaveLength(1);
  });
});
