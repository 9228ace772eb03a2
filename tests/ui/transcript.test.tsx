// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../../components/Transcript';
import type { Message } from '../../lib/db/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function session(count: number): Message[] {
  const out: Message[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ id: `s:${i}`, sessionId: 's', seq: i, role: i % 2 ? 'customer' : 'agent', text: i % 7 === 0 ? `第${i}条：${'很长的消息。'.repeat(i % 40)}` : `message ${i}`, at: 1000 + i });
  }
  return out;
}

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
});

function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(node));
  return container;
}

const rows = (el: HTMLElement) => Array.from(el.querySelectorAll<HTMLLIElement>('.transcript > li.msg'));

/** jsdom has no layout: the list is placed so the view starts `y` pixels into it, and the page is told it scrolled. */
async function scrollListTo(el: HTMLElement, y: number) {
  const list = el.querySelector('.transcript')!;
  list.getBoundingClientRect = () => ({ top: -y, bottom: 0, left: 0, right: 0, width: 360, height: 0, x: 0, y: -y, toJSON: () => ({}) });
  await act(async () => {
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  });
}

describe('Transcript windowing', () => {
  it('renders a 50,000-message session as a window of fewer than 200 rows, in order, with their place in the whole', () => {
    const el = render(<Transcript messages={session(50_000)} lang="en" />);
    const shown = rows(el);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(200);
    expect(el.querySelectorAll('.transcript *').length).toBeLessThan(1500);
    expect(shown[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(shown[0]!.getAttribute('aria-setsize')).toBe('50000');
    const positions = shown.map((li) => Number(li.getAttribute('aria-posinset')));
    expect(positions).toEqual(positions.map((_, i) => i + 1));
    // The spacer below stands in for the rest, so the page is as tall as the whole transcript.
    const spacer = el.querySelector<HTMLElement>('.transcript__spacer')!;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(parseFloat(spacer.style.height)).toBeGreaterThan(50_000 * 40);
  });

  it('moves the window as the page scrolls, never rendering the whole list', async () => {
    const el = render(<Transcript messages={session(50_000)} lang="en" />);
    const spacerHeight = parseFloat(el.querySelector<HTMLElement>('.transcript__spacer')!.style.height);
    await scrollListTo(el, spacerHeight / 2);
    const middle = rows(el).map((li) => Number(li.getAttribute('aria-posinset')));
    expect(middle.length).toBeLessThan(200);
    expect(middle[0]).toBeGreaterThan(10_000);
    expect(middle.at(-1)).toBeLessThan(40_000);
    expect(el.querySelectorAll('.transcript__spacer')).toHaveLength(2);
    await scrollListTo(el, spacerHeight * 10);
    const end = rows(el);
    expect(end.at(-1)!.textContent).toContain('message 49999');
    expect(end.length).toBeLessThan(200);
  });

  it('keeps content shown under a message (an offer card) with its row', async () => {
    const messages = session(50_000);
    const el = render(<Transcript messages={messages} lang="en" renderAfter={(m) => (m.seq % 2 === 0 ? <span className="card">offer {m.seq}</span> : null)} />);
    const first = el.querySelector('.transcript > li.msg-after');
    expect(first?.previousElementSibling?.textContent).toContain('第0条');
    expect(first?.textContent).toBe('offer 0');
    expect(el.querySelectorAll('.transcript > li.msg-after').length).toBeLessThan(200);
  });

  it('renders page text as text, never as markup', () => {
    const el = render(<Transcript messages={[{ id: 'x', sessionId: 's', seq: 0, role: 'agent', text: '<img src=x onerror=alert(1)>', at: 1 }]} lang="en" />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('follows a live chat: a new message is rendered and announced', async () => {
    const messages = session(50_000);
    const el = render(<Transcript messages={messages} lang="en" follow />);
    await scrollListTo(el, 1e9);
    const next: Message = { id: 's:new', sessionId: 's', seq: 50_000, role: 'agent', author: 'Lina', text: 'We can offer 36 months.', at: 9 };
    act(() => root!.render(<Transcript messages={[...messages, next]} lang="en" follow />));
    await scrollListTo(el, 1e9);
    expect(rows(el).at(-1)!.textContent).toContain('We can offer 36 months.');
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toBe('Lina: We can offer 36 months.');
    expect(el.querySelector('.transcript')!.getAttribute('aria-live')).toBeNull();
  });
});
