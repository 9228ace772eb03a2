/**
 * lib/debts — several debts, one budget. Pure TypeScript (no browser globals): loads under plain Node.
 *
 * Model (./types.ts): a DebtRow per creditor (table `debts`, schema v3): creditor (registry `siteId`, or a typed
 * name), product, balance buckets, days overdue, rates, status, the agreed plan (a record, or typed terms), a
 * proposed plan, and the records it is about.
 *
 *  - debtBook({ debts, records, currentMonth, utcOffsetMinutes }) (./book.ts): each debt as it stands — status moved on
 *    by its records, agreed and proposed plans as payments per calendar month (./plans.ts, ./months.ts).
 *  - budgetLeft({ capacity, cashNow, plans, from }) (./budget-left.ts): capacity minus agreed plans, month by month;
 *    never negative, each plan once; `left` is the tightest month's.
 *  - chatBudget / figuresForChat (./for-chat.ts): what one negotiation may offer, and the Plan rewritten so the
 *    offer card, ladder and replies use it; budgetLeftSentence (./sentence.ts) says so in zh and en.
 *  - debtForRecord / linkRecord (./links.ts): the debt a record is about.
 *  - rankDebts (./ranking.ts) with overdueStage (./overdue.ts) and costOfWaiting (./cost-of-waiting.ts).
 *  - compareSplits / simulateSplit (./split.ts): highest cost first beside smallest balance first.
 *  - timeline (./timeline.ts) and whatIf (./what-if.ts).
 *  - storedDebtSchema / exportedDebtSchema (./schema.ts), checkDebtRows (./import.ts), toExportedDebt (./format.ts).
 */
export * from './types';
export { debtBook, countedAgreedPlans, effectiveStatus, planCounts, type BookEntry } from './book';
export { budgetLeft, leftIn, type BudgetLeft, type MonthLeft, type PlanLine } from './budget-left';
export { chatBudget, figuresForChat, type ChatBudget } from './for-chat';
export { budgetLeftSentence } from './sentence';
export { checkDebtRows } from './import';
export { debtsForExport, fromExportedDebt, toExportedDebt, type ExportedDebt } from './format';
export { exportedDebtSchema, storedDebtSchema } from './schema';
export { debtForRecord, linkRecord, type RecordMatch } from './links';
export { rankDebts, type RankedDebt, type Reason, type Ranking } from './ranking';
export { overdueStage, type OverdueStage } from './overdue';
export { costOfWaiting, type WaitingCost } from './cost-of-waiting';
export { compareSplits, simulateSplit, splitDebt, type SplitComparison, type SplitResult } from './split';
export { splitDifferenceText } from './split-text';
export { planFromText } from './plan-text';
export { timeline, plansToShow, type Timeline } from './timeline';
export { whatIf, type WhatIf } from './what-if';
export { agreedPlanOf, planPayments, proposedPlanOf, type DebtPlan, type RecordFacts } from './plans';
export { formatMonth, monthOfInstant, parseMonth, type MonthIndex } from './months';
export { debtFigures, dailyRateOf, daysOverdueOn } from './figures';
