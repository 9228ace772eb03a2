/**
 * lib/phrasing — what to say next in a repayment negotiation, and what the agent just said. Pure TypeScript: no
 * browser globals, no WXT auto-imports; loads under plain Node (`npx tsx`). Everything here is stable API; files
 * not re-exported are internal.
 *
 * Phrasebook (Simplified Chinese + English; ids are stored by the DB layer, never renamed)
 *  - PHRASEBOOK: readonly Phrase[] — { id, stage, intents, tags, zh, en, hardship?, redFlags?, markets?, rung?,
 *    obtains?, needsOffer?, requires?, when?, weight? }. Templates use `{variable}` and optional `[ … ]` parts.
 *  - getPhrase(id): Phrase | undefined.
 *  - VARIABLES / VarName: every template variable with its kind, label and (when it has one) its natural fallback.
 *  - renderPhrase(phrase, ctx: PhraseContext): RenderedPhrase | null — null when a required variable is unknown;
 *    never returns a raw placeholder.
 *  - findForbidden(text): GuardHit[] — threats, credit-record deletion, overstatement, legal claims (./guard.ts).
 *
 * Reading the agent
 *  - classifyAgentMessage(text): Classification — { intents (answer-first order), redFlags, confidence }.
 *  - domainRedFlag({ pageHost, pageTitle?, pageText? }, banks): DomainRedFlag | null — 'lookalike-domain'.
 *  - inferStage(messages): StageId.
 *  - extractFacts(messages): TranscriptFacts — agent name / ID and reference number from the transcript.
 *
 * Suggesting
 *  - suggest(ctx: SuggestContext): Suggestion[] — ranked, deterministic; red flags first, then answers to the
 *    agent's latest intent, then the stage; pinned phrases boosted; user phrases included (with guard warnings).
 *
 * Context: PhraseContext = { lang, profile?: { debt?, budget?, hardship? }, offer? (the bank's Offer), counter?
 * ({ opening?, target?, walkAway? } as lib/negotiate counterOffers returns them, or bare Offers), agent?, bank?,
 * referenceNo?, dates?: { payment?, followUp? }, messages? }. Money is minor units and is shown as "¥1,234.56",
 * "$1,234.56" or "£1,234.56" in both languages.
 */

export {
  STAGES,
  INTENTS,
  RED_FLAGS,
  TEXT_RED_FLAGS,
  HARDSHIPS,
  isHardshipId,
  isStageId,
  type Lang,
  type Market,
  type StageId,
  type IntentId,
  type RedFlagId,
  type TextRedFlagId,
  type HardshipId,
  type ChatLine,
  type UserPhrase,
  type Classification,
} from './types';

export { PHRASEBOOK, getPhrase, type Phrase, type RungId } from './phrasebook/index';
export { VARIABLES, VAR_NAMES, type VarName, type VarSpec, type VarKind } from './variables';
export { CONDITIONS, type ConditionId } from './conditions';
export { HARDSHIP_INFO, type HardshipInfo } from './hardships';
export { STAGE_LABELS, INTENT_LABELS, RED_FLAG_LABELS, HARDSHIP_LABELS, type Label } from './labels';
export { templateVariables } from './template';
export { renderPhrase, type RenderedPhrase } from './render';
export { resolveContext, type PhraseContext, type PhraseProfile, type CounterLadder, type ResolvedContext } from './context';
export type { RungInput } from './offer-text';
export { FORBIDDEN, findForbidden, type GuardRule, type GuardHit, type GuardCategory } from './guard';

export { classifyAgentMessage, INTENT_THRESHOLD } from './classify/classify';
export { domainRedFlag, type BankIdentity, type PageIdentity, type DomainRedFlag } from './domain';
export { inferStage, type InferStageOptions } from './stage';
export { extractFacts, type TranscriptFacts, type FactId } from './facts';

export { suggest, SCORE, type SuggestContext, type Suggestion } from './suggest';
