// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { openShadowRoots } from '../../lib/capture/dom/shadow';
import { RootObserver } from '../../lib/capture/root-observer';

const settle = () => new Promise((r) => setTimeout(r, 0));
const init: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** A row holding a web component whose text lives in its shadow root, appended to a watched list. */
async function appendComponentRow(list: Element): Promise<ShadowRoot> {
  const row = document.createElement('div');
  const bubble = document.createElement('chat-bubble');
  const root = bubble.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>您好</p>';
  row.append(bubble);
  list.append(row);
  await settle();
  return root;
}

describe('RootObserver', () => {
  it.each([
    [true, 'at once'],
    [false, 'only after refresh()'],
  ])('with expectShadowRoots=%s follows a shadow root that arrives in a new row %s', async (adoptAdded) => {
    document.body.innerHTML = '<div id="list"></div>';
    const list = document.getElementById('list')!;
    let changes = 0;
    const observer = new RootObserver(window as Window & typeof globalThis, openShadowRoots, init, () => (changes += 1), adoptAdded);
    observer.watch(list);
    const root = await appendComponentRow(list);
    const before = changes;
    root.querySelector('p')!.textContent = '您好，请问有什么可以帮您？';
    await settle();
    expect(changes > before).toBe(adoptAdded);
    observer.refresh();
    root.querySelector('p')!.textContent = '已为您登记';
    await settle();
    expect(changes).toBeGreaterThan(before + (adoptAdded ? 1 : 0));
    observer.disconnect();
  });

  it('adopts new rows at once when the watched list already held shadow roots, even if none were expected', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const list = document.getElementById('list')!;
    await appendComponentRow(list);
    let changes = 0;
    const observer = new RootObserver(window as Window & typeof globalThis, openShadowRoots, init, () => (changes += 1), false);
    observer.watch(list);
    const root = await appendComponentRow(list);
    const before = changes;
    root.querySelector('p')!.textContent = '您好，请问有什么可以帮您？';
    await settle();
    expect(changes).toBeGreaterThan(before);
    observer.disconnect();
  });

  it('stops reporting after disconnect()', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const list = document.getElementById('list')!;
    let changes = 0;
    const observer = new RootObserver(window as Window & typeof globalThis, openShadowRoots, init, () => (changes += 1));
    observer.watch(list);
    observer.disconnect();
    list.append(document.createElement('div'));
    await settle();
    expect(changes).toBe(0);
  });
});
