// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfferCard } from '../../components/offer/OfferCard';
import type { Profile } from '../../lib/db/database';
import type { Offer } from '../../lib/negotiate/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const profile: Profile = {
  id: 'me',
  updatedAt: 0,
  debt: { currency: 'CNY', principal: 2860000, interest: 286000, fees: 0, penalties: 102000, market: 'CN' },
  budget: { monthlyIncome: 800000, essentialSpending: 560000, otherDebtPayments: 120000, cashNow: 200000 },
};
const bankOffer: Offer = { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 3248000, currency: 'CNY' };

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(node));
  return container;
}

describe('OfferCard', () => {
  it('shows one rung, not three copies, when the budget leaves a single plan to propose', () => {
    const settlement: Offer = { kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal', currency: 'CNY' };
    const el = render(<OfferCard offer={settlement} profile={profile} lang="en" onInsert={async () => true} />);
    // 70 % of the ¥28,600 principal, and the base named.
    expect(el.querySelector('.offer-card__plan')?.textContent).toContain('¥20,020.00 in one payment (70% of the principal)');
    const rungs = el.querySelectorAll('.rung');
    expect(rungs).toHaveLength(1);
    expect(rungs[0]!.getAttribute('data-rungs')).toBe('opening target walkAway');
    expect(rungs[0]!.querySelector('.rung__name')?.textContent).toBe('The one plan to propose');
    // Bank, the one plan, doing nothing.
    expect(el.querySelectorAll('.cost-chart__row')).toHaveLength(3);
  });

  it('shows the plan, the true annual rate, flags and a three-rung ladder with ready replies', () => {
    const el = render(<OfferCard offer={bankOffer} profile={profile} lang="zh" onInsert={async () => true} />);
    expect(el.querySelector('.offer-card__plan')?.textContent).toContain('24期');
    const figures = el.querySelector('.offer-figures')!.textContent!;
    expect(figures).toMatch(/\d+\.\d{2}%/);
    expect(el.querySelectorAll('.rung')).toHaveLength(3);
    for (const reply of Array.from(el.querySelectorAll('.reply__text'))) {
      expect(reply.textContent).not.toMatch(/undefined|NaN|\{|\}/);
      expect(reply.textContent!.length).toBeGreaterThan(10);
    }
    // ¥1,596.93 a month against ¥1,200 affordable: over budget is flagged.
    expect(el.querySelector('.flag--danger')).not.toBeNull();
    expect(el.querySelector('.cost-chart svg')?.querySelectorAll('rect')).toHaveLength(5);
  });

  it('inserts the chosen rung reply through the callback and reports it was not sent', async () => {
    const onInsert = vi.fn(async () => true);
    const el = render(<OfferCard offer={bankOffer} profile={profile} lang="en" onInsert={onInsert} />);
    const target = el.querySelector('[data-testid="rung-target"]')!;
    const expected = target.querySelector('.reply__text')!.textContent;
    await act(async () => (target.querySelector('.btn--primary') as HTMLButtonElement).click());
    expect(onInsert).toHaveBeenCalledWith(expected);
    expect(target.querySelector('.reply__state')?.textContent).toMatch(/send it yourself/);
  });

  it('without the user figures, judges the cost only and asks for the profile', () => {
    const el = render(<OfferCard offer={bankOffer} profile={undefined} lang="en" onInsert={async () => true} />);
    expect(el.querySelectorAll('.rung')).toHaveLength(0);
    expect(el.querySelector('.hint')?.textContent).toMatch(/Plan/);
    expect(el.querySelector('.offer-figures')?.textContent).toMatch(/%/);
  });
});
