/**
 * Limits and product thresholds the analysis and the counter-offer ladder obey. Every default is a deliberate choice
 * with its source noted; callers override any of them per market or per user.
 */

import type { Debt } from './types';

export interface NegotiationRules {
  /**
   * Longest plan, in monthly periods. CN: 《商业银行信用卡业务监督管理办法》 Art. 70 caps a personalised instalment
   * agreement (个性化分期) at 5 years = 60 periods. US/UK hardship plans run 6–60 months (research/finance.md), so 60
   * is used there too.
   */
  maxPeriods: number;
  /** The target rung keeps its monthly payment within affordable × (1 − margin): a buffer for a bad month. */
  margin: number;
  /** The opening ask aims lower still: affordable × (1 − openingMargin). */
  openingMargin: number;
  /** Lowest settlement ratio the ladder will ask for; settlements "commonly land between 30 % and 80 %". */
  minSettlementRatio: number;
  /** How far below the walk-away ratio the opening settlement ask starts (in ratio points). */
  settlementOpeningDiscount: number;
  /** Most parts a counter settlement is split into ("a lump sum or a few instalments"). */
  maxSettlementInstallments: number;
  /** A plan is "cheap" when its IRR APR is at most this (roughly a secured-loan rate; product choice). */
  cheapApr: number;
  /** A settlement is "cheap" at or below this ratio of the balance (middle of the usual 30–80 % range). */
  goodSettlementRatio: number;
  /** A deadline closer than this many days is flagged: too little time to arrange money and get terms in writing. */
  shortDeadlineDays: number;
  /** Flag the gap between an advertised simple rate (fee × 12) and the IRR APR when it exceeds this. */
  aprGapThreshold: number;
  /** Granularity of rates the ladder proposes (0.0001 = 0.01 %), matching how banks quote fees and APRs. */
  rateStep: number;
}

export const DEFAULT_RULES: Readonly<NegotiationRules> = Object.freeze({
  maxPeriods: 60,
  margin: 0.1,
  openingMargin: 0.3,
  minSettlementRatio: 0.3,
  settlementOpeningDiscount: 0.2,
  maxSettlementInstallments: 6,
  cheapApr: 0.05,
  goodSettlementRatio: 0.5,
  shortDeadlineDays: 7,
  aprGapThreshold: 0.01,
  rateStep: 0.0001,
});

export function rulesFor(market: Debt['market'], overrides?: Partial<NegotiationRules>): NegotiationRules {
  void market; // the defaults coincide today; the parameter is where a market-specific table would plug in
  return { ...DEFAULT_RULES, ...overrides };
}
