// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/capture/adapters';
import { chatItems } from '../../lib/capture/chat-items';
import { detectChat } from '../../lib/capture/detect';
import { extractRaw } from '../../lib/capture/extract';
import { RoleResolver } from '../../lib/capture/role-resolver';
import { ADAPTER_CASES, type AdapterCase } from './adapters/cases';

/** Loads a case into jsdom; closed shadow roots are reachable only through the returned access function. */
function load(c: AdapterCase) {
  const closed = new WeakMap<Element, ShadowRoot>();
  document.body.innerHTML = c.html;
  c.shadow?.(document, (host, html) => {
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = html;
    closed.set(host, root);
    return root;
  });
  const shadowOf = (el: Element) => el.shadowRoot ?? closed.get(el) ?? null;
  let frameElement: Element | null = null;
  if (c.frame) {
    // The frame element lives in the parent document; a detached copy is enough for matches().
    const parent = document.implementation.createHTMLDocument('parent');
    parent.body.innerHTML = c.frame;
    frameElement = parent.querySelector('iframe');
  }
  return { shadowOf, frameElement };
}

function read(c: AdapterCase) {
  const { shadowOf, frameElement } = load(c);
  const found = detectChat({ doc: document, url: new URL(c.url), frameElement, adapters: ADAPTERS, shadowOf });
  if (found.state !== 'open') return { state: found.state };
  const resolver = new RoleResolver();
  const messages = chatItems(found.chat, shadowOf)
    .map((item) => extractRaw(item, { shadowOf, ...(found.chat.adapter ? { adapter: found.chat.adapter } : {}), ...(found.chat.window ? { window: found.chat.window } : {}) }))
    .filter((raw) => raw !== null)
    .map((raw) => resolver.resolve(raw));
  return { state: found.state, vendor: found.chat.vendor, composer: found.chat.composer !== undefined, messages };
}

describe('vendor adapters', () => {
  it('have one unit case each, and every case names an adapter', () => {
    const ids = ADAPTERS.map((a) => a.id).sort();
    expect([...new Set(ADAPTER_CASES.map((c) => c.adapter))].sort()).toEqual(ids);
  });

  it.each(ADAPTER_CASES.map((c) => [c.adapter, c] as const))('%s: finds the chat and reads who said what', (_id, c) => {
    const result = read(c);
    expect(result).toMatchObject({ state: 'open', vendor: c.adapter });
    expect(result.messages).toEqual(c.messages);
    if (c.composer) expect(result.composer).toBe(true);
  });

  it('reads a closed shadow root only through the shadow access it is given', () => {
    const miaw = ADAPTER_CASES.find((c) => c.adapter === 'salesforce-miaw')!;
    load(miaw);
    expect(detectChat({ doc: document, url: new URL(miaw.url), adapters: ADAPTERS }).state).toBe('none');
  });

  it('recognises a vendor window whose markup is known even outside its own client address', () => {
    const easemob = ADAPTER_CASES.find((c) => c.adapter === 'easemob')!;
    const { shadowOf } = load(easemob);
    const found = detectChat({ doc: document, url: new URL('https://www.cmbc.com.cn/kefu/'), adapters: ADAPTERS, shadowOf });
    expect(found.state === 'open' && found.chat.vendor).toBe('easemob');
  });
});
