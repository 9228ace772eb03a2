import type { Schedule } from '../negotiate/schedules/schedule';
import type { Budget, Debt, Offer } from '../negotiate/types';
import type { HardshipId } from '../phrasing/types';
import type { Lang } from './format';

/**
 * The written applications Parley drafts. The Chinese ones follow what Chinese card issuers ask for (a 申请书 for the
 * plan wanted, or a 困难情况说明 on its own); the US one is a hardship letter; the UK one is an income and expenditure
 * summary laid out in the Standard Financial Statement's categories.
 */
export const LETTER_KINDS = ['cn-instalment', 'cn-suspend', 'cn-reduction', 'cn-statement', 'us-hardship', 'uk-statement'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function letterLang(kind: LetterKind): Lang {
  return kind.startsWith('cn-') ? 'zh' : 'en';
}

export type Hardship = HardshipId | 'other';

/** The Standard Financial Statement's expenditure headings (fixed costs, then flexible costs). */
export const SFS_CATEGORIES = [
  'home',
  'utilities',
  'care-health',
  'transport',
  'school',
  'pensions-insurance',
  'professional',
  'other-essential',
  'communications-leisure',
  'food-housekeeping',
  'personal',
  'savings',
] as const;
export type SfsCategory = (typeof SFS_CATEGORIES)[number];

export type Proposal =
  /** A plan: a rung of the counter-offer ladder, with its payments when known. */
  | { type: 'plan'; offer: Offer; schedule?: Schedule }
  /** The person's own words. */
  | { type: 'typed'; text: string }
  /** No plan chosen: ask for a plan within what the person can afford. */
  | { type: 'budget' };

export interface LetterInput {
  kind: LetterKind;
  /** YYYY-MM-DD the letter is dated. */
  today: string;
  debt: Debt;
  budget: Budget;
  hardship?: Hardship;
  /** When the hardship began: YYYY-MM-DD, YYYY-MM, or the person's words. */
  since?: string;
  /** When the person expects things to improve, in their words ("明年3月", "when I start my new job in May"). */
  recovery?: string;
  /** The person's own account of what happened, kept word for word. */
  ownWords?: string;
  proposal: Proposal;
  /** Labels of the papers enclosed. */
  evidence: readonly string[];
  name?: string;
  bankName?: string;
  /** Last digits of the card or account number. */
  account?: string;
  /** UK only: monthly spending under the SFS headings, minor units. */
  sfs?: Partial<Record<SfsCategory, number>>;
}
