/** Contexts shared by the phrasing tests: an empty one, and a "full" one in which every template variable is known. */

import type { Budget, Debt, Offer } from '../../lib/negotiate/types';
import type { PhraseContext } from '../../lib/phrasing/index';

export const DEBT_CN: Debt = { currency: 'CNY', principal: 5000000, interest: 300000, fees: 20000, penalties: 150000, market: 'CN' };
export const DEBT_US: Debt = { currency: 'USD', principal: 842016, interest: 61200, fees: 7500, penalties: 11900, market: 'US' };
export const DEBT_UK: Debt = { currency: 'GBP', principal: 420000, interest: 31000, fees: 3600, penalties: 6000, market: 'UK' };
export const BUDGET: Budget = { monthlyIncome: 800000, essentialSpending: 450000, otherDebtPayments: 50000, cashNow: 200000 };

export const BANK_OFFER: Offer = { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, deadline: '2025-04-30' };

/** A rung that carries every plan field, so every plan variable has a value whichever rung a phrase uses. */
function allFields(periods: number, monthly: number): Offer {
  return {
    kind: 'installment',
    currency: 'CNY',
    periods,
    amount: 5000000,
    monthlyFeeRate: 0.003,
    annualRate: 0.06,
    monthlyPayment: monthly,
    downPayment: 100000,
    settlementAmount: 3000000,
    settlementRatio: 0.55,
    waives: ['penalty', 'late-fee'],
  };
}

export function fullContext(lang: 'zh' | 'en', market: 'CN' | 'US' | 'UK' = 'CN'): PhraseContext {
  const debt = market === 'CN' ? DEBT_CN : market === 'US' ? DEBT_US : DEBT_UK;
  return {
    lang,
    profile: { debt, budget: BUDGET, hardship: 'illness' },
    offer: { ...BANK_OFFER, currency: debt.currency, annualRate: 0.12 },
    counter: { opening: allFields(36, 150000), target: allFields(30, 190000), walkAway: allFields(26, 230000) },
    agent: { name: lang === 'zh' ? '王芳' : 'Jordan', id: 'A1027' },
    bank: lang === 'zh' ? '示例银行' : 'Example Bank',
    referenceNo: 'XS20250301',
    dates: { payment: '2025-04-15', followUp: '2025-04-22' },
  };
}

/** Text no rendered phrase may ever contain. */
export const LEAKS = /[{}[\]]|undefined|NaN|null|Infinity|\[object/;
