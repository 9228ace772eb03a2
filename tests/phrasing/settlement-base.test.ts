import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../lib/phrasing/index';
import type { Debt, Offer } from '../../lib/negotiate/types';
import { BUDGET } from './fixtures';

// Owed: ¥10,000 principal + ¥2,000 interest + ¥500 penalties = ¥12,500.
const debt: Debt = { currency: 'CNY', principal: 1_000_000, interest: 200_000, fees: 0, penalties: 50_000, market: 'CN' };
const ofPrincipal: Offer = { kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal', settlementAmount: 700_000, currency: 'CNY' };

describe('a settlement stated as a share of the principal (本金的七成)', () => {
  it('is restated as a share of the balance where a phrase says "of the balance"', () => {
    for (const lang of ['zh', 'en'] as const) {
      const r = resolveContext({ lang, profile: { debt, budget: BUDGET }, counter: { opening: ofPrincipal, target: ofPrincipal, walkAway: ofPrincipal } });
      // ¥7,000 of ¥12,500 owed is 56 %, not 70 %.
      expect(r.values.target.settlementPercent).toBe('56%');
    }
  });

  it('is summarised with the principal named', () => {
    const noAmount: Offer = { kind: 'settlement', settlementRatio: 0.7, settlementBase: 'principal' };
    const zh = resolveContext({ lang: 'zh', profile: { debt, budget: BUDGET }, offer: noAmount });
    const en = resolveContext({ lang: 'en', profile: { debt, budget: BUDGET }, offer: noAmount });
    expect(zh.values.target.offerSummary).toBe('一次性按本金的70%结清');
    expect(en.values.target.offerSummary).toBe('a settlement of 70% of the principal');
  });
});
