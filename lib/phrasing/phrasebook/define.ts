/**
 * The shape of a phrasebook entry and the `phrase()` helper every stage file uses. The helper exists for the
 * compiler: it rejects a template that names an unknown variable, or whose Chinese and English versions use
 * different variables (a phrase must be able to render in both languages from the same context).
 */

import type { ConditionId } from '../conditions';
import type { FactId } from '../facts';
import type { HardshipId, IntentId, Market, RedFlagId, StageId } from '../types';
import type { VarName, VarsOf } from '../variables';

/** Which counter-offer rung fills the plan variables (periods, monthlyPayment, amount, …). */
export type RungId = 'opening' | 'target' | 'walkAway';

export interface Phrase {
  /** Stable, `stage.topic.n`; pinned ids are stored, so never rename. */
  id: string;
  stage: StageId;
  /** Agent intents this phrase is a good answer to. */
  intents: readonly IntentId[];
  tags: readonly string[];
  zh: string;
  en: string;
  /** Only for these hardship reasons (absent: any). */
  hardship?: readonly HardshipId[];
  /** Safety replies: the red flags they answer. */
  redFlags?: readonly RedFlagId[];
  /** Only for debts in these markets (absent: any). */
  markets?: readonly Market[];
  /** Defaults to 'opening' in the proposal stage and 'target' elsewhere. */
  rung?: RungId;
  /** Facts this phrase asks for; once the transcript has them the phrase is not suggested again. */
  obtains?: readonly FactId[];
  /** Only meaningful once the bank has made an offer. */
  needsOffer?: boolean;
  /** Variables that must be known even though they have a fallback (the sentence states the figure as fact). */
  requires?: readonly VarName[];
  /** Left out when one of these is known to be false (./conditions.ts); unknown counts as possible. */
  when?: readonly ConditionId[];
  /** Order within its stage, 0–10 (higher first). */
  weight?: number;
}

type SameVars<Z extends string, E extends string> = [VarsOf<Z>] extends [VarsOf<E>]
  ? [VarsOf<E>] extends [VarsOf<Z>]
    ? unknown
    : { error: `en uses variables zh does not: ${Exclude<VarsOf<E>, VarsOf<Z>>}` }
  : { error: `zh uses variables en does not: ${Exclude<VarsOf<Z>, VarsOf<E>>}` };

type KnownVars<S extends string> = [VarsOf<S>] extends [VarName]
  ? unknown
  : { error: `unknown template variable: ${Exclude<VarsOf<S>, VarName>}` };

export function phrase<const Z extends string, const E extends string>(
  def: Omit<Phrase, 'zh' | 'en'> & { zh: Z; en: E } & KnownVars<Z> & KnownVars<E> & SameVars<Z, E>,
): Phrase {
  return def;
}
