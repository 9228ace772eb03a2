/**
 * Shared vocabulary of lib/phrasing: stages of a repayment negotiation, what a bank agent's message can be doing
 * (intents), warning signs of a scam (red flags) and the hardship reasons a user can explain.
 * Ids are stored (profile.hardship, user phrases' stage, pinned ids): never rename one, only add.
 */

export type Lang = 'zh' | 'en';

export type Market = 'CN' | 'US' | 'UK';

/** In the order a negotiation usually runs; `safety` holds the replies to red flags and sits outside the flow. */
export const STAGES = [
  'opening',
  'hardship',
  'breakdown',
  'proposal',
  'counter',
  'waiver',
  'refusal',
  'agent-details',
  'confirmation',
  'follow-up',
  'closing',
  'safety',
] as const;
export type StageId = (typeof STAGES)[number];

export const INTENTS = [
  'greeting',
  'identity-check',
  'asks-reason',
  'asks-proof',
  'demands-full-payment',
  'offer',
  'refuses-waiver',
  'needs-approval',
  'collection-warning',
  'asks-commitment',
  'closing',
] as const;
export type IntentId = (typeof INTENTS)[number];

/** Red flags found in message text; `lookalike-domain` comes from the page's address instead (./domain.ts). */
export const TEXT_RED_FLAGS = ['asks-secret', 'safe-account', 'remote-control', 'credit-repair'] as const;
export const RED_FLAGS = [...TEXT_RED_FLAGS, 'lookalike-domain'] as const;
export type TextRedFlagId = (typeof TEXT_RED_FLAGS)[number];
export type RedFlagId = (typeof RED_FLAGS)[number];

export const HARDSHIPS = [
  'unemployment',
  'illness',
  'income-cut',
  'family-emergency',
  'business-failure',
  'caregiving',
  'wage-arrears',
] as const;
export type HardshipId = (typeof HARDSHIPS)[number];

/** One line of a chat transcript, as lib/db stores it (Message.role / Message.text). */
export interface ChatLine {
  role: 'customer' | 'agent' | 'bot' | 'system';
  text: string;
}

/** A phrase the user wrote and saved (stored by lib/db as UserPhraseRow). */
export interface UserPhrase {
  id: string;
  text: string;
  lang: Lang;
  stage?: StageId | string;
  pinned?: boolean;
}

export interface Classification {
  /** Detected intents, the one to answer first at index 0. Empty when the message does nothing we recognise. */
  intents: IntentId[];
  redFlags: TextRedFlagId[];
  /** 0–1 per detected intent. */
  confidence: Partial<Record<IntentId, number>>;
  /** 0–1 per detected red flag; absent when there is none. */
  redFlagConfidence?: Partial<Record<TextRedFlagId, number>>;
  /**
   * Why each detected intent and red flag was found: the rule that fired (quoting the message) and the strongest
   * features behind the model's score, in words a person can check. Absent when nothing was detected.
   */
  explanation?: {
    intents: Partial<Record<IntentId, string[]>>;
    redFlags: Partial<Record<TextRedFlagId, string[]>>;
  };
  /**
   * The message's own words behind each label, as the agent typed them, for the panel to quote: the cue an intent was
   * read from, the clauses a red-flag rule paired. A label the model found with no cue in words has none. Absent when
   * nothing was detected.
   */
  wordsBehind?: {
    intents: Partial<Record<IntentId, string>>;
    redFlags: Partial<Record<TextRedFlagId, string>>;
  };
}

export function isHardshipId(value: unknown): value is HardshipId {
  return typeof value === 'string' && (HARDSHIPS as readonly string[]).includes(value);
}

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
