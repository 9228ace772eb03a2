import { describe, expect, it } from 'vitest';
import { affordableMonthly } from '../../lib/negotiate/budget';
import { debtBook } from '../../lib/debts/book';
import { chatBudget, figuresForChat } from '../../lib/debts/for-chat';
import { monthIndex } from '../../lib/debts/months';
import { budgetLeftSentence } from '../../lib/debts/sentence';
import { timeline, plansToShow } from '../../lib/debts/timeline';
import { whatIf } from '../../lib/debts/what-if';
import { planPayments } from '../../lib/debts/plans';
import type { DebtRow } from '../../lib/debts/types';
import { BEIJING, debt } from './helpers';

const NOV = monthIndex(2026, 11);
// ¥1,450 a month to spare: income 8,000 − essentials 5,350 − other debts 1,200.
const BUDGET = { monthlyIncome: 800_000, essentialSpending: 535_000, otherDebtPayments: 120_000, cashNow: 200_000 };
// 10 × ¥1,000 with no fee on ¥10,000: exactly ¥1,000.00 a month from December.
const CMB_PLAN = { from: 'typed' as const, offer: { kind: 'installment' as const, periods: 10, monthlyFeeRate: 0 }, firstDue: '2026-12' };
const cmb = debt({ id: 'cmb', siteId: 'cmb', creditorName: '招商银行', principal: 1_000_000, interest: 0, penalties: 0, status: 'agreed', agreed: CMB_PLAN });
const demo = debt({ id: 'demo' });
const huabei = debt({ id: 'huabei', siteId: 'alipay', creditorName: '花呗', creditorKind: 'lending-app', product: 'online-lending', principal: 300_000, interest: 0, penalties: 0 });
const names: Record<string, { zh: string; en: string }> = { cmb: { zh: '招商银行', en: 'China Merchants Bank' }, huabei: { zh: '花呗', en: 'Huabei' } };
const nameOf = (id: string, lang: 'zh' | 'en') => names[id]![lang];

const book = (debts: DebtRow[]) => debtBook({ debts, records: new Map(), currentMonth: NOV, utcOffsetMinutes: BEIJING });

describe('the budget one negotiation may offer', () => {
  it('is the capacity less the plans agreed with the other creditors, and says so with figures that add up', () => {
    const cb = chatBudget(book([cmb, demo]), 'demo', BUDGET, 'CNY', NOV);
    expect(cb.capacity).toBe(145_000);
    expect(cb.result.left).toBe(45_000);
    expect(cb.agreed).toEqual([{ debtId: 'cmb', amount: 100_000 }]);
    const s = budgetLeftSentence(cb, 'CNY', nameOf)!;
    expect(s.en).toBe('After the ¥1,000.00 a month agreed with China Merchants Bank, ¥450.00 of the ¥1,450.00 you can pay each month is left for this debt (¥1,450.00 from 2027-10).');
    expect(s.zh).toBe('扣除与招商银行谈妥的每月¥1,000.00后，你每月可还的¥1,450.00中还剩¥450.00可用于这笔欠款（2027-10起为¥1,450.00）。');
  });

  it('a debt’s own agreed plan is not taken from its own budget', () => {
    const cb = chatBudget(book([cmb, demo]), 'cmb', BUDGET, 'CNY', NOV);
    expect(cb.result.left).toBe(145_000);
    expect(budgetLeftSentence(cb, 'CNY', nameOf)).toBeUndefined();
  });

  it('a plan agreed with one creditor changes the budget of every other debt at once', () => {
    const before = book([{ ...cmb, status: 'negotiating', agreed: undefined }, demo, huabei]);
    const after = book([cmb, demo, huabei]);
    for (const id of ['demo', 'huabei']) {
      expect(chatBudget(before, id, BUDGET, 'CNY', NOV).result.left).toBe(145_000);
      expect(chatBudget(after, id, BUDGET, 'CNY', NOV).result.left).toBe(45_000);
    }
  });

  it('names every agreed plan, largest first, when there are several', () => {
    const hb = { ...huabei, status: 'agreed' as const, agreed: { ...CMB_PLAN, offer: { ...CMB_PLAN.offer, periods: 30 } } };
    const cb = chatBudget(book([cmb, hb, demo]), 'demo', BUDGET, 'CNY', NOV);
    expect(cb.result.left).toBe(35_000);
    expect(budgetLeftSentence(cb, 'CNY', nameOf)!.en).toMatch(/^After the ¥1,000\.00 a month agreed with China Merchants Bank and ¥100\.00 with Huabei, ¥350\.00 of the ¥1,450\.00/);
  });

  it('says when the agreed plans take more than the person can pay', () => {
    const big = { ...cmb, principal: 2_000_000, agreed: CMB_PLAN };
    const cb = chatBudget(book([big, demo]), 'demo', BUDGET, 'CNY', NOV);
    expect(cb.result.left).toBe(0);
    expect(budgetLeftSentence(cb, 'CNY', nameOf)!.en).toMatch(/come to ¥2,000\.00, more than the ¥1,450\.00 you can pay each month: nothing is left for this debt/);
  });

  it('leaves a plan in another currency out rather than mixing currencies', () => {
    const usd = { ...cmb, id: 'usd', currency: 'USD' as const, market: 'US' as const };
    const cb = chatBudget(book([usd, demo]), 'demo', BUDGET, 'CNY', NOV);
    expect(cb.result.left).toBe(145_000);
    expect(cb.otherCurrency).toEqual(['usd']);
  });

  it('rewrites the Plan so the card, ladder and replies use what is left, on the debt’s own balance', () => {
    const profile = { debt: { currency: 'CNY' as const, principal: 1, interest: 0, fees: 0, penalties: 0, market: 'CN' as const }, budget: BUDGET };
    const cb = chatBudget(book([cmb, demo]), 'demo', BUDGET, 'CNY', NOV);
    const figures = figuresForChat(profile, cb, demo);
    expect(affordableMonthly(figures.budget)).toBe(45_000);
    expect(figures.budget.cashNow).toBe(200_000);
    expect(figures.debt).toMatchObject({ principal: 2_860_000, interest: 286_000, penalties: 102_000 });
    // Nothing agreed elsewhere and no debt listed: the Plan as it is.
    const untouched = figuresForChat(profile, chatBudget(book([demo]), undefined, BUDGET, 'CNY', NOV), undefined);
    expect(untouched).toBe(profile);
  });
});

describe('timeline and what if', () => {
  const withProposal = { ...huabei, proposed: { offer: { kind: 'installment' as const, periods: 6, monthlyFeeRate: 0 } } };

  it('shows each month’s payments, agreed and proposed, against the capacity', () => {
    const t = timeline(plansToShow(book([cmb, withProposal, demo])), NOV, 145_000);
    expect(t.months[0]!.total).toBe(0);
    expect(t.months[1]!.bars).toEqual([
      { debtId: 'cmb', kind: 'agreed', amount: 100_000 },
      { debtId: 'huabei', kind: 'proposed', amount: 50_000 },
    ]);
    expect(t.peak).toBe(150_000);
    expect(t.overCapacity).toEqual([NOV + 1, NOV + 2, NOV + 3, NOV + 4, NOV + 5, NOV + 6]);
    expect(t.months).toHaveLength(11);
  });

  it('what if the proposal for one debt changes: what is left for each other debt, and the totals', () => {
    const b = book([cmb, withProposal, demo]);
    const longer = planPayments(withProposal, { kind: 'installment', periods: 12, monthlyFeeRate: 0 }, { start: NOV })!;
    const w = whatIf({ book: b, change: { debtId: 'huabei', plan: { debtId: 'huabei', kind: 'proposed', source: 'typed', offer: { kind: 'installment' }, currency: 'CNY', payments: longer } }, capacity: 145_000, cashNow: 0, from: NOV });
    expect(w.before.peakMonthly).toBe(150_000);
    expect(w.after.peakMonthly).toBe(125_000);
    expect(w.before.overMonths).toBe(6);
    expect(w.after.overMonths).toBe(0);
    expect(w.before.totalToPay).toBe(w.after.totalToPay);
    expect(w.after.lastMonth).toBe(NOV + 12);
    expect(w.effects).toEqual([
      { debtId: 'huabei', leftBefore: 45_000, leftAfter: 45_000 },
      { debtId: 'demo', leftBefore: 0, leftAfter: 20_000 },
    ]);
  });

  it('an agreed plan is not replaced by a what-if proposal', () => {
    const w = whatIf({ book: book([cmb, demo]), change: { debtId: 'cmb', plan: null }, capacity: 145_000, cashNow: 0, from: NOV });
    expect(w.after).toEqual(w.before);
  });
});

describe('the sentence leaves out a rise of a few fen', () => {
  it('a first bill carrying the remainder is the tightest month, and the fen after it are not worth a clause', () => {
    // ¥10,000.03 over 10 months: ¥1,000.03 first, then ¥1,000.00.
    const odd = { ...cmb, principal: 1_000_003 };
    const cb = chatBudget(book([odd, demo]), 'demo', BUDGET, 'CNY', NOV);
    expect(cb.result.left).toBe(44_997);
    expect(budgetLeftSentence(cb, 'CNY', nameOf)!.en).toBe(
      'After the ¥1,000.03 a month agreed with China Merchants Bank, ¥449.97 of the ¥1,450.00 you can pay each month is left for this debt (¥1,450.00 from 2027-10).',
    );
  });
});
