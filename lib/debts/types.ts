/**
 * Several debts, one budget: the stored shape of a debt (table `debts`, schema version 3) and the words for its
 * states. Money is integer minor units of the debt's currency; rates are fractions (0.0005 = 0.05 % a day).
 */
import type { Currency, Debt, Offer } from '../negotiate/types';

/** Where a negotiation with this creditor stands, as the person last set it. */
export type DebtStatus = 'not-contacted' | 'negotiating' | 'agreed' | 'refused' | 'paying' | 'paid-off';
export const DEBT_STATUSES: readonly DebtStatus[] = ['not-contacted', 'negotiating', 'agreed', 'refused', 'paying', 'paid-off'];

/** What kind of borrowing it is: a credit card, a bank loan, or online lending (an app's credit line or loan). */
export type DebtProduct = 'card' | 'loan' | 'online-lending';
export const DEBT_PRODUCTS: readonly DebtProduct[] = ['card', 'loan', 'online-lending'];

/** A bank, a lending app, or anyone else; `siteId` names the registry entry (lib/sites/registry.ts) when there is one. */
export type CreditorKind = 'bank' | 'lending-app' | 'other';
export const CREDITOR_KINDS: readonly CreditorKind[] = ['bank', 'lending-app', 'other'];

/** A rate as the contract states it: per day (日息万五 = 0.0005) or per year (18 % = 0.18). */
export interface QuotedRate {
  value: number;
  per: 'day' | 'year';
}

/**
 * The plan agreed for this debt when the person states it themselves: the terms of one record (a chat or a call
 * filed in Records), or terms typed here (from a letter, a phone call) with the month of the first payment.
 * Without it, the newest linked record whose terms are agreed is the plan.
 */
export type AgreedPlanSource = { from: 'record'; sessionId: string } | { from: 'typed'; offer: Offer; firstDue: string };

/** A plan the person means to propose (or is weighing in What if): terms and, optionally, the first payment's month. */
export interface ProposedPlan {
  offer: Offer;
  /** 'YYYY-MM'; the month after this one when absent. */
  firstDue?: string;
}

export interface DebtRow {
  id: string;
  creditorKind: CreditorKind;
  /** Registry id of the bank or lending platform, so a captured chat with it finds this debt. */
  siteId?: string;
  /** As the person knows the creditor ("招商银行", "花呗"). */
  creditorName: string;
  product: DebtProduct;
  currency: Currency;
  market: Debt['market'];
  principal: number;
  interest: number;
  fees: number;
  penalties: number;
  /** Days overdue on `overdueOn`; while the debt is still unresolved the count goes on from there. */
  daysOverdue: number;
  /** 'YYYY-MM-DD' the days overdue were counted on. */
  overdueOn: string;
  /** The interest the contract charges now (revolving interest, the loan's rate). */
  rate?: QuotedRate;
  /** Penalty interest (罚息) charged on top of `rate` while overdue. */
  penaltyRate?: QuotedRate;
  /** A late fee charged each month the payment is missed, in minor units. */
  lateFee?: number;
  /** A collection agency has contacted the person about this debt. */
  collection?: boolean;
  /** The creditor has started or threatened legal action (a lawsuit, a court notice). */
  legal?: boolean;
  status: DebtStatus;
  agreed?: AgreedPlanSource;
  proposed?: ProposedPlan;
  /** Records (stored sessions) about this debt. */
  recordIds: string[];
  note?: string;
  createdAt: number;
  updatedAt: number;
}

/** Every bucket the creditor itemises, added up. */
export function debtBalance(row: Pick<DebtRow, 'principal' | 'interest' | 'fees' | 'penalties'>): number {
  return row.principal + row.interest + row.fees + row.penalties;
}
