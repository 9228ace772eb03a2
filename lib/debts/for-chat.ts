/**
 * The budget one negotiation may offer: the person's monthly capacity minus the plans agreed for every other debt,
 * and the Plan's figures rewritten so the offer card, the counter-offer ladder and the suggested replies (which all
 * read affordableMonthly(budget) and cashNow) use what is left, with the debt's own balance.
 */
import { affordableMonthly } from '../negotiate/budget';
import type { Budget, Currency, Debt } from '../negotiate/types';
import { countedAgreedPlans, type BookEntry } from './book';
import { budgetLeft, type BudgetLeft } from './budget-left';
import { debtFigures } from './figures';
import type { MonthIndex } from './months';

export interface ChatBudget {
  /** The debt this negotiation is about, when one is known. */
  debtId?: string;
  capacity: number;
  result: BudgetLeft;
  /** Agreed plans of other debts in the tightest month, largest first (the amounts the sentence names). */
  agreed: { debtId: string; amount: number }[];
  /** Agreed plans left out because they are in another currency than the budget. */
  otherCurrency: string[];
}

export interface PlanFigures {
  debt: Debt;
  budget: Budget;
}

/** What is left for `debtId` (or for any new debt, when undefined) once every other agreed plan is paid. */
export function chatBudget(book: readonly BookEntry[], debtId: string | undefined, budget: Budget, currency: Currency, from: MonthIndex): ChatBudget {
  const capacity = affordableMonthly(budget);
  const others = countedAgreedPlans(book).filter((p) => p.debtId !== debtId);
  const counted = others.filter((p) => p.currency === currency);
  const result = budgetLeft({ capacity, cashNow: budget.cashNow, plans: counted, from });
  const month = result.tightestMonth === undefined ? undefined : result.months[result.tightestMonth - from];
  const agreed = (month?.byDebt ?? []).filter((d) => d.amount > 0).sort((a, b) => b.amount - a.amount || (a.debtId < b.debtId ? -1 : 1));
  const out: ChatBudget = { capacity, result, agreed, otherCurrency: others.filter((p) => p.currency !== currency).map((p) => p.debtId) };
  if (debtId !== undefined) out.debtId = debtId;
  return out;
}

/**
 * The Plan as this negotiation should use it: the debt's own figures (when it is listed and in the budget's
 * currency), and a budget whose affordable amount is what is left and whose cash is what the agreed plans leave.
 * The other debt payments grow by exactly what the agreed plans take, so affordableMonthly gives `left`.
 */
export function figuresForChat<P extends PlanFigures>(profile: P, cb: ChatBudget, row: BookEntry['row'] | undefined): P {
  const debt = row && row.currency === profile.debt.currency ? { ...debtFigures(row), ...(profile.debt.revolvingDailyRate !== undefined && !row.rate ? { revolvingDailyRate: profile.debt.revolvingDailyRate } : {}) } : profile.debt;
  const taken = cb.capacity - cb.result.left;
  if (taken === 0 && cb.result.cashLeft === profile.budget.cashNow) return debt === profile.debt ? profile : { ...profile, debt };
  return {
    ...profile,
    debt,
    budget: { ...profile.budget, otherDebtPayments: profile.budget.otherDebtPayments + taken, cashNow: cb.result.cashLeft },
  };
}
