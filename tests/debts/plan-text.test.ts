import { describe, expect, it } from 'vitest';
import { planFromText } from '../../lib/debts/plan-text';

describe('terms typed by the person', () => {
  it('reads an instalment plan as the chat would, in the debt’s currency, without text positions', () => {
    const plan = planFromText('分36期，每期手续费率0.6%', 'CNY', 3_248_000)!;
    expect(plan).toMatchObject({ kind: 'installment', periods: 36, monthlyFeeRate: 0.006, currency: 'CNY' });
    expect(plan).not.toHaveProperty('spans');
  });

  it('a deferral and the plan after it are one package: the plan, starting after the deferral', () => {
    expect(planFromText('先延期3个月，之后分12期，每期手续费率0.5%', 'CNY', 1_000_000)).toMatchObject({ kind: 'installment', periods: 12, afterDeferral: 3 });
  });

  it('gives nothing for empty text or text with no plan in it', () => {
    expect(planFromText('  ', 'CNY', 1)).toBeUndefined();
    expect(planFromText('我再想想', 'CNY', 1)).toBeUndefined();
  });
});
