/**
 * Facts about the situation that decide whether a phrase is true to say. "This plan is above my budget" must not be
 * suggested when it is not, and "could the term be extended to 22 months" not when the bank already offers 24.
 * Each condition is true, false, or unknown (absent); only a known false excludes a phrase. Rung conditions compare
 * the rung the phrase speaks for with the bank's offer.
 */

export const CONDITIONS = [
  'offer-over-budget',
  'offer-within-budget',
  'has-penalties',
  'has-fees',
  'rung-longer',
  'rung-fee-lower',
  'rung-apr-lower',
] as const;
export type ConditionId = (typeof CONDITIONS)[number];

export type ConditionValues = Partial<Record<ConditionId, boolean>>;

export interface ConditionInputs {
  offerMonthly?: number;
  affordable?: number;
  penalties?: number;
  fees?: number;
  offerPeriods?: number;
  offerFeeRate?: number;
  rungPeriods?: number;
  rungFeeRate?: number;
  offerAnnualRate?: number;
  rungAnnualRate?: number;
}

export function evaluateConditions(x: ConditionInputs): ConditionValues {
  const out: ConditionValues = {};
  if (x.offerMonthly !== undefined && x.affordable !== undefined) {
    out['offer-over-budget'] = x.offerMonthly > x.affordable;
    out['offer-within-budget'] = x.offerMonthly <= x.affordable;
  }
  if (x.penalties !== undefined) out['has-penalties'] = x.penalties > 0;
  if (x.fees !== undefined) out['has-fees'] = x.fees > 0;
  if (x.rungPeriods !== undefined && x.offerPeriods !== undefined) out['rung-longer'] = x.rungPeriods > x.offerPeriods;
  if (x.rungFeeRate !== undefined && x.offerFeeRate !== undefined) out['rung-fee-lower'] = x.rungFeeRate < x.offerFeeRate;
  if (x.rungAnnualRate !== undefined && x.offerAnnualRate !== undefined) out['rung-apr-lower'] = x.rungAnnualRate < x.offerAnnualRate;
  return out;
}
