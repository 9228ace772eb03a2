/**
 * Turns what the panel knows (profile, bank offer, counter-offer ladder, agent, transcript) into formatted
 * variable values, once per suggestion pass. Plan variables (periods, monthlyPayment, …) depend on which ladder
 * rung a phrase speaks for, so they are resolved per rung; everything else is shared.
 */

import { affordableMonthly } from '../negotiate/budget';
import type { Budget, Currency, Debt, Offer, Waiver } from '../negotiate/types';
import { evaluateConditions, type ConditionValues } from './conditions';
import { extractFacts, type TranscriptFacts } from './facts';
import * as fmt from './format';
import { HARDSHIP_INFO } from './hardships';
import { monthlyFeeRate, offerOf, planFigures, regularMonthly, summarizeOffer, type RungInput } from './offer-text';
import type { RungId } from './phrasebook/define';
import { isHardshipId, type ChatLine, type HardshipId, type Lang, type Market } from './types';
import type { VarValues } from './variables';

export interface CounterLadder {
  opening?: RungInput;
  target?: RungInput;
  walkAway?: RungInput;
}

export interface PhraseProfile {
  debt?: Debt;
  budget?: Budget;
  /** A hardship id (./types.ts HARDSHIPS) or the user's own short wording of the reason. */
  hardship?: string;
}

export interface PhraseContext {
  lang: Lang;
  profile?: PhraseProfile;
  /** The bank's current offer. */
  offer?: Offer;
  /** Counter-offer rungs, e.g. straight from lib/negotiate counterOffers(). */
  counter?: CounterLadder;
  agent?: { name?: string; id?: string };
  /** The bank's display name. */
  bank?: string;
  referenceNo?: string;
  /** YYYY-MM-DD. */
  dates?: { payment?: string; followUp?: string };
  /** Recent transcript; agent name, ID and reference number are read from it when not given above. */
  messages?: readonly ChatLine[];
}

export interface ResolvedContext {
  lang: Lang;
  market?: Market;
  hardship?: HardshipId;
  hasOffer: boolean;
  facts: TranscriptFacts;
  /** Conditions as seen by a phrase speaking for each rung. */
  conditions: Record<RungId, ConditionValues>;
  /** Variable values as seen by a phrase speaking for each rung (rung-independent values are in all three). */
  values: Record<RungId, VarValues>;
}

const WAIVER_TEXT: Record<Waiver, { zh: string; en: string }> = {
  penalty: { zh: '罚息', en: 'penalty interest' },
  'late-fee': { zh: '违约金', en: 'late fees' },
  interest: { zh: '利息', en: 'interest' },
  fee: { zh: '年费等其他费用', en: 'annual and other fees' },
};
const WAIVER_ORDER: Waiver[] = ['penalty', 'late-fee', 'interest', 'fee'];

function marketOf(debt: Debt | undefined, currency: Currency | undefined): Market | undefined {
  if (debt?.market === 'CN' || debt?.market === 'US' || debt?.market === 'UK') return debt.market;
  if (currency === 'CNY') return 'CN';
  if (currency === 'USD') return 'US';
  if (currency === 'GBP') return 'UK';
  return undefined;
}

function balanceOf(debt: Debt | undefined): number | undefined {
  if (!debt) return undefined;
  const total = debt.principal + debt.interest + debt.fees + debt.penalties;
  return Number.isSafeInteger(total) && total >= 0 ? total : undefined;
}

/** What the plan applies to when a rung does not say: the principal plus whatever the rung does not waive. */
function rungAmount(debt: Debt | undefined, waives: readonly Waiver[] | undefined): number | undefined {
  if (!debt) return undefined;
  const w = new Set(waives ?? []);
  const penalties = w.has('penalty') || w.has('late-fee') ? 0 : debt.penalties;
  return debt.principal + (w.has('interest') ? 0 : debt.interest) + (w.has('fee') ? 0 : debt.fees) + penalties;
}

/** Waivers worth naming: the rung's own, else the non-empty penalty and fee buckets of the debt. */
function waiverList(debt: Debt | undefined, waives: readonly Waiver[] | undefined, lang: Lang): string | undefined {
  let ids: Waiver[] = [];
  if (waives && waives.length > 0) ids = WAIVER_ORDER.filter((w) => waives.includes(w));
  else if (debt) {
    if (debt.penalties > 0) ids.push('penalty', 'late-fee');
    if (debt.fees > 0) ids.push('fee');
  }
  if (ids.length === 0) return undefined;
  return fmt.joinList(ids.map((w) => WAIVER_TEXT[w][lang]), lang);
}

function reasonText(hardship: string | undefined, lang: Lang): string | undefined {
  if (hardship === undefined) return undefined;
  if (isHardshipId(hardship)) return HARDSHIP_INFO[hardship].reason[lang];
  return fmt.text(hardship);
}

export function resolveContext(ctx: PhraseContext): ResolvedContext {
  const lang: Lang = ctx.lang === 'en' ? 'en' : 'zh';
  const debt = ctx.profile?.debt;
  const budget = ctx.profile?.budget;
  const currency: Currency = ctx.offer?.currency ?? debt?.currency ?? 'CNY';
  const facts = extractFacts(ctx.messages);
  const money = (m: number | undefined) => fmt.money(m, currency, lang);

  let affordable: number | undefined;
  if (budget) {
    try {
      const a = affordableMonthly(budget);
      affordable = Number.isSafeInteger(a) && a > 0 ? a : undefined;
    } catch {
      affordable = undefined;
    }
  }

  const bankPlan = planFigures(ctx.offer, rungAmount(debt, ctx.offer?.waives));
  const shared: VarValues = {
    bank: fmt.text(ctx.bank),
    agentName: fmt.text(ctx.agent?.name ?? facts.agentName, 24),
    agentId: fmt.text(ctx.agent?.id ?? facts.agentId, 24),
    referenceNo: fmt.text(ctx.referenceNo ?? facts.referenceNo, 40),
    balance: money(balanceOf(debt)),
    principal: money(debt?.principal),
    interest: money(debt?.interest),
    fees: money(debt?.fees),
    penalties: money(debt?.penalties),
    affordable: money(affordable),
    reason: reasonText(ctx.profile?.hardship, lang),
    offerSummary: bankPlan ? summarizeOffer(bankPlan, currency, lang) : undefined,
    offerPeriods: fmt.count(ctx.offer?.periods),
    // The bill paid month after month, as the card names it ("之后每月¥X"); conditions still compare the largest.
    offerMonthly: money(regularMonthly(bankPlan)),
    offerFeeRate: ctx.offer ? fmt.rate(monthlyFeeRate(ctx.offer)) : undefined,
    paymentDate: fmt.date(ctx.dates?.payment, lang),
    followUpDate: fmt.date(ctx.dates?.followUp, lang),
    deadline: fmt.date(ctx.offer?.deadline, lang),
  };

  const offerFee = ctx.offer ? monthlyFeeRate(ctx.offer) : undefined;
  const baseConditions = {
    offerMonthly: bankPlan?.monthly,
    affordable,
    penalties: debt?.penalties,
    fees: debt?.fees,
    offerPeriods: ctx.offer?.periods,
    offerFeeRate: offerFee,
    offerAnnualRate: ctx.offer?.annualRate,
  };

  const forRung = (rung: RungInput | undefined): { values: VarValues; conditions: ConditionValues } => {
    const values: VarValues = { ...shared };
    const waivesOfRung = rung ? offerOf(rung)?.waives : undefined;
    values.waivers = waiverList(debt, waivesOfRung, lang);
    const plan = planFigures(rung, rungAmount(debt, waivesOfRung));
    if (!plan) {
      values.amount = shared.balance;
      return { values, conditions: evaluateConditions(baseConditions) };
    }
    const o = plan.offer;
    values.amount = money(plan.amount);
    values.periods = fmt.count(o.kind === 'settlement' ? o.settlementInstallments : o.periods);
    values.monthlyPayment = money(plan.monthly);
    values.feeRate = fmt.rate(monthlyFeeRate(o));
    values.annualRate = fmt.rate(o.annualRate);
    values.downPayment = o.downPayment && o.downPayment > 0 ? money(o.downPayment) : undefined;
    values.settlementAmount = money(o.settlementAmount);
    // Phrases say "{settlementPercent} of the balance": a share of the principal alone is restated as one of the balance.
    const owed = balanceOf(debt) ?? 0;
    values.settlementPercent =
      o.settlementBase === 'principal'
        ? fmt.percent(o.settlementAmount !== undefined && owed > 0 ? o.settlementAmount / owed : undefined)
        : fmt.percent(o.settlementRatio);
    if (o.kind === 'settlement' && values.periods === '1') values.periods = undefined;
    const conditions = evaluateConditions({
      ...baseConditions,
      rungPeriods: o.kind === 'settlement' ? undefined : o.periods,
      rungFeeRate: o.kind === 'settlement' ? undefined : (monthlyFeeRate(o) ?? (o.kind === 'interest-frozen' ? 0 : undefined)),
      rungAnnualRate: o.kind === 'amortized' ? o.annualRate : undefined,
    });
    return { values, conditions };
  };

  const rungs = {
    opening: forRung(ctx.counter?.opening),
    target: forRung(ctx.counter?.target),
    walkAway: forRung(ctx.counter?.walkAway),
  };
  const hardship = isHardshipId(ctx.profile?.hardship) ? (ctx.profile?.hardship as HardshipId) : undefined;
  return {
    lang,
    market: marketOf(debt, ctx.offer?.currency ?? debt?.currency),
    hardship,
    hasOffer: ctx.offer !== undefined && ctx.offer !== null,
    facts,
    conditions: { opening: rungs.opening.conditions, target: rungs.target.conditions, walkAway: rungs.walkAway.conditions },
    values: { opening: rungs.opening.values, target: rungs.target.values, walkAway: rungs.walkAway.values },
  };
}
