import { describe, expect, it } from 'vitest';
import { offerVerdict, wholeMoney } from '../../lib/negotiate/verdict';

describe('offer verdict', () => {
  it.each([
    // monthly, budget, cost beyond principal → tone, zh, en
    [159_701, 120_000, 972_600, 'over', '每月超出预算 ¥397，比本金多付 ¥9,726', '¥397 a month over your budget; costs ¥9,726 beyond the principal'],
    [81_714, 120_000, 41_100, 'fits', '在预算内，每月还余 ¥383，比本金多付 ¥411', 'Within your budget, ¥383 a month to spare; costs ¥411 beyond the principal'],
    [120_000, 120_000, 0, 'fits', '每月正好等于预算，不多付本金以外的钱', 'Exactly your monthly budget; nothing beyond the principal'],
    [2_002_000, 120_000, -858_000, 'over', '每月超出预算 ¥18,820，比本金少付 ¥8,580', '¥18,820 a month over your budget; ¥8,580 less than the principal'],
  ] as const)('%i a month against %i, cost %i', (monthly, budget, cost, tone, zh, en) => {
    expect(offerVerdict({ currency: 'CNY', monthly, budget, costBeyondPrincipal: cost }, 'zh')).toEqual({ tone, text: zh });
    expect(offerVerdict({ currency: 'CNY', monthly, budget, costBeyondPrincipal: cost }, 'en')).toEqual({ tone, text: en });
  });

  it('says only the cost, with no verdict on the budget, when the person has entered no figures', () => {
    expect(offerVerdict({ currency: 'USD', monthly: 81_714, costBeyondPrincipal: 972_649 }, 'en')).toEqual({ tone: 'neutral', text: 'Costs $9,726 beyond the principal' });
    expect(offerVerdict({ currency: 'CNY', monthly: 81_714, costBeyondPrincipal: 972_649 }, 'zh')).toEqual({ tone: 'neutral', text: '比本金多付 ¥9,726' });
  });

  it('rounds to whole units half up, and keeps cents under one unit', () => {
    expect(wholeMoney(39_750, 'CNY', 'en')).toBe('¥398');
    expect(wholeMoney(39_749, 'CNY', 'en')).toBe('¥397');
    expect(wholeMoney(42, 'GBP', 'en')).toBe('£0.42');
  });
});
