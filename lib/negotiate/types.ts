/**
 * Shared contract of the negotiation engine (see ../shared/research/offer-conventions.md).
 * Money is always an integer number of minor units (fen, cents) in `currency`; rates are fractions (0.006 = 0.6 %).
 */

export type Currency = 'CNY' | 'USD' | 'GBP' | 'EUR' | 'HKD';

export type OfferKind = 'installment' | 'amortized' | 'interest-frozen' | 'settlement' | 'deferral';

export type Waiver = 'penalty' | 'late-fee' | 'interest' | 'fee';

/** Where in the source message a parsed value came from (UTF-16 offsets into the original text). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type OfferField =
  | 'kind'
  | 'periods'
  | 'monthlyFeeRate'
  | 'totalFeeRate'
  | 'annualRate'
  | 'dailyRate'
  | 'amount'
  | 'settlementAmount'
  | 'settlementRatio'
  | 'settlementBase'
  | 'downPayment'
  | 'monthlyPayment'
  | 'waives'
  | 'deadline'
  | 'currency';

/** A charge the agent waives only in part: 违约金减免一半 → { waiver: 'late-fee', share: 0.5 }. */
export interface PartialWaiver {
  waiver: Waiver;
  /** The share of the charge waived, a fraction in (0, 1). */
  share: number;
}

/** Money fields an agent may give rounded (约, about): Parley keeps the figure as said beside its own exact one. */
export type ApproximateField = 'monthlyPayment' | 'downPayment' | 'settlementAmount' | 'amount';

export interface Offer {
  kind: OfferKind;
  currency?: Currency;
  /** Number of monthly payments; for a deferral, the months deferred. */
  periods?: number;
  monthlyFeeRate?: number;
  totalFeeRate?: number;
  annualRate?: number;
  dailyRate?: number;
  /** The principal the plan applies to as stated (after any down payment when the agent says so). Minor units. */
  amount?: number;
  settlementAmount?: number;
  settlementRatio?: number;
  /** What settlementRatio is a share of: the whole balance unless the agent said the principal (本金的七成). */
  settlementBase?: 'principal';
  downPayment?: number;
  /** A down payment given as a share of the balance (首付10%, "pay 20% down"); downPayment wins when both are known. */
  downPaymentRatio?: number;
  monthlyPayment?: number;
  waives?: Waiver[];
  /** Charges waived only in part; a charge waived in full is in `waives` instead. */
  waivesPart?: PartialWaiver[];
  /**
   * The plan starts after a deferral of this many months (延期3个月后分12期): the parser emits the deferral and then
   * this plan, and the engine and card treat the pair as one package whose first plan payment falls after the
   * deferral.
   */
  afterDeferral?: number;
  /** On a deferral: the next offer is its plan (afterDeferral), and the pair is shown as one package. */
  leadsPlan?: true;
  /** Which money fields the agent stated as approximate (约, 大概, about): the agent's rounding, not an exact term. */
  approximate?: ApproximateField[];
  /** Absolute date YYYY-MM-DD. */
  deadline?: string;
  /** How a Chinese instalment fee is collected; defaults to 'per-period'. */
  feeCollection?: 'per-period' | 'upfront';
  /** A settlement paid in a few parts rather than at once. */
  settlementInstallments?: number;
  spans?: Partial<Record<OfferField, Span[]>>;
}

/** What the user owes, as the bank itemises it. */
export interface Debt {
  currency: Currency;
  principal: number;
  interest: number;
  fees: number;
  penalties: number;
  /** Which rules apply (CN: 个性化分期 ≤ 60 periods, etc.). */
  market: 'CN' | 'US' | 'UK';
  /** Revolving daily rate used for the "do nothing" comparison; defaults documented in lib/negotiate. */
  revolvingDailyRate?: number;
}

/** The user's monthly position; the affordable payment is derived, not typed. */
export interface Budget {
  monthlyIncome: number;
  essentialSpending: number;
  otherDebtPayments: number;
  /** Cash the user could pay now (down payment or a lump-sum settlement). */
  cashNow: number;
}
