// @vitest-environment jsdom
// A chat with a bank the person lists a debt with: it finds that debt, and its offer card, ladder and suggested
// replies use what the plans agreed with other creditors leave — and say so. An agreement filed in another record
// changes the figure at once.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SessionView } from '../../components/SessionView';
import type { Profile } from '../../lib/db/database';
import { db } from '../../lib/db/instance';
import { wipeEverything } from '../../lib/db/retention';
import type { DebtRow } from '../../lib/debts/types';
import type { SessionRecord } from '../../lib/records/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.now();
const SESSION: SessionRecord = { id: 'chat-2', url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: NOW, updatedAt: NOW };
const OFFER = '根据您的情况，我们可以为您申请账单分期：分24期，每期手续费率0.75%。';
// ¥1,200 a month to spare (8,000 − 5,600 − 1,200).
const PROFILE: Profile = {
  id: 'me',
  updatedAt: 0,
  debt: { currency: 'CNY', principal: 2_860_000, interest: 286_000, fees: 0, penalties: 102_000, market: 'CN' },
  budget: { monthlyIncome: 800_000, essentialSpending: 560_000, otherDebtPayments: 120_000, cashNow: 200_000 },
};
const month = (offset: number) => {
  const d = new Date(NOW);
  const m = d.getFullYear() * 12 + d.getMonth() + offset;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};
const base = { currency: 'CNY' as const, market: 'CN' as const, interest: 0, fees: 0, penalties: 0, daysOverdue: 40, overdueOn: '2026-11-23', recordIds: [], createdAt: 1, updatedAt: 1 };
const CMB: DebtRow = {
  ...base,
  id: 'cmb',
  creditorKind: 'bank',
  siteId: 'cmb',
  creditorName: '招商银行',
  product: 'card',
  principal: 1_000_000,
  status: 'agreed',
  // ¥10,000 over 10 months, no fee: ¥1,000.00 a month from next month.
  agreed: { from: 'typed', offer: { kind: 'installment', periods: 10, monthlyFeeRate: 0 }, firstDue: month(1) },
};
const DEMO: DebtRow = { ...base, id: 'demo-loan', creditorKind: 'bank', siteId: 'demobank', creditorName: '示范银行', product: 'loan', principal: 600_000, interest: 30_000, status: 'negotiating', createdAt: 2 };

/** The "your budget ¥…" figure under the monthly payment. */
const budgetFigure = (el: HTMLElement) => Array.from(el.querySelectorAll('.key-figure small')).find((s) => s.textContent?.startsWith('your budget'))?.textContent;

let root: Root | undefined;
let container: HTMLElement;

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const found = find();
    if (found) return found;
    await act(async () => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function show(debts: DebtRow[], live = true) {
  await db.sessions.add(SESSION);
  await db.messages.add({ id: 'chat-2:0', sessionId: 'chat-2', seq: 0, role: 'agent', text: OFFER, at: NOW });
  await db.debts.bulkAdd(debts);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<SessionView sessionId="chat-2" live={live} profile={PROFILE} onInsert={async () => true} />));
  return container;
}

beforeEach(async () => {
  // The live view's suggestion dock reads the browser's shortcut keys.
  fakeBrowser.commands.getAll = async () => [];
  await wipeEverything(db);
});
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

describe('a chat about one of several debts', () => {
  it('finds its debt by the bank, files the chat under it, and judges the offer on what is left after the other agreement', async () => {
    const el = await show([CMB, DEMO]);
    const note = await until(() => el.querySelector('[data-testid="budget-note"]'), 'the budget note');
    expect(note.textContent).toBe(
      `After the ¥1,000.00 a month agreed with China Merchants Bank, ¥200.00 of the ¥1,200.00 you can pay each month is left for this debt (¥1,200.00 from ${month(11)}).`,
    );
    // The key figure's budget is the same ¥200, and the plan is judged on the loan's own ¥6,300 balance:
    // ¥262.50 of principal and ¥47.25 of fee a month.
    expect(budgetFigure(el)).toBe('your budget ¥200.00');
    expect(el.querySelector('.offer-card__plan')?.textContent).toContain('¥309.75 a month');
    expect((el.querySelector('[data-testid="debt-link-select"]') as HTMLSelectElement).value).toBe('demo-loan');
    let stored: string[] = [];
    await until(() => {
      void db.debts.get('demo-loan').then((d) => (stored = d!.recordIds));
      return stored.length > 0;
    }, 'the chat filed under the loan');
    expect(stored).toEqual(['chat-2']);
  });

  it('a plan agreed in another record changes this chat’s budget at once', async () => {
    const openCmb = { ...CMB, status: 'negotiating' as const, agreed: undefined, recordIds: ['chat-1'] };
    await db.sessions.add({ id: 'chat-1', url: 'https://www.cmbchina.com/', siteId: 'cmb', vendor: 'generic', startedAt: NOW - 86_400_000 });
    const el = await show([openCmb, DEMO]);
    await until(() => budgetFigure(el) === 'your budget ¥1,200.00', 'the whole budget first');
    expect(el.querySelector('[data-testid="budget-note"]')).toBeNull();
    // The person files the agreed terms in the China Merchants Bank record (as the agreement summary does).
    await act(async () => {
      await db.sessions.update('chat-1', { agreedTerms: { kind: 'installment', periods: 10, monthlyFeeRate: 0, confirmed: false }, outcome: 'agreed' });
    });
    const note = await until(() => el.querySelector('[data-testid="budget-note"]'), 'the note after the agreement');
    expect(note.textContent).toMatch(/^After the ¥1,000\.00 a month agreed with China Merchants Bank, ¥200\.00 of the ¥1,200\.00/);
  });

  it('with two debts at the bank and neither agreed, asks which one the chat is about, and uses the choice', async () => {
    const card = { ...DEMO, id: 'demo-card', product: 'card' as const, principal: 2_000_000, createdAt: 3 };
    const el = await show([CMB, DEMO, card]);
    await until(() => el.querySelector('[data-testid="debt-link"] .hint'), 'the question');
    const select = el.querySelector('[data-testid="debt-link-select"]') as HTMLSelectElement;
    expect(select.value).toBe('');
    await act(async () => {
      select.value = 'demo-card';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // ¥20,300 over 24 months: ¥845.83 of principal and ¥152.25 of fee a month.
    await until(() => el.querySelector('.offer-card__plan')?.textContent?.includes('¥998.08'), 'the card’s own balance');
    expect((await db.debts.get('demo-card'))!.recordIds).toEqual(['chat-2']);
  });

  it('without any listed debt, the chat is judged as before', async () => {
    const el = await show([]);
    await until(() => budgetFigure(el), 'the key figures');
    expect(el.querySelector('[data-testid="debt-link"]')).toBeNull();
    expect(budgetFigure(el)).toBe('your budget ¥1,200.00');
  });
});

describe('a record about one of several debts', () => {
  it('says which debt it is about, and schedules its agreed terms on that debt’s balance', async () => {
    const { RecordsView } = await import('../../components/records/RecordsView');
    await db.profile.put(PROFILE);
    await db.sessions.add({ ...SESSION, id: 'rec-1', agreedTerms: { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, confirmed: false }, outcome: 'agreed' });
    await db.debts.bulkAdd([{ ...DEMO, recordIds: ['rec-1'] }]);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root!.render(<RecordsView lang="en" />));
    const row = await until(() => container.querySelector('[data-testid="record-row"]'), 'the record row');
    await act(async () => (row as HTMLElement).click());
    const detail = await until(() => container.querySelector('[data-testid="record-detail"]'), 'the record');
    const select = await until(() => detail.querySelector('[data-testid="debt-link-select"]') as HTMLSelectElement | null, 'the debt line');
    expect(select.value).toBe('demo-loan');
    // 24 × (¥262.50 + ¥47.25) on the loan's ¥6,300, not on the Plan's ¥32,480.
    const sum = await until(() => detail.querySelector('.rec-agreed__sum')?.textContent, 'the schedule');
    expect(sum).toContain('¥7,434.00');
  });
});
