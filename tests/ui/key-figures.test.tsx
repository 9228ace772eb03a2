// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('offer card key figures', () => {
  it('leads with a one-line verdict against the budget and the cost beyond the principal', () => {
    const offer: Offer = { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 3248000, currency: 'CNY' };
    const el = render(<OfferCard offer={offer} profile={profile} lang="en" onInsert={async () => true} />);
    expect(el.querySelector('[data-testid="offer-verdict"]')?.textContent).toMatch(/^¥\d[\d,]* a month over your budget; costs ¥[\d,]+ beyond the principal$/);
    expect(el.querySelector('.verdict--over')).not.toBeNull();
    expect(el.querySelector('[data-testid="key-apr"]')?.textContent).toMatch(/^16\.\d\d%$/);
  });

  it('says nothing, rather than "nothing beyond the principal", for an offer with no amount and no figures of the person', () => {
    const offer: Offer = { kind: 'installment', periods: 36, monthlyFeeRate: 0.006, currency: 'CNY' };
    const el = render(<OfferCard offer={offer} profile={undefined} lang="en" onInsert={async () => true} />);
    expect(el.querySelector('[data-testid="offer-verdict"]')).toBeNull();
    expect(el.textContent).not.toMatch(/Nothing beyond the principal/);
    // No bill either: '¥0.00' a month beside the agent's own figure read as a plan that costs nothing.
    expect(el.querySelector('[data-testid="key-monthly"]')?.textContent).toBe('—');
    expect(el.querySelector('.offer-figures')?.textContent).not.toMatch(/¥0\.00/);
  });

  it('folds to one line when a newer offer arrives, and opens again on click', () => {
    const offer: Offer = { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 3248000, currency: 'CNY' };
    const el = render(<OfferCard offer={offer} profile={profile} lang="en" onInsert={async () => true} folded />);
    const card = el.querySelector('[data-testid="offer-card"]')!;
    expect(card.getAttribute('data-folded')).toBe('true');
    expect(el.querySelector('.rung')).toBeNull();
    act(() => (card.querySelector('.link-button') as HTMLButtonElement).click());
    expect(card.getAttribute('data-folded')).toBe('false');
    expect(el.querySelectorAll('.rung').length).toBeGreaterThan(0);
  });
});
