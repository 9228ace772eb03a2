// @vitest-environment jsdom
// The Plan's debts: the budget left after agreed plans, each debt's card, which to negotiate first, the split, the
// timeline and What if — and a debt added through the form as a person would.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DebtsSection } from '../../components/debts/DebtsSection';
import type { Profile } from '../../lib/db/database';
import { db } from '../../lib/db/instance';
import { wipeEverything } from '../../lib/db/retention';
import type { DebtRow } from '../../lib/debts/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.now();
const month = (offset: number) => {
  const d = new Date(NOW);
  const m = d.getFullYear() * 12 + d.getMonth() + offset;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};
const today = new Date(NOW - new Date(NOW).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const PROFILE: Profile = {
  id: 'me',
  updatedAt: 0,
  debt: { currency: 'CNY', principal: 2_860_000, interest: 286_000, fees: 0, penalties: 102_000, market: 'CN' },
  // ¥1,450 a month to spare.
  budget: { monthlyIncome: 800_000, essentialSpending: 535_000, otherDebtPayments: 120_000, cashNow: 200_000 },
};
const base = { currency: 'CNY' as const, market: 'CN' as const, interest: 0, fees: 0, penalties: 0, overdueOn: today, recordIds: [], updatedAt: 1 };
const DEBTS: DebtRow[] = [
  {
    ...base,
    id: 'cmb',
    creditorKind: 'bank',
    siteId: 'cmb',
    creditorName: '招商银行',
    product: 'card',
    principal: 1_000_000,
    daysOverdue: 50,
    status: 'agreed',
    agreed: { from: 'typed', offer: { kind: 'installment', periods: 10, monthlyFeeRate: 0 }, firstDue: month(1) },
    createdAt: 1,
  },
  { ...base, id: 'icbc', creditorKind: 'bank', siteId: 'icbc', creditorName: '中国工商银行', product: 'card', principal: 3_000_000, interest: 150_000, daysOverdue: 85, status: 'negotiating', createdAt: 2 },
  {
    ...base,
    id: 'huabei',
    creditorKind: 'lending-app',
    siteId: 'alipay',
    creditorName: '支付宝 / 花呗',
    product: 'online-lending',
    principal: 500_000,
    daysOverdue: 20,
    rate: { value: 0.18, per: 'year' },
    status: 'not-contacted',
    proposed: { offer: { kind: 'installment', periods: 10, monthlyFeeRate: 0 } },
    createdAt: 3,
  },
];

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
const click = (el: Element | null) => act(async () => (el as HTMLElement).click());
const q = (sel: string) => container.querySelector(sel);
function type(sel: string, value: string) {
  const input = q(sel) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

async function show(debts: DebtRow[]) {
  await db.debts.bulkAdd(debts);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<DebtsSection profile={PROFILE} lang="en" />));
  await until(() => q('[data-testid="debts"]'), 'the debts section');
  return container;
}

beforeEach(async () => wipeEverything(db));
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

describe('the Plan’s debts', () => {
  it('shows the budget left after the agreed plan and one card per debt with where it stands', async () => {
    await show(DEBTS);
    await until(() => container.querySelectorAll('[data-testid="debt-card"]').length === 3, 'three cards');
    expect(q('[data-testid="debts-budget"]')!.textContent).toBe('You can pay each month¥1,450.00Already agreed (largest month)¥1,000.00Left for the next negotiation¥450.00');
    const cards = Array.from(container.querySelectorAll('[data-testid="debt-card"]')).map((c) => c.textContent);
    expect(cards[0]).toMatch(/^China Merchants BankCredit cardAgreed/);
    expect(cards[0]).toContain('Agreed: 10 months');
    expect(cards[1]).toContain('85 days overdue · M3');
    expect(cards[2]).toContain('To propose: 10 months');
  });

  it('ranks the open debts with reasons and sources, the agreed one apart', async () => {
    await show(DEBTS);
    const items = await until(() => (container.querySelectorAll('[data-testid="rank-item"]').length === 2 ? container.querySelectorAll('[data-testid="rank-item"]') : null), 'the ranking');
    expect(items[0]!.textContent).toMatch(/^1ICBCM3/);
    expect(items[0]!.textContent).toContain('M4+ in 6 days');
    expect(items[0]!.textContent).toContain('Source: Chinese bank practice');
    expect(items[1]!.textContent).toMatch(/^2Alipay \/ HuabeiM1/);
    expect(q('[data-testid="debts-ranking"]')!.textContent).toContain('Already agreed or paid: China Merchants Bank · Agreed');
  });

  it('splits what is left both ways and says the difference', async () => {
    await show(DEBTS);
    await click(await until(() => q('[data-testid="debts-view-split"]'), 'the split tab'));
    const highest = await until(() => q('[data-testid="split-highest"]'), 'the split');
    expect(q('[data-testid="debts-split"] h3')!.textContent).toBe('How to split what is left: ¥450.00 a month');
    // Both get their 60-month floor (¥525, ¥83.34 …) only as far as ¥450 goes: the budget is short.
    expect(q('[data-testid="debts-split"] .flag--warning')!.textContent).toMatch(/short of the least every creditor would ask/);
    expect(highest.textContent).toMatch(/ICBC¥\d/);
    expect(q('[data-testid="split-smallest"]')!.textContent).toMatch(/Huabei¥\d/);
  });

  it('draws the months ahead, agreed and proposed, against what the person can pay', async () => {
    await show(DEBTS);
    await click(await until(() => q('[data-testid="debts-view-timeline"]'), 'the timeline tab'));
    const chart = await until(() => q('[data-testid="debts-timeline"]'), 'the chart');
    // Ten months of ¥1,000 agreed and ¥500 proposed: ¥1,500 a month, over the ¥1,450.
    expect(chart.querySelectorAll('g[data-month] rect')).toHaveLength(20);
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).toContain('Largest month ¥1,500.00');
    expect(q('[data-testid="timeline-over"]')!.textContent).toBe('10 months ask more than you can pay.');
  });

  it('what if: a longer plan for one debt leaves more for the other, and can be kept as its proposal', async () => {
    await show(DEBTS);
    await click(await until(() => q('[data-testid="debts-view-what-if"]'), 'the what-if tab'));
    await until(() => q('#what-if-debt'), 'the debt choice');
    await act(async () => type('#what-if-debt', 'huabei'));
    await act(async () => type('[data-testid="what-if-plan"]', '分20期，每期手续费率0%'));
    const table = await until(() => q('[data-testid="what-if-table"]'), 'the comparison');
    expect(table.textContent).toContain('Largest month¥1,500.00¥1,250.00');
    expect(table.textContent).toContain('Months over budget100');
    expect(q('[data-testid="what-if-effect"]')!.textContent).toBe('Left for ICBC¥0.00¥200.00');
    await click(q('[data-testid="what-if-keep"]'));
    await until(() => container.textContent?.includes('To propose: 20 months'), 'the kept proposal on the card');
    expect((await db.debts.get('huabei'))!.proposed!.offer.periods).toBe(20);
  });

  it('adds a debt through the form: a registry bank, its figures and days overdue', async () => {
    await show([]);
    expect(q('[data-testid="debts"]')!.textContent).toContain('No debts listed yet');
    await click(q('[data-testid="debt-add"]'));
    await until(() => q('[data-testid="debt-form"]'), 'the form');
    // The first debt starts from the Plan's own figures.
    expect((q('#debt-principal') as HTMLInputElement).value).toBe('28600');
    await act(async () => type('[data-testid="debt-creditor"]', 'site:cmb'));
    await act(async () => type('#debt-days', '45'));
    await act(async () => type('#debt-principal', '30000'));
    await click(q('[data-testid="debt-save"]'));
    const card = await until(() => q('[data-testid="debt-card"]'), 'the new card');
    expect(card.textContent).toContain('China Merchants Bank');
    expect(card.textContent).toContain('45 days overdue · M2');
    const [row] = await db.debts.toArray();
    expect(row).toMatchObject({ siteId: 'cmb', creditorKind: 'bank', principal: 3_000_000, interest: 286_000, daysOverdue: 45, overdueOn: today, status: 'not-contacted' });
  });

  it('a plan agreed by phone, typed with its first month, comes off the budget of every other debt', async () => {
    await show([DEBTS[1]!]);
    await until(() => q('[data-testid="debts-left"]')?.textContent === '¥1,450.00', 'the whole budget');
    await click(q('[data-testid="debt-edit"]'));
    await until(() => q('[data-testid="debt-form"]'), 'the form');
    await act(async () => type('#debt-agreed', 'typed'));
    await act(async () => type('#debt-agreed-text', '分30期，每期手续费率0%'));
    expect(q('[data-testid="debt-agreed-text-read"]')!.textContent).toBe('30 months · no fee');
    await act(async () => type('#debt-agreed-due', month(1)));
    await act(async () => type('#debt-status', 'agreed'));
    await click(q('[data-testid="debt-save"]'));
    // ¥31,500 over 30 months: ¥1,050 a month, so ¥400 of the ¥1,450 is left.
    await until(() => q('[data-testid="debts-left"]')?.textContent === '¥400.00', 'the budget after the agreement');
    expect((await db.debts.get('icbc'))!.agreed).toEqual({ from: 'typed', offer: expect.objectContaining({ kind: 'installment', periods: 30 }), firstDue: month(1) });
  });

  it('refuses a typed creditor with no name, and stores nothing', async () => {
    await show([]);
    await click(q('[data-testid="debt-add"]'));
    await until(() => q('[data-testid="debt-form"]'), 'the form');
    await act(async () => type('[data-testid="debt-creditor"]', 'typed:other'));
    await click(q('[data-testid="debt-save"]'));
    await until(() => q('.debt-form [role="status"]')?.textContent, 'the error');
    expect(q('.debt-form [role="status"]')!.textContent).toBe('Check this field: Name');
    expect(await db.debts.count()).toBe(0);
  });
});
