// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordsView } from '../../components/records/RecordsView';
import { dismissedKey } from '../../lib/db/dismissed';
import { loadPinned } from '../../lib/db/phrases';
import { db } from '../../lib/db/instance';
import { wipeEverything } from '../../lib/db/retention';
import type { Message, SessionRecord } from '../../lib/records/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const T0 = Date.UTC(2026, 10, 23, 6);
const SESSION: SessionRecord = { id: 'demo-1', url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: T0, updatedAt: T0 + 60_000, outcome: 'open', agentName: '李娜', agentId: '8823' };
const LINES: [Message['role'], string, string?][] = [
  ['agent', '您好，我是示范银行信用卡中心客服李娜，工号 8823，很高兴为您服务。', '李娜'],
  ['customer', '24期每月1600元左右我负担不了，能否分36期？'],
  ['agent', '好的，已为您提交个性化分期申请，受理编号 HX20261123001。首期还款日为12月25日。协议将在3个工作日内通过短信和邮件发送给您。', '李娜'],
  ['customer', '<img src=x onerror=alert(1)>谢谢'],
  ['agent', '如有变化，我们会在3个工作日内给您回电。', '李娜'],
];
const MESSAGES: Message[] = LINES.map(([role, text, author], i) => ({ id: `demo-1:${i}`, sessionId: 'demo-1', seq: i, role, text, at: T0 + i * 20_000, ...(author ? { author } : {}) }));

let root: Root | undefined;
let container: HTMLElement;

beforeEach(async () => {
  await wipeEverything(db);
  await db.sessions.add(SESSION);
  await db.messages.bulkAdd(MESSAGES);
});

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

async function render() {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<RecordsView lang="en" />));
  return container;
}

/** Live queries resolve asynchronously; poll until the DOM shows what is expected. */
async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const found = find();
    if (found) return found;
    await act(async () => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// jsdom's File has no text(); the picker only needs the name and the text.
const textFile = (name: string, text: string) => ({ name, text: async () => text });
const click = (el: Element) => act(async () => (el as HTMLElement).click());
const all = (el: ParentNode, sel: string) => Array.from(el.querySelectorAll(sel));

async function openRecord(el: HTMLElement) {
  const row = await until(() => el.querySelector('[data-testid="record-row"]'), 'the record row');
  await click(row);
  return until(() => el.querySelector('[data-testid="record-detail"]'), 'the record detail');
}

describe('RecordsView', () => {
  it('lists each record with bank, channel, outcome, agent and message count', async () => {
    const el = await render();
    const row = await until(() => el.querySelector('[data-testid="record-row"]'), 'the record row');
    const text = row.textContent!;
    for (const part of ['Demo Bank', 'Web chat', 'Open', '李娜 · 8823', '5 messages']) expect(text).toContain(part);
  });

  it('proposes the reference and the agent from the transcript, and stores them only once confirmed', async () => {
    const el = await render();
    const detail = await openRecord(el);
    const suggestions = await until(() => all(detail, '[data-testid="suggestion"]').length > 0 && all(detail, '[data-testid="suggestion"]'), 'suggestions');
    const ref = suggestions.find((s) => s.getAttribute('data-kind') === 'reference')!;
    expect(ref.textContent).toContain('HX20261123001');
    expect(suggestions.find((s) => s.getAttribute('data-kind') === 'agent')?.textContent).toContain('8823');
    expect((await db.sessions.get('demo-1'))?.references).toBeUndefined();
    await click(ref.querySelector('[data-testid="suggestion-accept"]')!);
    await until(() => detail.querySelector('[data-testid="reference"]'), 'the confirmed reference');
    expect((await db.sessions.get('demo-1'))?.references).toEqual([
      { kind: expect.any(String), value: 'HX20261123001', confirmed: true, sourceMessageId: 'demo-1:2' },
    ]);
    expect(all(detail, '[data-testid="suggestion"][data-kind="reference"]')).toHaveLength(0);
  });

  it('remembers a dismissed suggestion instead of proposing it again', async () => {
    const el = await render();
    const detail = await openRecord(el);
    const dates = () => all(detail, '[data-testid="suggestion"][data-kind="date"]');
    const date = await until(() => dates().find((d) => d.textContent!.includes('2026-12-25')), 'the 25 December suggestion');
    const before = dates().length;
    await click(date.querySelector('[data-testid="suggestion-dismiss"]')!);
    await until(() => dates().length === before - 1, 'the date to go');
    expect(dates().some((d) => d.textContent!.includes('2026-12-25'))).toBe(false);
    const stored = await db.settings.get(dismissedKey('demo-1'));
    expect(stored?.value).toEqual([expect.stringMatching(/^date:2026-12-25\|/)]);
  });

  it('accepting a promised call back creates a follow-up', async () => {
    const el = await render();
    const detail = await openRecord(el);
    // The transcript also promises a payment day and the agreement by post; this test accepts the call back.
    const promise = await until(
      () => Array.from(detail.querySelectorAll('[data-testid="suggestion"][data-kind="followUp"]')).find((el) => el.textContent?.includes('回电')),
      'the call-back suggestion',
    );
    await click(promise.querySelector('[data-testid="suggestion-accept"]')!);
    await until(() => detail.querySelector('[data-testid="follow-up"]'), 'the follow-up');
    const followUps = await db.followUps.where('sessionId').equals('demo-1').toArray();
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ source: 'transcript', done: false, sourceMessageId: 'demo-1:4' });
  });

  it('renders page text as text, never as markup', async () => {
    const el = await render();
    const detail = await openRecord(el);
    const transcript = detail.querySelector('details.rec-transcript') as HTMLDetailsElement;
    expect(transcript.querySelector('.transcript')).toBeNull();
    await act(async () => {
      transcript.open = true;
      transcript.dispatchEvent(new Event('toggle'));
    });
    await until(() => transcript.querySelector('.transcript'), 'the transcript to render once opened');
    expect(detail.querySelector('img')).toBeNull();
    expect(detail.textContent).toContain('<img src=x onerror=alert(1)>谢谢');
  });

  it('deletes a record only after the confirm step, and everything of it with it', async () => {
    await db.followUps.add({ id: 'f1', sessionId: 'demo-1', dueAt: T0 + 86_400_000, title: 'call back', source: 'user', done: false });
    const el = await render();
    const detail = await openRecord(el);
    await click(detail.querySelector('[data-testid="delete-record"]')!);
    expect(await db.sessions.count()).toBe(1);
    const confirm = await until(() => detail.querySelector('[data-testid="delete-record-confirm"]'), 'the confirm button');
    await click(confirm);
    await until(() => el.querySelector('.rec-list'), 'the list again');
    expect([await db.sessions.count(), await db.messages.count(), await db.followUps.count()]).toEqual([0, 0, 0]);
  });

  it('saves a manual entry for a phone call as a record with the bank line', async () => {
    const el = await render();
    await click(await until(() => el.querySelector('[data-testid="record-new"]'), 'the new button'));
    const form = el.querySelector('[data-testid="manual-entry"]')!;
    const setValue = async (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
      await act(async () => input.dispatchEvent(new Event('input', { bubbles: true })));
    };
    const inputs = all(form, 'input') as HTMLInputElement[];
    await setValue(inputs[1]!, '招商银行');
    await setValue(inputs[2]!, '王经理');
    await setValue(form.querySelector('textarea')!, '同意分24期，3个工作日内回电确认。');
    await click(form.querySelector('[data-testid="manual-save"]')!);
    await until(() => el.querySelector('[data-testid="record-detail"]'), 'the new record');
    const manual = (await db.sessions.toArray()).find((s) => s.channel === 'phone')!;
    expect(manual).toMatchObject({ bankName: '招商银行', agentName: '王经理', siteId: 'manual', outcome: 'open' });
    expect(await db.messages.where('sessionId').equals(manual.id).toArray()).toMatchObject([{ role: 'agent', text: '同意分24期，3个工作日内回电确认。' }]);
  });

  it('refuses a bad file in the restore tool with the reason, and changes nothing', async () => {
    const el = await render();
    const input = await until(() => el.querySelector('[data-testid="restore-file"]') as HTMLInputElement | null, 'the restore input');
    const file = textFile('bad.json', '{"format":"parley.backup","version":1,"exportedAt":"2026-11-23T09:00:00.000Z","tables":{"sessions":"oops"}}');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    const result = await until(() => el.querySelector('[data-testid="restore-result"]'), 'the restore result');
    expect(result.getAttribute('data-ok')).toBe('false');
    expect(result.textContent).toContain('bad.json cannot be imported');
    expect(result.textContent).toContain('tables.sessions');
    expect(await db.sessions.count()).toBe(1);
  });

  it('restores a backup without its settings unless the box is ticked, and says which settings were left out', async () => {
    const { backupOutputFile } = await import('../../lib/db/backup');
    await db.settings.put({ key: 'capture.paused', value: true });
    await db.settings.put({ key: 'pinnedPhrases', value: ['p1'] });
    const backup = (await backupOutputFile(db, { now: T0 })).content;
    await wipeEverything(db);
    const el = await render();
    const input = await until(() => el.querySelector('[data-testid="restore-file"]') as HTMLInputElement | null, 'the restore input');
    const box = el.querySelector('[data-testid="restore-settings"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(el.querySelector('[data-testid="restore-settings-hint"]')?.textContent).toContain('stay exactly as they are');
    const restore = async () => {
      Object.defineProperty(input, 'files', { value: [textFile('backup.json', backup)], configurable: true });
      await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
      return until(() => el.querySelector('[data-testid="restore-result"][data-ok="true"]'), 'the restore result');
    };
    const first = await restore();
    expect(await db.messages.count()).toBe(MESSAGES.length);
    expect(await db.settings.get('capture.paused')).toBeUndefined();
    expect(first.querySelector('[data-testid="restore-settings-left-out"]')?.textContent).toContain('capture.paused, pinnedPhrases');
    await click(box);
    expect(box.checked).toBe(true);
    await restore();
    await until(() => !el.querySelector('[data-testid="restore-settings-left-out"]'), 'no settings left out');
    expect((await db.settings.get('capture.paused'))?.value).toBe(true);
    expect(await loadPinned(db)).toEqual(['p1']);
  });

  it('verifies a file in the panel: ok for an untouched export, names the place of a change', async () => {
    const { exportJson } = await import('../../lib/records/export/json');
    const file = await exportJson([{ session: SESSION, messages: MESSAGES }], { now: T0 });
    const el = await render();
    const input = await until(() => el.querySelector('[data-testid="verify-file"]') as HTMLInputElement | null, 'the verify input');
    const verify = async (text: string) => {
      Object.defineProperty(input, 'files', { value: [textFile(file.filename, text)], configurable: true });
      await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
      return until(() => el.querySelector('[data-testid="verify-result"]'), 'the verify result');
    };
    expect((await verify(file.content)).getAttribute('data-ok')).toBe('true');
    const tampered = file.content.replace('受理编号 HX20261123001', '受理编号 HX20261123999');
    expect(tampered).not.toBe(file.content);
    await verify(tampered);
    await until(() => el.querySelector('[data-testid="verify-result"][data-ok="false"]'), 'a failed check');
    const problem = el.querySelector('[data-testid="verify-problem"]')!;
    expect(problem.getAttribute('data-kind')).toBe('changed');
    expect(problem.textContent).toContain('message #2');
    expect(el.querySelector('[data-testid="verify-explainer"]')?.textContent).toContain('does not prove the bank said any of it');
  });
});
