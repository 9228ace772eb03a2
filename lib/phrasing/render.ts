/**
 * Rendering one phrase for a context, and deciding whether it applies at all (market, an offer on the table, the
 * user's hardship, conditions). Rendering never yields a raw placeholder: an unknown required variable makes the
 * result null.
 */

import { roundApproximateFigures } from './approximate';
import { resolveContext, type PhraseContext, type ResolvedContext } from './context';
import type { Phrase, RungId } from './phrasebook/define';
import { renderTemplate } from './template';
import type { StageId } from './types';
import type { VarName } from './variables';

export interface RenderedPhrase {
  id: string;
  stage: StageId;
  text: string;
  template: string;
  /** Variables the template mentions that the context did not supply (a fallback or a dropped optional part). */
  missing: VarName[];
}

export function rungFor(phrase: Phrase): RungId {
  return phrase.rung ?? (phrase.stage === 'proposal' ? 'opening' : 'target');
}

/** Whether a phrase is true and relevant to say in this context, before looking at its variables. */
export function applies(phrase: Phrase, r: ResolvedContext): boolean {
  if (phrase.markets && r.market && !phrase.markets.includes(r.market)) return false;
  if (phrase.needsOffer && !r.hasOffer) return false;
  if (phrase.hardship && r.hardship && !phrase.hardship.includes(r.hardship)) return false;
  const conditions = r.conditions[rungFor(phrase)];
  if (phrase.when?.some((c) => conditions[c] === false)) return false;
  return true;
}

export function renderResolved(phrase: Phrase, r: ResolvedContext): RenderedPhrase | null {
  const template = phrase[r.lang];
  const values = r.values[rungFor(phrase)];
  if (phrase.requires?.some((v) => values[v] === undefined)) return null;
  const out = renderTemplate(template, values, r.lang);
  if (out.text === null || out.text === '') return null;
  return { id: phrase.id, stage: phrase.stage, text: roundApproximateFigures(out.text), template, missing: out.missing };
}

/**
 * Render `phrase` in ctx.lang. Returns null when a required variable is unknown. Does not check `applies` — list
 * or suggest phrases with suggest() to get only the ones that fit the situation.
 */
export function renderPhrase(phrase: Phrase, ctx: PhraseContext | ResolvedContext): RenderedPhrase | null {
  const r = 'values' in ctx ? ctx : resolveContext(ctx);
  return renderResolved(phrase, r);
}
