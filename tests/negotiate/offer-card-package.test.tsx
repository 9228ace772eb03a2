// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { OfferCard } from '../../components/offer/OfferCard';
import type { Profile } from '../../lib/db/database';
import { parseOffer } from '../../lib/negotiate/index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const profile: Profile = {
  id: 'me',
  updatedAt: 0,
  debt: { currency: 'CNY', principal: 2860000, interest: 286000, fees: 0, penalties: 102000, market: 'CN' },
  budget: { monthlyIncome: 800000, essentialSpending: 560000, otherDebtPayments: 120000, cashNow: 200000 },
};

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

describe('OfferCard with a deferral then a plan', () => {
  it('shows one card: the plan, headed by its deferral', () => {
    const offers = parseOffer('可以先延期3个月，之后再分12期，每期手续费0.6%。');
    expect(offers).toHaveLength(2);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() =>
      root!.render(
        <>
          {offers.map((offer, i) => (
            <OfferCard key={i} offer={offer} profile={profile} lang="zh" onInsert={async () => true} />
          ))}
        </>,
      ),
    );
    const cards = container.querySelectorAll('[data-testid="offer-card"]');
    expect(cards).toHaveLength(1);
    // One line for the package: the deferral, then the plan whose schedule starts after it.
    expect(cards[0]!.querySelector('[data-testid="offer-package"]')?.textContent).toMatch(/^先延期3个月，之后\d+期 · /);
  });
});
