import { describe, expect, it } from 'vitest';
import { counterOffers } from '../../lib/negotiate/ladder';
import type { Budget, Debt } from '../../lib/negotiate/types';
import { distinctRungs, groupReason } from '../../lib/ui/ladder-rungs';

const debt: Debt = { currency: 'CNY', principal: 2_860_000, interest: 286_000, fees: 0, penalties: 102_000, market: 'CN' };
const roomy: Budget = { monthlyIncome: 800_000, essentialSpending: 560_000, otherDebtPayments: 120_000, cashNow: 200_000 };

describe('distinctRungs', () => {
  it('keeps three rungs when the ladder has three different plans', () => {
    const ladder = counterOffers({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075 }, debt, roomy);
    const groups = distinctRungs(ladder);
    expect(groups.map((g) => g.names)).toEqual([['opening'], ['target'], ['walkAway']]);
    expect(groups.map((g) => g.voice)).toEqual(['opening', 'target', 'walkAway']);
    expect(groups.map((g) => groupReason(g, 'en'))).toEqual([ladder.opening.reason.en, ladder.target.reason.en, ladder.walkAway.reason.en]);
  });

  it("merges rungs that came out as the same plan, and speaks with the target's words", () => {
    // ¥1,200 a month and ¥2,000 in cash cannot carry a settlement above the floor: the ladder collapses.
    const ladder = counterOffers({ kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal' }, debt, roomy);
    const groups = distinctRungs(ladder);
    const same = ladder.opening.analysis.totalPaid === ladder.walkAway.analysis.totalPaid && ladder.opening.offer.settlementInstallments === ladder.walkAway.offer.settlementInstallments;
    expect(same).toBe(true);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ names: ['opening', 'target', 'walkAway'], voice: 'target' });
    expect(groups[0]!.rung).toBe(ladder.walkAway);
    expect(groupReason(groups[0]!, 'zh')).toBe(ladder.walkAway.reason.zh);
    // No rung word in the reason: the label beside it names the rungs.
    expect(groupReason(groups[0]!, 'zh')).not.toMatch(/^(开价|目标|底线)：/);
    expect(groupReason(groups[0]!, 'en')).not.toMatch(/^(Opening ask|Target|Walk-away):/);
  });

  it('merges only neighbours with equal plans', () => {
    const ladder = counterOffers({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075 }, debt, roomy);
    const groups = distinctRungs({ opening: ladder.opening, target: ladder.walkAway, walkAway: ladder.walkAway });
    expect(groups.map((g) => g.names)).toEqual([['opening'], ['target', 'walkAway']]);
    expect(groups[1]!.voice).toBe('target');
  });
});
