// @vitest-environment jsdom
// The card the panel shows when a chat ends without agreed terms: why, one click to record the outcome, the next
// steps, and a reminder stored as a follow-up of the record.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionView } from '../../components/SessionView';
import { db } from '../../lib/db/instance';
import { wipeEverything } from '../../lib/db/retention';
import type { Message, SessionRecord } from '../../lib/records/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const T0 = Date.UTC(2026, 10, 23, 6);
const SESSION: SessionRecord = { id: 'na-1', url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: T0, updatedAt: T0 + 60_000 };

function messagesOf(lines: [Message['role'], string][]): Message[] {
  return lines.map(([role, text], i) => ({ id: `na-1:${i}`, sessionId: 'na-1', seq: i, role, text, at: T0 + i * 20_000 }));
}

let root: Root | undefined;
let container: HTMLElement;

async function show(lines: [Message['role'], string][], record: Partial<SessionRecord> = {}) {
  await wipeEverything(db);
  await db.sessions.add({ ...SESSION, ...record });
  await db.messages.bulkAdd(messagesOf(lines));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<SessionView sessionId="na-1" live={false} profile={undefined} onInsert={async () => true} />));
  return container;
}

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const found = find();
    if (found) return found;
    await act(async () => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const click = (el: Element) => act(async () => (el as HTMLElement).click());

beforeEach(async () => wipeEverything(db));
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

const refused: [Message['role'], string][] = [
  ['agent', '您好，请问有什么可以帮您？'],
  ['customer', '我失业了，想申请停息挂账'],
  ['agent', '很抱歉，您目前不符合办理条件，无法为您办理停息挂账'],
  ['system', '本次会话已结束'],
];

describe('NoAgreementCard in the session view', () => {
  it('a refused chat: records "Refused" with one click and lists the next steps', async () => {
    const el = await show(refused);
    const card = await until(() => el.querySelector('[data-testid="no-agreement"]'), 'the no-agreement card');
    expect(card.getAttribute('data-why')).toBe('refused');
    expect(Array.from(card.querySelectorAll('[data-step]')).map((s) => s.getAttribute('data-step'))).toEqual(['written-application', 'other-channel', 'follow-up']);
    const record = card.querySelector('[data-testid="no-agreement-record"]')!;
    expect(record.textContent).toBe('Record the outcome: Refused');
    await click(record);
    await until(() => el.querySelector('[data-testid="no-agreement-recorded"]'), 'the recorded state');
    expect((await db.sessions.get('na-1'))?.outcome).toBe('refused');
  });

  it('a chat that just closed: "No agreement", and the reminder lands among the record’s follow-ups once', async () => {
    const el = await show([
      ['agent', '您好，请问有什么可以帮您？'],
      ['customer', '我想协商还款'],
      ['agent', '请问还有其他问题吗？'],
      ['system', '会话已超时结束'],
    ]);
    const card = await until(() => el.querySelector('[data-testid="no-agreement"]'), 'the no-agreement card');
    expect(card.querySelector('[data-testid="no-agreement-record"]')?.getAttribute('data-outcome')).toBe('no-agreement');
    const remind = card.querySelector('[data-testid="no-agreement-remind"]')!;
    await click(remind);
    await until(() => el.querySelector('[data-testid="no-agreement-reminded"]'), 'the reminder set');
    const followUps = await db.followUps.where('sessionId').equals('na-1').toArray();
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ id: 'next:na-1:follow-up', source: 'user', done: false, title: 'Contact the bank again about the repayment plan' });
    expect(followUps[0]!.dueAt).toBeGreaterThan(Date.now());
  });

  it('a record with a saved letter asks to send it; an outcome already set is shown, not proposed', async () => {
    const el = await show(refused, { outcome: 'abandoned', application: { kind: 'cn-instalment', text: '申请书', savedOn: '2026-11-22' } });
    const card = await until(() => el.querySelector('[data-testid="no-agreement"]'), 'the no-agreement card');
    expect(card.querySelector('[data-testid="no-agreement-record"]')).toBeNull();
    expect(card.querySelector('[data-testid="no-agreement-recorded"]')?.textContent).toBe('Outcome recorded: Abandoned');
    expect(card.querySelector('[data-step="written-application"]')?.textContent).toMatch(/Send the written application kept with this record/);
  });

  it('no card while the chat goes on', async () => {
    const el = await show(refused.slice(0, 2));
    await until(() => el.textContent?.includes('我失业了，想申请停息挂账'), 'the transcript');
    expect(el.querySelector('[data-testid="no-agreement"]')).toBeNull();
  });
});
