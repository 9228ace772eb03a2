import { describe, expect, it } from 'vitest';
import { analyzeOffer } from '../../lib/negotiate/analyze';
import { rungDiff, rungReasonText, type RungDiff } from '../../lib/negotiate/rung-reason';
import type { Budget, Debt } from '../../lib/negotiate/types';

const base: RungDiff = {
  rung: 'opening',
  isBank: false,
  currency: 'CNY',
  settlement: false,
  paidLess: 972_640,
  monthlyLess: 77_977,
  newWaivers: [],
  affordable: true,
  overBudget: 0,
  withinMargin: true,
  marginShare: 0.9,
};

describe('rungReasonText: what is different about each rung, never the plan', () => {
  it.each<[string, Partial<RungDiff>, string, string]>([
    [
      'opening: saves overall and monthly, asks for waivers',
      { newWaivers: ['penalty', 'late-fee'] },
      '比银行方案少付¥9,726.40，每月少付¥779.77，另请减免罚息、违约金——先提最有利的条件，留出让步空间',
      "¥9,726.40 less in total than the bank's offer, ¥779.77 less a month, with penalty interest and late fees waived — start from the best terms to leave room to give way",
    ],
    [
      'target within the margin, over more months',
      { rung: 'target', paidLess: 434_960, monthlyLess: 53_508, length: { rung: 32, bank: 24 } },
      '比银行方案少付¥4,349.60，每月少付¥535.08，多分8期——真正要争取的条件：月供不超过可负担额的90%，留有余量',
      "¥4,349.60 less in total than the bank's offer, ¥535.08 less a month, 8 more months — the terms to settle on: the bill stays within 90% of what you can spare, leaving some slack",
    ],
    [
      'target that no plan can bring within the margin',
      { rung: 'target', withinMargin: false, paidLess: 0, monthlyLess: 20_000 },
      '总额与银行方案相同，每月少付¥200.00——规则内最宽松的条件，月供仍超出舒适范围',
      "The same total as the bank's offer, ¥200.00 less a month — the most lenient terms the rules allow, though the bill is still above a comfortable level",
    ],
    [
      'walk-away that costs more overall to lower the bill: the trade-off is said with "but"',
      { rung: 'walkAway', paidLess: -120_000, monthlyLess: 40_000, length: { rung: 36, bank: 24 } },
      '比银行方案总共多付¥1,200.00，但每月少付¥400.00，多分12期——仍在预算内的最低限度，比这更差就先别答应',
      "¥1,200.00 more in total than the bank's offer, but ¥400.00 less a month, 12 more months — the least you can accept within your budget; do not agree to anything worse",
    ],
    [
      'walk-away still over budget',
      { rung: 'walkAway', affordable: false, overBudget: 42_400, paidLess: 100_000, monthlyLess: 0 },
      '比银行方案少付¥1,000.00——即使这样每月仍超出预算¥424.00，需要说明困难争取更多减免',
      "¥1,000.00 less in total than the bank's offer — even this is ¥424.00 a month over your budget; explain the hardship and ask for more relief",
    ],
    [
      'settlement in more parts: payments "at a time", not "a month"',
      { settlement: true, paidLess: 1_027_600, monthlyLess: 1_839_600, length: { rung: 6, bank: 1 } },
      '比银行方案少付¥10,276.00，单次少付¥18,396.00，多分5次——先提最有利的条件，留出让步空间',
      "¥10,276.00 less in total than the bank's offer, ¥18,396.00 less at a time, 5 more payments — start from the best terms to leave room to give way",
    ],
    [
      'fewer months, one of them: singular',
      { rung: 'target', paidLess: 5_000, monthlyLess: -3_000, length: { rung: 11, bank: 12 } },
      '比银行方案少付¥50.00，但每月多付¥30.00，少分1期——真正要争取的条件：月供不超过可负担额的90%，留有余量',
      "¥50.00 less in total than the bank's offer, but ¥30.00 more a month, 1 fewer month — the terms to settle on: the bill stays within 90% of what you can spare, leaving some slack",
    ],
    ['the bank’s own offer as the target', { rung: 'target', isBank: true }, '银行的方案已经合适，不必再让步', "The bank's own offer already works; there is no need to give way further"],
    ['the bank’s own offer as the walk-away', { rung: 'walkAway', isBank: true }, '银行的方案在预算内：比它更差的条件先别答应', "The bank's offer fits your budget: do not agree to anything worse"],
    [
      'the bank’s own offer as a walk-away over budget',
      { rung: 'walkAway', isBank: true, affordable: false, overBudget: 15_000, currency: 'USD' },
      '银行的方案每月仍超出预算$150.00：说明困难，争取更多减免',
      "The bank's offer is still $150.00 a month over your budget: explain the hardship and ask for more relief",
    ],
  ])('%s', (_name, patch, zh, en) => {
    expect(rungReasonText({ ...base, ...patch })).toEqual({ zh, en });
  });
});

describe('rungDiff measures a rung against the bank’s offer', () => {
  const debt: Debt = { currency: 'CNY', principal: 2_860_000, interest: 286_000, fees: 0, penalties: 102_000, market: 'CN' };
  const budget: Budget = { monthlyIncome: 800_000, essentialSpending: 560_000, otherDebtPayments: 120_000, cashNow: 200_000 };
  const bank = analyzeOffer({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 2_860_000, waives: ['late-fee'] }, debt, budget);
  const frozen = analyzeOffer({ kind: 'interest-frozen', periods: 36, monthlyFeeRate: 0, amount: 2_860_000, waives: ['interest', 'penalty', 'late-fee'] }, debt, budget);

  it('totals, the largest bill, months and the waivers the bank did not grant', () => {
    const d = rungDiff('opening', frozen, bank, { withinMargin: true, marginShare: 0.9 });
    expect(d.paidLess).toBe(bank.totalPaid - frozen.totalPaid);
    expect(d.paidLess).toBeGreaterThan(0);
    expect(d.monthlyLess).toBe(bank.maxMonthlyPayment - frozen.maxMonthlyPayment);
    expect(d.length).toEqual({ rung: 36, bank: 24 });
    expect(d.newWaivers).toEqual(['interest', 'penalty']);
    expect(d.isBank).toBe(false);
  });

  it('the bank against itself: nothing differs', () => {
    const d = rungDiff('walkAway', bank, bank, { withinMargin: false, marginShare: 0.9 });
    expect(d).toMatchObject({ isBank: true, paidLess: 0, monthlyLess: 0, newWaivers: [] });
    expect(d.length).toBeUndefined();
    expect(d.overBudget).toBe(Math.max(0, -bank.monthlyHeadroom));
  });
});
