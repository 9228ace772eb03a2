import { describe, expect, it, vi } from 'vitest';
import { commandsManifest, INSERT_COMMANDS, panelRequestFor } from '../../lib/background/commands';
import { envelope } from '../../lib/protocol/protocol';
import { messageListener, routeMessage } from '../../lib/protocol/router';
import { panelRoutes } from '../../lib/ui/panel-routes';

const EXT = 'parleyext';
const ORIGIN = `chrome-extension://${EXT}/`;
const background = { id: EXT, url: `${ORIGIN}background.js` };

function setup(tabId: number | undefined = 7) {
  const insertSuggestion = vi.fn();
  const routes = panelRoutes({ extensionId: EXT, extensionOrigin: ORIGIN, tabId: () => tabId, insertSuggestion });
  const ask = async (payload: unknown, sender: object = background) => {
    const outcome = routeMessage(routes, envelope('panel/insert-suggestion', payload), sender);
    return outcome.kind === 'handled' ? await outcome.response : outcome.kind === 'rejected' ? outcome.response : 'ignored';
  };
  return { insertSuggestion, ask };
}

describe('insert shortcuts', () => {
  it('declares Alt+Shift+1…3 (never a browser key such as Alt+1, tab switching on Linux) as changeable browser commands with translated descriptions', () => {
    const commands = commandsManifest();
    expect(Object.keys(commands)).toEqual([...INSERT_COMMANDS]);
    expect(Object.values(commands).map((c) => c.suggested_key.default)).toEqual(['Alt+Shift+1', 'Alt+Shift+2', 'Alt+Shift+3']);
    expect(Object.values(commands).every((c) => /^__MSG_commandInsert[123]__$/.test(c.description))).toBe(true);
  });

  it.each([
    ['insert-suggestion-1', 4, { tabId: 4, n: 1 }],
    ['insert-suggestion-3', 4, { tabId: 4, n: 3 }],
    ['_execute_action', 4, undefined],
    ['insert-suggestion-2', undefined, undefined],
  ] as const)('maps %s on tab %s to %j', (command, tabId, expected) => {
    expect(panelRequestFor(command, tabId)).toEqual(expected);
  });

  it('the panel showing that tab inserts the suggestion; a panel for another tab does nothing', async () => {
    const { insertSuggestion, ask } = setup(7);
    expect(await ask({ tabId: 7, n: 2 })).toEqual({ ok: true });
    expect(insertSuggestion).toHaveBeenCalledWith(2);
    expect(await ask({ tabId: 8, n: 1 })).toEqual({ ok: false, reason: 'other-tab' });
    expect(insertSuggestion).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a content script (a tab)', { id: EXT, url: 'https://www.cmbchina.com/', tab: { id: 7 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/background.js' }],
    ['a web page', { url: 'https://evil.example/' }],
  ])('refuses the request from %s', async (_label, sender) => {
    const { insertSuggestion, ask } = setup(7);
    expect(await ask({ tabId: 7, n: 1 }, sender)).toMatchObject({ ok: false, error: 'sender not allowed' });
    expect(insertSuggestion).not.toHaveBeenCalled();
  });

  it('stays silent on the messages content scripts send to the background, which every extension page also hears', () => {
    const insertSuggestion = vi.fn();
    const routes = panelRoutes({ extensionId: EXT, extensionOrigin: ORIGIN, tabId: () => 7, insertSuggestion });
    const fromContent = { id: EXT, url: 'https://www.cmbchina.com/kefu/', frameId: 0, tab: { id: 7 } };
    for (const type of ['capture/hello', 'capture/batch', 'capture/state']) {
      const listener = messageListener(routes, { othersAnswer: true });
      const sendResponse = vi.fn();
      expect(listener(envelope(type, {}), fromContent, sendResponse)).toBe(false);
      expect(sendResponse).not.toHaveBeenCalled();
    }
  });

  it.each([[{ tabId: 7, n: 4 }], [{ tabId: 7, n: 0 }], [{ tabId: -1, n: 1 }], [{ n: 1 }]])('refuses the malformed request %j', async (payload) => {
    const { insertSuggestion, ask } = setup(7);
    expect(await ask(payload)).toMatchObject({ ok: false, invalid: true });
    expect(insertSuggestion).not.toHaveBeenCalled();
  });
});
