/**
 * Ranked reply suggestions for the side panel. A phrase's score is the sum of (constants in SCORE):
 *  - safety 1000 when it is the reply to an active red flag, so a scam sign always leads;
 *  - answer 100 when it answers the agent's primary intent, 60 for another detected intent;
 *  - stage 40 when it belongs to the current stage;
 *  - hardship +30 when written for the user's reason, −25 when for a reason the user has not chosen;
 *  - pinned 35;
 *  - last chance 45 for asking a missing reference / written confirmation / agent ID when the agent is closing, and
 *    handoff 20 when the agent passes the case on for approval;
 *  - the phrase's own weight (0–10), −2 per unknown variable, −30 when the customer already asked for what it asks,
 *    −15 when the transcript already answers part of it, −80 when the customer already sent this very text.
 * A phrase is a candidate only if it answers an intent, fits the stage, is pinned, or is a safety reply; a phrase
 * whose facts the transcript already holds (agent ID given, reference given) is dropped. Ties break on phrasebook
 * order, then id, so the same input always gives the same list.
 */

import { classifyAgentMessage } from './classify/classify';
import { normalize } from './classify/normalize';
import { resolveContext, type PhraseContext, type ResolvedContext } from './context';
import { findForbidden } from './guard';
import { INTENT_LABELS, RED_FLAG_LABELS, STAGE_LABELS } from './labels';
import { PHRASEBOOK } from './phrasebook/index';
import type { Phrase } from './phrasebook/define';
import { applies, renderResolved } from './render';
import { inferStage } from './stage';
import { isStageId, type Classification, type IntentId, type Lang, type RedFlagId, type StageId, type UserPhrase } from './types';

export interface SuggestContext extends PhraseContext {
  /** Current stage; inferred from `messages` when absent. */
  stage?: StageId;
  /** Classification of the agent's latest message; computed from `messages` when absent. */
  latestAgent?: Classification;
  /** Red flags found outside the text, e.g. domainRedFlag()'s 'lookalike-domain'. */
  redFlags?: readonly RedFlagId[];
  userPhrases?: readonly UserPhrase[];
  /** Pinned phrase ids (phrasebook or user phrases). */
  pinned?: readonly string[];
  /** Most suggestions to return; default 8. */
  limit?: number;
  /**
   * Language of the panel's own words (`why`), when replies are written in another one: a Chinese bank's chat gets
   * Chinese replies in an English panel, whose labels stay English. Defaults to `lang`.
   */
  labelLang?: Lang;
}

export interface Suggestion {
  id: string;
  stage: StageId;
  /** Ready to insert: every variable filled or replaced by its natural fallback. */
  text: string;
  /** The template it came from (the text itself for a user phrase). */
  template: string;
  score: number;
  /** Short reason for the ranking, in ctx.lang. */
  why: string;
  /** Variables the context lacked (fallback used or optional part dropped), for a "fill this in" hint. */
  missing?: string[];
  source: 'phrasebook' | 'user';
  /** Guard hits in a user phrase (./guard.ts), so the panel can warn before it is sent. */
  warnings?: string[];
}

export const SCORE = {
  safety: 1000,
  primaryIntent: 100,
  otherIntent: 60,
  stage: 40,
  hardshipMatch: 30,
  hardshipOther: -25,
  pinned: 35,
  lastChance: 45,
  handoff: 20,
  perMissing: -2,
  alreadyAsked: -30,
  partlyKnown: -15,
  alreadySaid: -80,
  userBase: 5,
} as const;

const RECENT_AGENT_LINES = 3;
const DEFAULT_LIMIT = 8;

/** Each agent line classified once, shared by the latest-intent, red-flag and stage steps. */
function classifyAgentLines(ctx: SuggestContext): Map<number, Classification> {
  const out = new Map<number, Classification>();
  (ctx.messages ?? []).forEach((m, i) => {
    if (m && (m.role === 'agent' || m.role === 'bot') && typeof m.text === 'string') out.set(i, classifyAgentMessage(m.text));
  });
  return out;
}

function latestClassification(ctx: SuggestContext, classified: ReadonlyMap<number, Classification>): Classification | undefined {
  if (ctx.latestAgent) return ctx.latestAgent;
  let last = -1;
  for (const i of classified.keys()) last = Math.max(last, i);
  return classified.get(last);
}

/** Red flags of the last few agent lines: a scam request two messages back is still on the table. */
function activeRedFlags(ctx: SuggestContext, latest: Classification | undefined, classified: ReadonlyMap<number, Classification>): RedFlagId[] {
  const flags = new Set<RedFlagId>([...(latest?.redFlags ?? []), ...(ctx.redFlags ?? [])]);
  const recent = [...classified.keys()].sort((a, b) => b - a).slice(0, RECENT_AGENT_LINES);
  for (const i of recent) for (const f of classified.get(i)?.redFlags ?? []) flags.add(f);
  return [...flags];
}

function said(ctx: SuggestContext): Set<string> {
  const out = new Set<string>();
  for (const m of ctx.messages ?? []) if (m?.role === 'customer' && typeof m.text === 'string') out.add(normalize(m.text));
  return out;
}

interface Scored {
  s: Suggestion;
  order: number;
}

function label(l: { zh: string; en: string }, lang: Lang): string {
  return l[lang];
}

interface ScoringEnv {
  stage: StageId;
  intents: readonly IntentId[];
  /** The latest agent message's words behind each of its intents, as typed. */
  intentWords: Partial<Record<IntentId, string>>;
  flags: readonly RedFlagId[];
  pinned: ReadonlySet<string>;
  said: ReadonlySet<string>;
  labelLang: Lang;
}

function scorePhrase(
  phrase: Phrase,
  order: number,
  r: ResolvedContext,
  env: ScoringEnv,
): Scored | null {
  const lang = env.labelLang;
  const reasons: string[] = [];
  let score = 0;
  let relevant = false;

  if (phrase.stage === 'safety') {
    const hit = phrase.redFlags?.find((f) => env.flags.includes(f));
    if (!hit) return null;
    score += SCORE.safety;
    relevant = true;
    reasons.push(`${lang === 'zh' ? '安全提醒：' : 'Safety: '}${label(RED_FLAG_LABELS[hit], lang)}`);
  }

  if (phrase.obtains && phrase.obtains.length > 0 && phrase.obtains.every((f) => r.facts.obtained.includes(f))) return null;
  if (!applies(phrase, r)) return null;

  const answered = env.intents.findIndex((i) => phrase.intents.includes(i));
  if (answered >= 0 && phrase.stage !== 'safety') {
    const intent = env.intents[answered] as IntentId;
    score += answered === 0 ? SCORE.primaryIntent : SCORE.otherIntent;
    relevant = true;
    // The agent's own words the move was read from, so the person can check Parley read them right.
    const words = env.intentWords[intent];
    const quote = words === undefined ? '' : lang === 'zh' ? `（“${words}”）` : ` ("${words}")`;
    reasons.push(`${lang === 'zh' ? '回应：' : 'Answers: '}${label(INTENT_LABELS[intent], lang)}${quote}`);
  }
  if (phrase.stage === env.stage) {
    score += SCORE.stage;
    relevant = true;
    if (reasons.length === 0) reasons.push(`${lang === 'zh' ? '当前阶段：' : 'Stage: '}${label(STAGE_LABELS[env.stage], lang)}`);
  }
  if (env.pinned.has(phrase.id)) {
    score += SCORE.pinned;
    relevant = true;
    reasons.push(lang === 'zh' ? '已置顶' : 'pinned');
  }
  if (!relevant) return null;

  if (phrase.hardship) {
    if (r.hardship && phrase.hardship.includes(r.hardship)) {
      score += SCORE.hardshipMatch;
      reasons.push(lang === 'zh' ? '符合您的困难原因' : 'matches your reason');
    } else score += SCORE.hardshipOther;
  }

  const missingFacts = (phrase.obtains ?? []).filter((f) => !r.facts.obtained.includes(f));
  if (missingFacts.length > 0) {
    if (missingFacts.every((f) => r.facts.asked.includes(f))) score += SCORE.alreadyAsked;
    if (missingFacts.length < (phrase.obtains?.length ?? 0)) score += SCORE.partlyKnown;
    if (env.intents[0] === 'closing' || env.stage === 'closing') {
      score += SCORE.lastChance;
      reasons.push(lang === 'zh' ? '结束前确认' : 'before the chat ends');
    } else if (env.intents[0] === 'needs-approval') {
      score += SCORE.handoff;
    }
  }

  const rendered = renderResolved(phrase, r);
  if (!rendered) return null;
  score += (phrase.weight ?? 0) + SCORE.perMissing * rendered.missing.length;
  if (env.said.size > 0 && env.said.has(normalize(rendered.text))) score += SCORE.alreadySaid;

  const s: Suggestion = {
    id: phrase.id,
    stage: phrase.stage,
    text: rendered.text,
    template: rendered.template,
    score,
    why: reasons.join(' · '),
    source: 'phrasebook',
  };
  if (rendered.missing.length > 0) s.missing = [...rendered.missing];
  return { s, order };
}

function scoreUserPhrase(
  up: UserPhrase,
  order: number,
  lang: Lang,
  env: { stage: StageId; pinned: ReadonlySet<string>; said: ReadonlySet<string>; labelLang: Lang },
): Scored | null {
  if (up.lang !== lang || typeof up.text !== 'string' || up.text.trim() === '') return null;
  const pinned = up.pinned === true || env.pinned.has(up.id);
  const stage: StageId = isStageId(up.stage) ? up.stage : env.stage;
  const stageMatch = !isStageId(up.stage) || up.stage === env.stage;
  if (!stageMatch && !pinned) return null;
  let score = SCORE.userBase;
  const reasons = [env.labelLang === 'zh' ? '我的常用语' : 'Your saved phrase'];
  if (isStageId(up.stage) && up.stage === env.stage) score += SCORE.stage;
  if (pinned) {
    score += SCORE.pinned;
    reasons.push(env.labelLang === 'zh' ? '已置顶' : 'pinned');
  }
  const text = up.text.trim();
  if (env.said.size > 0 && env.said.has(normalize(text))) score += SCORE.alreadySaid;
  const s: Suggestion = { id: up.id, stage, text, template: text, score, why: reasons.join(' · '), source: 'user' };
  const hits = findForbidden(text);
  if (hits.length > 0) s.warnings = hits.map((h) => h.category);
  return { s, order };
}

export function suggest(ctx: SuggestContext): Suggestion[] {
  const r = resolveContext(ctx);
  const classified = classifyAgentLines(ctx);
  const latest = latestClassification(ctx, classified);
  const stage = ctx.stage ?? inferStage(ctx.messages, { classified });
  const env = {
    stage,
    intents: latest?.intents ?? [],
    intentWords: latest?.wordsBehind?.intents ?? {},
    flags: activeRedFlags(ctx, latest, classified),
    pinned: new Set(ctx.pinned ?? []),
    said: said(ctx),
    labelLang: ctx.labelLang === 'zh' || ctx.labelLang === 'en' ? ctx.labelLang : r.lang,
  };
  const scored: Scored[] = [];
  PHRASEBOOK.forEach((p, i) => {
    const x = scorePhrase(p, i, r, env);
    if (x) scored.push(x);
  });
  (ctx.userPhrases ?? []).forEach((up, i) => {
    const x = scoreUserPhrase(up, PHRASEBOOK.length + i, r.lang, env);
    if (x) scored.push(x);
  });
  scored.sort((a, b) => b.s.score - a.s.score || a.order - b.order || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  const limit = ctx.limit === undefined ? DEFAULT_LIMIT : Math.max(0, Math.floor(ctx.limit));
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const x of scored) {
    if (out.length >= limit) break;
    if (seen.has(x.s.text)) continue;
    seen.add(x.s.text);
    out.push(x.s);
  }
  return out;
}
