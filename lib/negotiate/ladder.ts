/**
 * The counter-offer ladder: three concrete plans to negotiate with, from the bank's offer, the debt and the budget.
 *
 *  - walkAway: the worst terms still affordable (every bill ≤ the monthly surplus). When the bank's own offer is
 *    affordable, within the rules and charges nothing on amounts it waived, it IS the walk-away. Otherwise it is
 *    the costliest plan of the same kind that is affordable and no worse than the bank's — typically the bank's
 *    total fee stretched over more months at a lower rate.
 *  - target: a plan within affordable × (1 − margin) that is no worse than the walk-away: about half the walk-away's
 *    rate, penalties and late fees waived, over the fewest months that fit.
 *  - opening: no fee and only the principal (停息挂账 in China), over the fewest months that fit
 *    affordable × (1 − openingMargin).
 * Settlement offers get settlement counters: a lower ratio of the balance and/or more parts.
 *
 * "No worse" means weakly better on all of: total paid, the largest monthly bill, and the amount due now. Every rung
 * is found by a quick search on integer metrics, then re-checked with the full analysis; if a check fails the rung
 * falls back to the one below it (target → walk-away → the bank's offer), so the ordering
 * opening ≥ target ≥ walk-away ≥ bank holds by construction. One exception: when the bank's own offer breaks the
 * rules (e.g. more than 60 periods), rungs keep to the rules even if that means a larger monthly bill.
 */

import { analyzeOffer, type AnalyzeOptions, type Bilingual, type OfferAnalysis } from './analyze';
import { affordableMonthly, fitsBudget } from './budget';
import { mulRate } from './money';
import { rungDiff, rungReasonText, type RungKind } from './rung-reason';
import { waivedAmount } from './resolve';
import { rulesFor, type NegotiationRules } from './rules';
import { walkAmortized } from './schedules/amortized';
import type { Budget, Debt, Offer, Waiver } from './types';

export interface Rung {
  offer: Offer;
  analysis: OfferAnalysis;
  /** One line on why this rung, in both languages. */
  reason: Bilingual;
}

export interface CounterOffers {
  /** The bank's offer as analysed. */
  bank: OfferAnalysis;
  opening: Rung;
  target: Rung;
  walkAway: Rung;
  /** The bank's offer already fits the budget with the margin and is cheap; accepting it is reasonable. */
  alreadyGood: boolean;
  /** The target fits affordable × (1 − margin). False only when no allowed plan can. */
  targetWithinMargin: boolean;
  /** The walk-away fits the budget. False only when no allowed plan can. */
  walkAwayAffordable: boolean;
  /** Ladder-level notes (already good, nothing affordable, bank offer breaks a rule). */
  reasons: Bilingual[];
}

interface Metrics {
  totalPaid: number;
  maxM: number;
  upfront: number;
}

type Family = 'installment' | 'interest-frozen' | 'amortized';

const ALL_WAIVERS: Waiver[] = ['interest', 'penalty', 'late-fee', 'fee'];

function metricsOf(a: OfferAnalysis): Metrics {
  return { totalPaid: a.totalPaid, maxM: a.maxMonthlyPayment, upfront: a.upfrontPayment };
}

/** a is at least as good for the user as b on every axis. */
function noWorse(a: Metrics, b: Metrics): boolean {
  return a.totalPaid <= b.totalPaid && a.maxM <= b.maxM && a.upfront <= b.upfront;
}

function union(a: readonly Waiver[], b: readonly Waiver[]): Waiver[] {
  return ALL_WAIVERS.filter((w) => a.includes(w) || b.includes(w));
}

/** Waivers worth asking for: the ones that remove a non-empty bucket, plus whatever the bank already granted. */
function asked(debt: Debt, base: readonly Waiver[], wanted: readonly Waiver[]): Waiver[] {
  const useful = wanted.filter((w) =>
    w === 'interest' ? debt.interest > 0 : w === 'fee' ? debt.fees > 0 : debt.penalties > 0,
  );
  return union(base, useful);
}

function priceFromIndex(k: number, step: number): number {
  return Math.round(k * step * 1e8) / 1e8;
}

/** Total paid, largest bill and amount due now of a family plan, without building its rows. */
function quick(family: Family, amount: number, periods: number, price: number, dp: number): Metrics {
  if (family === 'amortized' && price > 0) {
    let total = 0;
    let max = 0;
    walkAmortized(amount, periods, price / 12, (_k, p, i) => {
      total += p + i;
      if (p + i > max) max = p + i;
    });
    return { totalPaid: dp + total, maxM: max, upfront: dp };
  }
  // Mirrors installmentParts with a per-period fee (and a zero-rate loan, which splits the same way): the first bill
  // carries the principal remainder, so it is the largest.
  const each = Math.floor(amount / periods);
  const first = amount - each * (periods - 1);
  const fee = mulRate(amount, price);
  return { totalPaid: dp + amount + fee * periods, maxM: first + fee, upfront: dp };
}

function within(m: Metrics, lim: Metrics): boolean {
  return m.totalPaid <= lim.totalPaid && m.maxM <= lim.maxM && m.upfront <= lim.upfront;
}

/** Largest price index in [0, kMax] whose plan stays within `lim`, or -1. Metrics rise with price. */
function maxPriceIndex(
  family: Family,
  amount: number,
  periods: number,
  dp: number,
  lim: Metrics,
  kMax: number,
  step: number,
): number {
  if (kMax < 0 || !within(quick(family, amount, periods, 0, dp), lim)) return -1;
  let lo = 0;
  let hi = kMax;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (within(quick(family, amount, periods, priceFromIndex(mid, step), dp), lim)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function familyOffer(
  family: Family,
  amount: number,
  periods: number,
  price: number,
  dp: number,
  waives: Waiver[],
  currency: Offer['currency'],
): Offer {
  const offer: Offer = { kind: family, currency, periods, amount, waives };
  if (dp > 0) offer.downPayment = dp;
  if (family === 'amortized') offer.annualRate = price;
  else offer.monthlyFeeRate = price;
  if (family === 'installment') offer.feeCollection = 'per-period';
  return offer;
}

interface Context {
  debt: Debt;
  budget: Budget;
  rules: NegotiationRules;
  opts: AnalyzeOptions;
  A: number;
  capT: number;
  capO: number;
}

function analyse(ctx: Context, offer: Offer): OfferAnalysis {
  return analyzeOffer(offer, ctx.debt, ctx.budget, { ...ctx.opts, rules: ctx.rules });
}

function fits(a: OfferAnalysis, ctx: Context, capacity: number): boolean {
  return fitsBudget(a.schedule, a.planKind, ctx.budget.cashNow, capacity);
}

function withinRules(a: OfferAnalysis, rules: NegotiationRules): boolean {
  return a.termMonths <= rules.maxPeriods;
}

/** The bank's plan price as the family sees it: a per-period fee rate, or an annual rate for loans. */
function bankPrice(bank: OfferAnalysis): { family: Family; price: number; dp: number } {
  const plan = bank.plan;
  switch (plan.kind) {
    case 'installment': {
      const i = plan.input;
      const price = i.monthlyFeeRate ?? (i.totalFeeRate ?? 0) / i.periods;
      return { family: 'installment', price, dp: i.downPayment ?? 0 };
    }
    case 'interest-frozen':
      return { family: 'interest-frozen', price: plan.input.monthlyFeeRate ?? 0, dp: plan.input.downPayment ?? 0 };
    case 'amortized':
      return { family: 'amortized', price: plan.input.annualRate, dp: plan.input.downPayment ?? 0 };
    case 'deferral':
      // A deferral only postpones; the counter is a fee-free repayment plan over the same amount.
      return { family: 'interest-frozen', price: 0, dp: plan.input.downPayment ?? 0 };
    case 'settlement':
      throw new Error('bankPrice: settlements have their own ladder');
  }
}

function planAmount(a: OfferAnalysis): number {
  return a.offer.amount ?? 0;
}

function planPrice(a: OfferAnalysis): number {
  return a.plan.kind === 'settlement' ? 0 : bankPrice(a).price;
}

// ───────────────────────────── instalment-type ladder ─────────────────────────────

function instalmentLadder(bank: OfferAnalysis, ctx: Context) {
  const { debt, rules, A, capT, capO } = ctx;
  const step = rules.rateStep;
  const maxN = rules.maxPeriods;
  const { family, price: price0, dp } = bankPrice(bank);
  const currency = debt.currency;
  const cash = ctx.budget.cashNow;
  const bankM = metricsOf(bank);
  const rulesOk = withinRules(bank, rules);
  const bankWaives = bank.offer.waives ?? [];
  const bankAmount = planAmount(bank);
  const afterWaivers = (w: readonly Waiver[]) => Math.max(0, bank.balance - waivedAmount(debt, w) - dp);

  const amountW = Math.min(bankAmount, afterWaivers(bankWaives));
  const waivesT = asked(debt, bankWaives, ['penalty', 'late-fee']);
  const waivesO = asked(debt, bankWaives, ALL_WAIVERS);
  const amountT = Math.min(amountW, afterWaivers(waivesT));
  const amountO = Math.min(amountT, afterWaivers(waivesO));
  const kPrice0 = Math.floor(price0 / step + 1e-9);
  const lenient = (waives: Waiver[], amount: number) => familyOffer(family, amount, maxN, 0, dp, waives, currency);

  // Walk-away.
  let walk: OfferAnalysis | null = null;
  if (bank.affordable && rulesOk && amountW === bankAmount) {
    walk = bank;
  } else if (bank.affordable && rulesOk) {
    // The bank's own plan, on the amount left after the waivers it already granted.
    const corrected = analyse(ctx, { ...bank.offer, amount: amountW });
    if (corrected.affordable && noWorse(metricsOf(corrected), bankM)) walk = corrected;
  }
  if (walk === null && dp <= cash) {
    const lim: Metrics = { totalPaid: bankM.totalPaid, maxM: Math.min(A, bankM.maxM), upfront: bankM.upfront };
    const tiers: Array<[number, Waiver[]]> = [
      [amountW, bankWaives],
      [amountT, waivesT],
      [amountO, waivesO],
    ];
    for (const [amount, waives] of tiers) {
      let best: { n: number; k: number; paid: number } | null = null;
      for (let n = 1; n <= maxN; n++) {
        const k = maxPriceIndex(family, amount, n, dp, lim, kPrice0, step);
        if (k < 0) continue;
        const paid = quick(family, amount, n, priceFromIndex(k, step), dp).totalPaid;
        if (best === null || paid > best.paid) best = { n, k, paid };
      }
      if (best !== null) {
        const a = analyse(ctx, familyOffer(family, amount, best.n, priceFromIndex(best.k, step), dp, [...waives], currency));
        if (a.affordable && noWorse(metricsOf(a), bankM) && withinRules(a, rules)) walk = a;
        break;
      }
    }
  }
  if (walk === null) {
    const r = analyse(ctx, lenient(waivesO, amountO));
    walk = !rulesOk || noWorse(metricsOf(r), bankM) ? r : bank;
  }

  const alreadyGood =
    walk === bank &&
    fits(bank, ctx, capT) &&
    (bank.apr ?? 0) <= rules.cheapApr &&
    !bank.flags.some((f) => f.id === 'costlier-than-nothing');

  // Target.
  const walkM = metricsOf(walk);
  let target: OfferAnalysis | null = alreadyGood ? bank : null;
  if (target === null) {
    const walkAmount = planAmount(walk);
    const walkWaives = walk.offer.waives ?? [];
    const tWaives = union(walkWaives, waivesT);
    const oWaives = union(walkWaives, waivesO);
    const tiers: Array<[number, Waiver[]]> = [
      [Math.min(walkAmount, afterWaivers(tWaives)), tWaives],
      [Math.min(walkAmount, afterWaivers(oWaives)), oWaives],
    ];
    const kPref = Math.floor(planPrice(walk) / 2 / step + 1e-9);
    const lim: Metrics = { totalPaid: walkM.totalPaid, maxM: Math.min(capT, walkM.maxM), upfront: walkM.upfront };
    // Pass 1 keeps the asked-for rate (half the walk-away's) and adds months until the bill fits; pass 2 also
    // lowers the rate, for when even the longest term at that rate is too much.
    const costOnly: Metrics = { totalPaid: walkM.totalPaid, maxM: Number.POSITIVE_INFINITY, upfront: walkM.upfront };
    search: for (const [amount, waives] of tiers) {
      for (const pass of [1, 2]) {
        for (let n = 1; n <= maxN; n++) {
          const k = maxPriceIndex(family, amount, n, dp, pass === 1 ? costOnly : lim, kPref, step);
          if (k < 0) continue;
          if (pass === 1 && !within(quick(family, amount, n, priceFromIndex(k, step), dp), lim)) continue;
          const a = analyse(ctx, familyOffer(family, amount, n, priceFromIndex(k, step), dp, [...waives], currency));
          if (fits(a, ctx, capT) && noWorse(metricsOf(a), walkM) && withinRules(a, rules)) target = a;
          break search;
        }
      }
    }
    if (target === null) {
      const r = analyse(ctx, lenient(oWaives, Math.min(walkAmount, afterWaivers(oWaives))));
      target = noWorse(metricsOf(r), walkM) && withinRules(r, rules) ? r : walk;
    }
  }

  // Opening: fee-free, principal only.
  const tM = metricsOf(target);
  const openFamily: Family = debt.market === 'CN' ? 'interest-frozen' : family;
  const oWaives = union(target.offer.waives ?? [], waivesO);
  const amountOpen = Math.min(planAmount(target), afterWaivers(oWaives));
  let openN = -1;
  for (let n = 1; n <= maxN; n++) {
    const m = quick(openFamily, amountOpen, n, 0, dp);
    if (m.totalPaid <= tM.totalPaid && m.maxM <= Math.min(capO, tM.maxM) && m.upfront <= tM.upfront) {
      openN = n;
      break;
    }
  }
  const openOffer = familyOffer(openFamily, amountOpen, openN > 0 ? openN : maxN, 0, dp, oWaives, currency);
  const o = analyse(ctx, openOffer);
  const opening = noWorse(metricsOf(o), tM) && withinRules(o, rules) ? o : target;

  return { walk, target, opening, alreadyGood, rulesOk };
}

// ───────────────────────────── settlement ladder ─────────────────────────────

/** Cumulative affordability of `amount` in `parts` spread parts (see settlement.ts), without building rows. */
function settlementFits(amount: number, parts: number, cash: number, capacity: number): boolean {
  const q = Math.floor(amount / parts);
  const extra = amount - q * parts;
  for (let j = 1; j <= parts; j++) {
    if (j * q + Math.min(j, extra) > cash + j * capacity) return false;
  }
  return true;
}

/** Largest amount in [lo, hi] that fits, or -1. Fitting is monotone in the amount. */
function maxSettlement(lo: number, hi: number, parts: number, cash: number, capacity: number): number {
  if (hi < lo || !settlementFits(lo, parts, cash, capacity)) return -1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (settlementFits(mid, parts, cash, capacity)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Round down to whole major units (¥1) when that stays at or above `floor`: asks read better as round sums. */
function roundSum(amount: number, floor: number): number {
  const rounded = Math.floor(amount / 100) * 100;
  return rounded >= floor ? rounded : amount;
}

function settlementLadder(bank: OfferAnalysis, ctx: Context) {
  const { rules, A, capT, capO, debt } = ctx;
  const cash = ctx.budget.cashNow;
  const B = bank.balance;
  const s0 = bank.totalPaid;
  const k0 = bank.offer.settlementInstallments ?? 1;
  const kMax = Math.max(1, Math.min(rules.maxPeriods, Math.max(rules.maxSettlementInstallments, k0)));
  const rulesOk = withinRules(bank, rules);
  const ratioFloor = B > 0 ? Math.min(rules.minSettlementRatio, s0 / B) : 0;
  const sMin = Math.min(s0, Math.ceil(ratioFloor * B - 1e-9));
  const bankM = metricsOf(bank);
  const waives = bank.offer.waives ?? [];
  const offerFor = (amount: number, parts: number, deadline?: string): Offer => {
    const o: Offer = {
      kind: 'settlement',
      currency: debt.currency,
      settlementAmount: amount,
      settlementRatio: B > 0 ? Number((amount / B).toFixed(4)) : 1,
      settlementInstallments: parts,
      waives: [...waives],
    };
    if (deadline !== undefined) o.deadline = deadline;
    return o;
  };

  // Walk-away: the bank's sum with more parts, else the largest sum that fits.
  let walk: OfferAnalysis | null = null;
  if (bank.affordable && rulesOk) {
    walk = bank;
  } else {
    let pick: [number, number] | null = null;
    for (let k = k0; k <= kMax && pick === null; k++) if (settlementFits(s0, k, cash, A)) pick = [s0, k];
    if (pick === null) {
      const s = maxSettlement(sMin, s0, kMax, cash, A);
      if (s >= 0) {
        let k = Math.min(k0, kMax);
        while (!settlementFits(s, k, cash, A)) k++;
        pick = [s, k];
      }
    }
    if (pick !== null) {
      const a = analyse(ctx, offerFor(pick[0], pick[1], bank.offer.deadline));
      if (a.affordable && noWorse(metricsOf(a), bankM) && withinRules(a, rules)) walk = a;
    }
  }
  if (walk === null) {
    const r = analyse(ctx, offerFor(sMin, kMax));
    walk = !rulesOk || noWorse(metricsOf(r), bankM) ? r : bank;
  }

  const alreadyGood = walk === bank && fits(bank, ctx, capT) && B > 0 && s0 / B <= rules.goodSettlementRatio;

  const sW = walk.totalPaid;
  const kW = walk.offer.settlementInstallments ?? 1;
  const ratioW = B > 0 ? sW / B : 1;
  const ratioO = Math.max(ratioFloor, ratioW - rules.settlementOpeningDiscount);
  const walkM = metricsOf(walk);

  const ladderStep = (
    wanted: number,
    upper: OfferAnalysis,
    fromK: number,
    capacity: number,
  ): OfferAnalysis | null => {
    const hi = upper.totalPaid;
    const upperM = metricsOf(upper);
    const desired = roundSum(Math.max(sMin, Math.min(hi, wanted)), sMin);
    let pick: [number, number] | null = null;
    // The asked-for sum in the fewest parts that fit; failing that, the largest sum that fits in the most parts.
    for (let k = Math.max(1, fromK); k <= kMax && pick === null; k++) {
      if (settlementFits(desired, k, cash, capacity)) pick = [desired, k];
    }
    if (pick === null) {
      const s = maxSettlement(sMin, desired, kMax, cash, capacity);
      if (s >= 0) pick = [roundSum(s, sMin), kMax];
    }
    if (pick === null) return null;
    const a = analyse(ctx, offerFor(pick[0], pick[1]));
    return fits(a, ctx, capacity) && noWorse(metricsOf(a), upperM) && withinRules(a, rules) ? a : null;
  };
  const lenientUnder = (upper: OfferAnalysis): OfferAnalysis | null => {
    const r = analyse(ctx, offerFor(sMin, kMax));
    return noWorse(metricsOf(r), metricsOf(upper)) && withinRules(r, rules) ? r : null;
  };

  let target: OfferAnalysis = alreadyGood
    ? bank
    : (ladderStep(Math.floor((Math.floor(((ratioO + ratioW) / 2) * 100) / 100) * B), walk, kW, capT) ??
      lenientUnder(walk) ??
      walk);
  if (!noWorse(metricsOf(target), walkM)) target = walk;
  const kT = target.offer.settlementInstallments ?? 1;
  let opening: OfferAnalysis =
    ladderStep(Math.floor((Math.floor(ratioO * 100) / 100) * B), target, kT, capO) ?? lenientUnder(target) ?? target;
  if (!noWorse(metricsOf(opening), metricsOf(target))) opening = target;

  return { walk, target, opening, alreadyGood, rulesOk };
}

// ───────────────────────────── reasons ─────────────────────────────

/** What the rung changes against the bank's offer and why it is this step (rung-reason.ts); never the plan again. */
function reasonFor(rung: RungKind, a: OfferAnalysis, ctx: Context, bank: OfferAnalysis): Bilingual {
  return rungReasonText(rungDiff(rung, a, bank, { withinMargin: fits(a, ctx, ctx.capT), marginShare: 1 - ctx.rules.margin }));
}

/**
 * Opening, target and walk-away counter-offers to the bank's `offer`. `rules` overrides the market defaults
 * (rules.ts); `opts` is passed to every analysis (e.g. `now` for deadline checks).
 */
export function counterOffers(
  offer: Offer,
  debt: Debt,
  budget: Budget,
  rules?: Partial<NegotiationRules>,
  opts: AnalyzeOptions = {},
): CounterOffers {
  const merged = rulesFor(debt.market, { ...opts.rules, ...rules });
  const A = affordableMonthly(budget);
  const ctx: Context = {
    debt,
    budget,
    rules: merged,
    opts,
    A,
    capT: Math.floor(A * (1 - merged.margin)),
    capO: Math.floor(A * (1 - merged.openingMargin)),
  };
  const bank = analyse(ctx, offer);
  const r = bank.planKind === 'settlement' ? settlementLadder(bank, ctx) : instalmentLadder(bank, ctx);

  const reasons: Bilingual[] = [];
  if (r.alreadyGood) {
    reasons.push({
      zh: '银行的方案已在预算内、成本也低，接受是合理的选择；也可以先试试开价',
      en: "The bank's offer already fits your budget and is cheap; accepting it is reasonable — you can still try the opening ask first",
    });
  }
  if (!r.rulesOk) {
    reasons.push({
      zh: `银行的方案超过${merged.maxPeriods}期，还价都控制在${merged.maxPeriods}期以内`,
      en: `The bank's plan runs past ${merged.maxPeriods} months; the counter-offers stay within ${merged.maxPeriods}`,
    });
  }
  if (!r.walk.affordable) {
    reasons.push({
      zh: '在现有规则下没有负担得起的方案：准备收入和困难证明，请求更多减免或协商结清',
      en: 'No plan within the rules fits your budget: prepare proof of income and hardship, and ask for larger waivers or a settlement',
    });
  }
  if (r.walk.affordable && !fits(r.target, ctx, ctx.capT)) {
    reasons.push({
      zh: '没有方案能在留出余量后仍负担得起，目标已是最宽松的条件',
      en: 'No plan leaves a safety margin in your budget; the target is already the most lenient terms',
    });
  }

  const rung = (kind: 'opening' | 'target' | 'walkAway', a: OfferAnalysis): Rung => ({
    offer: a.offer,
    analysis: a,
    reason: reasonFor(kind, a, ctx, bank),
  });
  return {
    bank,
    opening: rung('opening', r.opening),
    target: rung('target', r.target),
    walkAway: rung('walkAway', r.walk),
    alreadyGood: r.alreadyGood,
    targetWithinMargin: fits(r.target, ctx, ctx.capT),
    walkAwayAffordable: r.walk.affordable,
    reasons,
  };
}
