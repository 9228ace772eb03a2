// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelTabs, tabPanelId } from '../../components/PanelTabs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

type Kind = 'live' | 'plan' | 'history';
function Harness() {
  const [selected, setSelected] = useState<Kind>('live');
  return (
    <>
      <PanelTabs<Kind> tabs={[{ kind: 'live', label: 'Chat' }, { kind: 'plan', label: 'Plan' }, { kind: 'history', label: 'Records', count: 3 }]} selected={selected} onSelect={setSelected} label="Parley" />
      <div role="tabpanel" id={tabPanelId(selected)} />
    </>
  );
}

async function render() {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<Harness />));
  return container;
}

const tabs = () => Array.from(container.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')!;
const press = (key: string) => act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

describe('PanelTabs', () => {
  it('is one Tab stop, and each tab names the panel it controls', async () => {
    await render();
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(selected().getAttribute('aria-controls')).toBe('tabpanel-live');
    expect(container.querySelector(`#${selected().getAttribute('aria-controls')}`)?.getAttribute('role')).toBe('tabpanel');
  });

  it('moves and selects with the arrow keys, Home and End, wrapping around', async () => {
    await render();
    tabs()[0]!.focus();
    await press('ArrowRight');
    expect(selected().textContent).toBe('Plan');
    expect(document.activeElement).toBe(selected());
    await press('End');
    expect(selected().textContent).toBe('Records3');
    await press('ArrowRight');
    expect(selected().textContent).toBe('Chat');
    await press('ArrowLeft');
    expect(selected().textContent).toBe('Records3');
    await press('Home');
    expect(selected().textContent).toBe('Chat');
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });
});
