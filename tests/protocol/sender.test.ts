import { describe, expect, it } from 'vitest';
import { checkCaptureSender, isExtensionPage } from '../../lib/protocol/sender';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';

describe('checkCaptureSender', () => {
  const base = { id: EXT, frameId: 0, url: 'https://www.cmbchina.com/kefu', tab: { id: 7, url: 'https://www.cmbchina.com/kefu' } };

  it('accepts a bank page and attributes it to the bank from the tab, not from the payload', () => {
    const verdict = checkCaptureSender(base, EXT);
    expect(verdict).toMatchObject({ ok: true, tabId: 7, frameId: 0 });
    expect(verdict.ok && verdict.site.id).toBe('cmb');
  });

  it('accepts a vendor frame inside a bank page', () => {
    const verdict = checkCaptureSender({ ...base, frameId: 3, url: 'https://webchat.7moor.com/wapchat.html' }, EXT);
    expect(verdict.ok && verdict.site.id).toBe('cmb');
  });

  it('accepts an about:blank frame of a bank page', () => {
    expect(checkCaptureSender({ ...base, frameId: 4, url: 'about:blank' }, EXT).ok).toBe(true);
  });

  it.each([
    ['another extension', { ...base, id: 'zzzz' }, 'foreign extension'],
    ['no tab', { ...base, tab: undefined }, 'not from a tab'],
    ['no frame', { ...base, frameId: undefined }, 'no frame'],
    ['plain http', { ...base, url: 'http://www.cmbchina.com/', tab: { id: 7, url: 'http://www.cmbchina.com/' } }, 'frame is not https'],
    ['a shop with a vendor widget', { ...base, url: 'https://webchat.7moor.com/x', tab: { id: 7, url: 'https://shop.example.com/' } }, 'not a finance site'],
    ['an unknown frame on a bank page', { ...base, url: 'https://ads.example.com/x' }, 'frame host not in registry'],
    ['about:blank on a non-bank page', { ...base, url: 'about:blank', tab: { id: 7, url: 'https://shop.example.com/' } }, 'not a finance site'],
  ])('refuses %s', (_label, sender, reason) => {
    expect(checkCaptureSender(sender, EXT)).toEqual({ ok: false, reason });
  });
});

describe('isExtensionPage', () => {
  it('accepts our own pages only', () => {
    const origin = `chrome-extension://${EXT}/`;
    expect(isExtensionPage({ id: EXT, url: `${origin}sidepanel.html` }, EXT, origin)).toBe(true);
    expect(isExtensionPage({ id: EXT, url: 'https://www.cmbchina.com/' }, EXT, origin)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `${origin}sidepanel.html` }, EXT, origin)).toBe(false);
    expect(isExtensionPage({ id: EXT }, EXT, origin)).toBe(false);
  });
});
