/**
 * One offer, judged against the user's debt and budget: its schedule, true (IRR) cost, whether it fits, and the
 * warnings worth raising before the user agrees to anything.
 */

import { affordableMonthly, fitsBudget } from './budget';
import { doNothingCost, type DoNothingOptions } from './do-nothing';
import { formatMoney, formatPercent } from './money';
import { buildSchedule, resolveOffer, type PlanSpec, type ResolveOptions } from './resolve';
import { rulesFor, type NegotiationRules } from './rules';
import { delayed, maxMonthly, upfront, type Schedule } from './schedules/schedule';
import type { ApproximateField, Budget, Debt, Offer, OfferField, OfferKind } from './types';

export type Severity = 'info' | 'warning' | 'danger';

export type FlagId =
  | 'above-budget'
  | 'over-60-periods'
  | 'fee-upfront'
  | 'fee-on-waived'
  | 'waived-still-included'
  | 'short-deadline'
  | 'costlier-than-nothing'
  | 'apr-understated'
  | 'assumed-terms'
  | 'currency-mismatch';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Flag {
  id: FlagId;
  severity: Severity;
  message: Bilingual;
}

export interface AnalyzeOptions extends ResolveOptions {
  /** "Today", for deadline checks: a Date (its local calendar day is used) or 'YYYY-MM-DD'. */
  now?: Date | string;
  rules?: Partial<NegotiationRules>;
  doNothing?: DoNothingOptions;
}

/**
 * A figure the agent stated beside the one Parley computed for the same plan: "the agent's ¥1,062.65 matches this
 * plan's ¥1,062.64". `approximate` when the agent said 约 / about; `matches` allows the agent's rounding (1 %, at least
 * one currency unit) for an approximate figure and a cent's rounding for an exact one.
 */
export interface AgentFigure {
  field: ApproximateField;
  stated: number;
  computed: number;
  approximate: boolean;
  matches: boolean;
}

export interface OfferAnalysis {
  /** The offer with every field the analysis used filled in (see resolve.ts for the filling rules). */
  offer: Offer;
  /** The plan actually analysed (= offer.kind, except a daily-rate "installment", which is analysed as a loan). */
  planKind: OfferKind;
  plan: PlanSpec;
  assumed: OfferField[];
  derived: OfferField[];
  schedule: Schedule;
  /** principal + interest + fees + penalties today. */
  balance: number;
  /** What the offer says it waives, from the debt's buckets. */
  waived: number;
  /** Largest bill from month 1 on. */
  maxMonthlyPayment: number;
  /** Due now (down payment). */
  upfrontPayment: number;
  totalPaid: number;
  /** totalPaid − debt.principal: everything paid beyond what was actually borrowed. Comparable across offers. */
  totalCost: number;
  /** balance − totalPaid: what the user avoids paying compared with clearing today's balance. */
  saving: number;
  apr: number | null;
  ear: number | null;
  /** The rate a bank would advertise: fee × 12 for flat-fee plans, the stated rate for loans; null for settlements. */
  simpleAnnualRate: number | null;
  /** Months from now to the last bill. */
  termMonths: number;
  affordableMonthly: number;
  affordable: boolean;
  /** maxMonthlyPayment ÷ affordableMonthly (Infinity when nothing is affordable but something is due). */
  monthlyVsBudget: number;
  /** affordableMonthly − maxMonthlyPayment; negative when over budget. */
  monthlyHeadroom: number;
  /** What paying nothing for termMonths would cost over principal (see do-nothing.ts). */
  doNothingCost: number;
  /** Months before the first plan payment when the plan follows a deferral (offer.afterDeferral), else 0. */
  startsAfterMonths: number;
  /** The agent's own figures beside Parley's exact ones. */
  agentFigures: AgentFigure[];
  flags: Flag[];
}

function agentFigures(offer: Offer, schedule: Schedule): AgentFigure[] {
  const out: AgentFigure[] = [];
  const approx = new Set(offer.approximate ?? []);
  const add = (field: ApproximateField, stated: number | undefined, computed: number | undefined) => {
    if (stated === undefined || computed === undefined || !Number.isFinite(stated)) return;
    const approximate = approx.has(field);
    const tolerance = approximate ? Math.max(100, computed * 0.01) : Math.max(1, computed * 0.001);
    out.push({ field, stated, computed, approximate, matches: Math.abs(stated - computed) <= tolerance });
  };
  if (offer.monthlyPayment !== undefined) {
    // The bill nearest the stated one: a first period may carry the fen remainder or an upfront fee.
    let best: number | undefined;
    for (const p of schedule.payments) {
      if (p.period >= 1 && p.total > 0 && (best === undefined || Math.abs(p.total - offer.monthlyPayment) < Math.abs(best - offer.monthlyPayment))) best = p.total;
    }
    add('monthlyPayment', offer.monthlyPayment, best);
  }
  if (offer.kind === 'settlement') add('settlementAmount', offer.settlementAmount, schedule.totalPaid);
  else add('downPayment', offer.downPayment, upfront(schedule) || undefined);
  return out;
}

const DAY_MS = 86_400_000;

function calendarDay(value: Date | string): number | null {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  }
  return Number.isNaN(value.getTime()) ? null : Date.UTC(value.getFullYear(), value.getMonth(), value.getDate());
}

/** Whole days from `now` to the deadline day (0 = due today, negative = passed), or null when either is missing. */
export function daysUntil(deadline: string | undefined, now: Date | string | undefined): number | null {
  if (deadline === undefined || now === undefined) return null;
  const d = calendarDay(deadline);
  const n = calendarDay(now);
  return d === null || n === null ? null : Math.round((d - n) / DAY_MS);
}

function simpleRate(plan: PlanSpec): number | null {
  switch (plan.kind) {
    case 'installment':
    case 'interest-frozen': {
      const i = plan.input as { monthlyFeeRate?: number; totalFeeRate?: number; periods: number };
      return i.monthlyFeeRate !== undefined ? i.monthlyFeeRate * 12 : ((i.totalFeeRate ?? 0) / i.periods) * 12;
    }
    case 'amortized':
      return plan.input.annualRate;
    case 'deferral':
      return plan.input.annualRate ?? 0;
    case 'settlement':
      return null;
  }
}

function chargesForTime(plan: PlanSpec, schedule: Schedule): boolean {
  if (plan.kind === 'settlement') return false;
  return schedule.payments.some((p) => p.fee > 0 || p.interest > 0);
}

const FIELD_NAMES: Partial<Record<OfferField, Bilingual>> = {
  periods: { zh: '期数', en: 'number of months' },
  monthlyFeeRate: { zh: '手续费率', en: 'fee rate' },
  annualRate: { zh: '利率', en: 'interest rate' },
  settlementAmount: { zh: '结清金额', en: 'settlement amount' },
};

export function analyzeOffer(offer: Offer, debt: Debt, budget: Budget, opts: AnalyzeOptions = {}): OfferAnalysis {
  const rules = rulesFor(debt.market, opts.rules);
  const resolved = resolveOffer(offer, debt, opts);
  const { plan } = resolved;
  // A plan agreed to follow a deferral starts when the deferral ends.
  const startsAfterMonths =
    plan.kind !== 'deferral' && Number.isInteger(offer.afterDeferral) && (offer.afterDeferral ?? 0) > 0 ? Math.min(36, offer.afterDeferral!) : 0;
  const schedule = delayed(buildSchedule(plan), startsAfterMonths);
  const currency = debt.currency;
  const money = (m: number, lang: 'zh' | 'en') => formatMoney(m, currency, lang);

  const A = affordableMonthly(budget);
  const maxM = maxMonthly(schedule);
  const up = upfront(schedule);
  const termMonths = schedule.payments.reduce((t, p) => Math.max(t, p.period), 0);
  const affordable = fitsBudget(schedule, plan.kind, budget.cashNow, A);
  const totalCost = schedule.totalPaid - debt.principal;
  const dn = doNothingCost(debt, Math.max(1, termMonths), opts.doNothing);
  const simple = simpleRate(plan);

  const flags: Flag[] = [];
  const add = (id: FlagId, severity: Severity, zh: string, en: string) => flags.push({ id, severity, message: { zh, en } });

  if (!affordable) {
    if (plan.kind === 'settlement' || plan.kind === 'deferral') {
      add(
        'above-budget',
        'danger',
        `按现有存款${money(budget.cashNow, 'zh')}和每月可用${money(A, 'zh')}，凑不齐按期要付的${money(schedule.totalPaid, 'zh')}`,
        `With ${money(budget.cashNow, 'en')} saved and ${money(A, 'en')} a month to spare, you could not pay the ${money(schedule.totalPaid, 'en')} on time`,
      );
    } else if (up > budget.cashNow && maxM <= A) {
      add(
        'above-budget',
        'danger',
        `首付${money(up, 'zh')}超过你现有的${money(budget.cashNow, 'zh')}`,
        `The ${money(up, 'en')} down payment is more than the ${money(budget.cashNow, 'en')} you have now`,
      );
    } else {
      add(
        'above-budget',
        'danger',
        `月供最高${money(maxM, 'zh')}，超过你每月可用的${money(A, 'zh')}`,
        `Payments of up to ${money(maxM, 'en')} a month exceed the ${money(A, 'en')} you can spare`,
      );
    }
  }

  // The 60-period ceiling is on the plan itself, not on the deferral before it.
  if (termMonths - startsAfterMonths > rules.maxPeriods) {
    const cn = debt.market === 'CN';
    add(
      'over-60-periods',
      'warning',
      `共${termMonths - startsAfterMonths}个月，超过${rules.maxPeriods}期${cn ? '（个性化分期最长5年，见《商业银行信用卡业务监督管理办法》第七十条）' : ''}，请核实`,
      `${termMonths - startsAfterMonths} months is longer than ${rules.maxPeriods}${cn ? ' (a Chinese personalised instalment plan may run at most 5 years)' : ''}; check this with the agent`,
    );
  }

  if (plan.kind === 'installment' && plan.input.fee === 'upfront' && schedule.payments.some((p) => p.fee > 0)) {
    add(
      'fee-upfront',
      'warning',
      '手续费在首期一次性收取：首月负担更重，实际年化也更高',
      'The whole fee is charged in the first month: a heavier first bill and a higher true annual rate',
    );
  }

  const afterWaivers = resolved.balance - resolved.waived;
  const statedBase =
    plan.kind === 'settlement'
      ? resolved.assumed.includes('settlementAmount')
        ? undefined
        : plan.input.amount
      : offer.amount !== undefined
        ? (resolved.offer.amount ?? 0) + (resolved.offer.downPayment ?? 0)
        : undefined;
  if (resolved.waived > 0 && statedBase !== undefined && statedBase > afterWaivers) {
    const extra = Math.min(resolved.waived, statedBase - afterWaivers);
    if (chargesForTime(plan, schedule)) {
      add(
        'fee-on-waived',
        'danger',
        `说好减免的${money(extra, 'zh')}仍计入了本金，手续费/利息也按它计算——请要求按减免后的${money(afterWaivers, 'zh')}计算`,
        `${money(extra, 'en')} the bank said it would waive is still in the amount, and fees or interest are charged on it — ask for the plan on the ${money(afterWaivers, 'en')} left after the waiver`,
      );
    } else {
      add(
        'waived-still-included',
        'warning',
        `说好减免的${money(extra, 'zh')}似乎仍包含在金额里，请核实`,
        `${money(extra, 'en')} the bank said it would waive seems to still be in the amount; check with the agent`,
      );
    }
  }

  const days = daysUntil(resolved.offer.deadline, opts.now);
  if (days !== null && days < rules.shortDeadlineDays) {
    add(
      'short-deadline',
      'warning',
      days < 0
        ? `截止日${resolved.offer.deadline}已过`
        : `距截止日只剩${days}天：先拿到书面确认再付款`,
      days < 0
        ? `The deadline ${resolved.offer.deadline} has passed`
        : `Only ${days} day${days === 1 ? '' : 's'} to the deadline: get the terms in writing before paying`,
    );
  }

  if (totalCost > dn.costOverPrincipal) {
    add(
      'costlier-than-nothing',
      'danger',
      `这个方案比${termMonths}个月不还款（按日息和违约金估算）还多花${money(totalCost - dn.costOverPrincipal, 'zh')}`,
      `This plan costs ${money(totalCost - dn.costOverPrincipal, 'en')} more than paying nothing for ${termMonths} months (revolving interest and late fees, estimated)`,
    );
  }

  if (
    simple !== null &&
    schedule.apr !== null &&
    (plan.kind === 'installment' || plan.kind === 'interest-frozen') &&
    schedule.apr - simple > rules.aprGapThreshold
  ) {
    add(
      'apr-understated',
      'info',
      `按内部收益率法折算的年化利率是${formatPercent(schedule.apr, 'zh')}，而不是${formatPercent(simple, 'zh')}`,
      `The true annual rate (IRR method) is ${formatPercent(schedule.apr, 'en')}, not ${formatPercent(simple, 'en')}`,
    );
  }

  const unknown = resolved.assumed.filter((f) => FIELD_NAMES[f] !== undefined);
  if (unknown.length > 0) {
    add(
      'assumed-terms',
      'info',
      `客服没说明${unknown.map((f) => FIELD_NAMES[f]?.zh).join('、')}，计算按默认值估算——可以直接问清楚`,
      `The agent did not state the ${unknown.map((f) => FIELD_NAMES[f]?.en).join(', ')}; figures use a default — worth asking`,
    );
  }

  if (offer.currency !== undefined && offer.currency !== debt.currency) {
    add(
      'currency-mismatch',
      'warning',
      `方案币种${offer.currency}与欠款币种${debt.currency}不同`,
      `The offer is in ${offer.currency} but the debt is in ${debt.currency}`,
    );
  }

  return {
    offer: resolved.offer,
    planKind: plan.kind,
    plan,
    assumed: resolved.assumed,
    derived: resolved.derived,
    schedule,
    balance: resolved.balance,
    waived: resolved.waived,
    maxMonthlyPayment: maxM,
    upfrontPayment: up,
    totalPaid: schedule.totalPaid,
    totalCost,
    saving: resolved.balance - schedule.totalPaid,
    apr: schedule.apr,
    ear: schedule.ear,
    simpleAnnualRate: simple,
    termMonths,
    affordableMonthly: A,
    affordable,
    monthlyVsBudget: A > 0 ? maxM / A : maxM > 0 ? Number.POSITIVE_INFINITY : 0,
    monthlyHeadroom: A - maxM,
    doNothingCost: dn.costOverPrincipal,
    startsAfterMonths,
    agentFigures: agentFigures(offer, schedule),
    flags,
  };
}
