/**
 * 等额本金: equal principal each month plus interest on the balance still owed, so bills start high and fall.
 * Principal is split as for 分期 (floor, remainder in the FIRST period); interest is round-half-up(balance × rate).
 */

import { mulRate, splitFirst } from '../money';
import { validateLoan, type AmortizedInput } from './amortized';
import { finish, row, type Payment, type Schedule } from './schedule';

export type EqualPrincipalInput = AmortizedInput;

export function equalPrincipalPlan(input: EqualPrincipalInput): Schedule {
  const downPayment = input.downPayment ?? 0;
  validateLoan(input.principal, input.periods, input.annualRate, downPayment);
  const monthly = input.annualRate / 12;
  const payments: Payment[] = [];
  if (downPayment > 0) payments.push(row(0, downPayment, 0, 0));
  let balance = input.principal - downPayment;
  const parts = splitFirst(balance, input.periods);
  for (let k = 1; k <= input.periods; k++) {
    const interest = mulRate(balance, monthly);
    const principal = parts[k - 1] as number;
    balance -= principal;
    payments.push(row(k, principal, interest, 0));
  }
  return finish(input.principal, payments);
}
