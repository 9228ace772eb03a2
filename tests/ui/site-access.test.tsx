// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PauseSwitch } from '../../components/PauseSwitch';
import { SiteAccess } from '../../components/SiteAccess';
import type { SiteAccessApi } from '../../components/site-access-api';
import type { SiteStatus } from '../../lib/protocol/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

async function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(node));
  return container;
}

function fakeApi(initial: SiteStatus, overrides: Partial<SiteAccessApi> = {}): SiteAccessApi & { current: SiteStatus } {
  const api: SiteAccessApi & { current: SiteStatus } = {
    current: initial,
    status: vi.fn(async (): Promise<SiteStatus> => api.current),
    requestOrigin: vi.fn(async () => true),
    enable: vi.fn(async () => {
      api.current = { ...api.current, userEnabled: true, canEnable: false };
      return true;
    }),
    disable: vi.fn(async () => {
      api.current = { ...api.current, userEnabled: false, canEnable: true };
      return true;
    }),
    paused: vi.fn(async () => false),
    setPaused: vi.fn(async (p: boolean) => p),
    ...overrides,
  };
  return api;
}

const other: SiteStatus = { origin: 'https://www.creditunion.example', host: 'www.creditunion.example', userEnabled: false, canEnable: true, paused: false };

describe('SiteAccess', () => {
  it('offers a site outside the registry, asks the browser for that origin only, then enables it', async () => {
    const api = fakeApi(other);
    const el = await render(<SiteAccess tabId={5} api={api} />);
    const button = el.querySelector('button')!;
    expect(button.textContent).toBe('Use Parley on this site');
    await act(async () => button.click());
    expect(api.requestOrigin).toHaveBeenCalledWith('https://www.creditunion.example');
    expect(api.enable).toHaveBeenCalledWith(5, 'https://www.creditunion.example');
    expect(el.querySelector('button')!.textContent).toBe('Stop using Parley on this site');
  });

  it('says so and enables nothing when the person refuses the browser prompt', async () => {
    const api = fakeApi(other, { requestOrigin: vi.fn(async () => false) });
    const el = await render(<SiteAccess tabId={5} api={api} />);
    await act(async () => el.querySelector('button')!.click());
    expect(api.enable).not.toHaveBeenCalled();
    expect(el.textContent).toMatch(/did not allow/);
  });

  it('turns a site the person enabled off again', async () => {
    const api = fakeApi({ ...other, userEnabled: true, canEnable: false });
    const el = await render(<SiteAccess tabId={5} api={api} />);
    await act(async () => el.querySelector('button')!.click());
    expect(api.disable).toHaveBeenCalledWith('https://www.creditunion.example');
    expect(el.querySelector('button')!.textContent).toBe('Use Parley on this site');
  });

  it.each<[string, SiteStatus, RegExp]>([
    ['a registry bank', { origin: 'https://www.cmbchina.com', host: 'www.cmbchina.com', registrySiteId: 'cmb', userEnabled: false, canEnable: false, paused: false }, /records bank chats on this site/],
    ['a page whose address Parley cannot see', { userEnabled: false, canEnable: false, paused: false }, /click the Parley icon/],
    ['a chat vendor page', { origin: 'https://webchat.7moor.com', host: 'webchat.7moor.com', userEnabled: false, canEnable: false, paused: false }, /chat provider's page/],
  ])('offers no button on %s', async (_label, status, note) => {
    const el = await render(<SiteAccess tabId={5} api={fakeApi(status)} />);
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toMatch(note);
  });
});

describe('PauseSwitch', () => {
  it('is a switch named Recording that is on while recording, and pauses and resumes', async () => {
    const api = fakeApi(other);
    const el = await render(<PauseSwitch api={api} />);
    const toggle = el.querySelector('[role="switch"]')!;
    expect(toggle.textContent).toMatch(/^Recording/);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await act(async () => (toggle as HTMLButtonElement).click());
    expect(api.setPaused).toHaveBeenCalledWith(true);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent).toMatch(/^Recording/);
    expect(el.textContent).toMatch(/nothing said in your chats is saved/);
    await act(async () => (toggle as HTMLButtonElement).click());
    expect(api.setPaused).toHaveBeenLastCalledWith(false);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('returns to the old state when the background could not be told', async () => {
    const api = fakeApi(other, { setPaused: vi.fn(async () => Promise.reject(new Error('asleep'))) });
    const el = await render(<PauseSwitch api={api} />);
    await act(async () => (el.querySelector('[role="switch"]') as HTMLButtonElement).click());
    expect(el.querySelector('[role="switch"]')!.getAttribute('aria-checked')).toBe('true');
  });
});
