/**
 * The variables a phrase template may use, with how each is shown and what to say when it is unknown.
 *
 * A variable with a `fallback` always renders: the fallback is a phrase that reads naturally in the slot where the
 * templates use it ("这笔欠款" / "the balance"). A variable without one is required: a template that uses it
 * outside an optional `[…]` segment is left out when the value is unknown, so no raw placeholder ever reaches a user.
 */

import type { Lang } from './types';

export type VarKind = 'money' | 'count' | 'rate' | 'percent' | 'date' | 'text';

export interface VarSpec {
  kind: VarKind;
  /** Label for the UI's "fill this in" hint. */
  label: { zh: string; en: string };
  fallback?: { zh: string; en: string };
}

export const VARIABLES = {
  bank: { kind: 'text', label: { zh: '银行名称', en: 'bank name' } },
  agentName: { kind: 'text', label: { zh: '客服姓名', en: "agent's name" } },
  agentId: { kind: 'text', label: { zh: '客服工号', en: "agent's ID" } },
  referenceNo: { kind: 'text', label: { zh: '受理编号', en: 'reference number' } },
  balance: {
    kind: 'money',
    label: { zh: '欠款总额', en: 'total balance' },
    fallback: { zh: '目前的全部欠款', en: 'the full balance' },
  },
  principal: { kind: 'money', label: { zh: '本金', en: 'principal' } },
  interest: { kind: 'money', label: { zh: '利息', en: 'interest' } },
  fees: { kind: 'money', label: { zh: '费用', en: 'fees' } },
  penalties: { kind: 'money', label: { zh: '罚息和违约金', en: 'penalties and late fees' } },
  amount: {
    kind: 'money',
    label: { zh: '方案本金', en: 'plan amount' },
    fallback: { zh: '这笔欠款', en: 'the balance' },
  },
  periods: { kind: 'count', label: { zh: '期数', en: 'number of months' } },
  monthlyPayment: { kind: 'money', label: { zh: '每月还款额', en: 'monthly payment' } },
  feeRate: { kind: 'rate', label: { zh: '每期手续费率', en: 'monthly fee rate' } },
  annualRate: { kind: 'rate', label: { zh: '年利率', en: 'APR' } },
  downPayment: { kind: 'money', label: { zh: '首付金额', en: 'down payment' } },
  settlementAmount: { kind: 'money', label: { zh: '结清金额', en: 'settlement amount' } },
  settlementPercent: { kind: 'percent', label: { zh: '结清比例', en: 'settlement share' } },
  affordable: { kind: 'money', label: { zh: '每月可还金额', en: 'affordable monthly amount' } },
  reason: {
    kind: 'text',
    label: { zh: '困难原因', en: 'reason' },
    fallback: { zh: '收入方面出现了实际困难', en: 'a genuine change in my finances' },
  },
  offerSummary: {
    kind: 'text',
    label: { zh: '银行方案', en: "bank's offer" },
    fallback: { zh: '这个方案', en: 'this plan' },
  },
  offerPeriods: { kind: 'count', label: { zh: '银行方案期数', en: "bank's number of months" } },
  offerMonthly: { kind: 'money', label: { zh: '银行方案月供', en: "bank's monthly payment" } },
  offerFeeRate: { kind: 'rate', label: { zh: '银行方案费率', en: "bank's fee rate" } },
  waivers: {
    kind: 'text',
    label: { zh: '希望减免的项目', en: 'charges to waive' },
    fallback: { zh: '罚息和违约金', en: 'the penalty interest and late fees' },
  },
  paymentDate: { kind: 'date', label: { zh: '首次还款日期', en: 'first payment date' } },
  followUpDate: {
    kind: 'date',
    label: { zh: '跟进日期', en: 'follow-up date' },
    fallback: { zh: '约定的时间', en: 'the agreed date' },
  },
  deadline: { kind: 'date', label: { zh: '方案截止日期', en: "offer's deadline" } },
} as const satisfies Record<string, VarSpec>;

export type VarName = keyof typeof VARIABLES;

export const VAR_NAMES = Object.keys(VARIABLES) as VarName[];

export type VarValues = Partial<Record<VarName, string>>;

export function isVarName(name: string): name is VarName {
  return Object.prototype.hasOwnProperty.call(VARIABLES, name);
}

export function fallbackFor(name: VarName, lang: Lang): string | undefined {
  const spec: VarSpec = VARIABLES[name];
  return spec.fallback?.[lang];
}

/** The variable names a template mentions, at the type level, so a misspelt `{amout}` fails to compile. */
export type VarsOf<S extends string> = S extends `${string}{${infer V}}${infer Rest}` ? V | VarsOf<Rest> : never;
