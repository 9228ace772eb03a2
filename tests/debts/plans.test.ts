import { describe, expect, it } from 'vitest';
import { debtBook, countedAgreedPlans, effectiveStatus } from '../../lib/debts/book';
import { monthIndex, monthOfInstant } from '../../lib/debts/months';
import { agreedPlanOf, planPayments, proposedPlanOf } from '../../lib/debts/plans';
import { BEIJING, debt, record, T0 } from './helpers';

const NOV = monthIndex(2026, 11);
const DEC = NOV + 1;
const PLAN_24 = { kind: 'installment' as const, periods: 24, monthlyFeeRate: 0.0075 };

describe('a plan as payments per month', () => {
  it('places period 1 in the first due month, the fen remainder in the first bill (24 × 0.75 % on ¥32,480)', () => {
    const payments = planPayments(debt(), PLAN_24, { firstDue: DEC })!;
    expect(payments).toHaveLength(24);
    expect(payments[0]).toEqual({ month: DEC, amount: 135_341 + 24_360 });
    expect(payments[1]).toEqual({ month: DEC + 1, amount: 135_333 + 24_360 });
    expect(payments.at(-1)!.month).toBe(DEC + 23);
    expect(payments.reduce((s, p) => s + p.amount, 0)).toBe(3_248_000 + 24 * 24_360);
  });

  it('a down payment falls in the first due month and the bills follow', () => {
    const payments = planPayments(debt(), { ...PLAN_24, periods: 12, downPayment: 248_000 }, { firstDue: DEC })!;
    expect(payments[0]).toEqual({ month: DEC, amount: 248_000 });
    expect(payments[1]!.month).toBe(DEC + 1);
    expect(payments).toHaveLength(13);
  });

  it('a plan after a deferral starts when the deferral ends', () => {
    const deferred = { ...PLAN_24, periods: 12, afterDeferral: 3 };
    const fromStart = planPayments(debt(), deferred, { start: NOV })!;
    expect(fromStart[0]!.month).toBe(NOV + 4);
    expect(fromStart).toHaveLength(12);
    // A first due date the bank gave is the first bill's month, deferral or not.
    expect(planPayments(debt(), deferred, { firstDue: DEC })![0]!.month).toBe(DEC);
  });

  it('gives nothing for terms the engine cannot schedule', () => {
    expect(planPayments(debt({ principal: 0, interest: 0, penalties: 0 }), { kind: 'settlement', settlementRatio: 0.5 }, { firstDue: DEC })).toBeUndefined();
  });
});

describe('the plan agreed for a debt', () => {
  const agreedRecord = record({ id: 's1', agreedTerms: PLAN_24, outcome: 'agreed' });

  it('comes from the newest linked record with agreed terms, first bill the month after the chat', () => {
    const older = record({ id: 's0', startedAt: T0 - 40 * 86_400_000, agreedTerms: { ...PLAN_24, periods: 12 }, outcome: 'agreed' });
    const plan = agreedPlanOf(debt({ recordIds: ['s0', 's1'] }), new Map([['s0', older], ['s1', agreedRecord]]), BEIJING)!;
    expect(plan).toMatchObject({ source: 'record', sessionId: 's1', kind: 'agreed' });
    expect(plan.payments[0]!.month).toBe(monthOfInstant(T0, BEIJING) + 1);
    expect(plan.payments).toHaveLength(24);
  });

  it('starts in the month of the first payment reminder when the record has one', () => {
    const withReminder = { ...agreedRecord, firstPlanDue: Date.UTC(2027, 0, 25, 15) };
    const plan = agreedPlanOf(debt({ recordIds: ['s1'] }), new Map([['s1', withReminder]]), BEIJING)!;
    expect(plan.payments[0]!.month).toBe(monthIndex(2027, 1));
  });

  it('is not taken from a record whose plan fell through, or which has no agreed terms', () => {
    const refused = record({ id: 's1', agreedTerms: PLAN_24, outcome: 'refused' });
    const open = record({ id: 's2' });
    expect(agreedPlanOf(debt({ recordIds: ['s1', 's2'] }), new Map([['s1', refused], ['s2', open]]), BEIJING)).toBeUndefined();
  });

  it('is the typed plan when the person typed one, whatever the records say', () => {
    const plan = agreedPlanOf(debt({ recordIds: ['s1'], agreed: { from: 'typed', offer: { ...PLAN_24, periods: 6 }, firstDue: '2027-02' } }), new Map([['s1', agreedRecord]]), BEIJING)!;
    expect(plan.source).toBe('typed');
    expect(plan.payments).toHaveLength(6);
    expect(plan.payments[0]!.month).toBe(monthIndex(2027, 2));
  });

  it('is the record the person named, even when a newer one is linked', () => {
    const newer = record({ id: 's2', startedAt: T0 + 86_400_000, agreedTerms: { ...PLAN_24, periods: 36 }, outcome: 'agreed' });
    const plan = agreedPlanOf(debt({ recordIds: ['s1', 's2'], agreed: { from: 'record', sessionId: 's1' } }), new Map([['s1', agreedRecord], ['s2', newer]]), BEIJING)!;
    expect(plan.sessionId).toBe('s1');
  });

  it('a proposal is taken as agreed this month (first bill next month) unless the person chose the month', () => {
    expect(proposedPlanOf(debt({ proposed: { offer: PLAN_24 } }), NOV)!.payments[0]!.month).toBe(DEC);
    expect(proposedPlanOf(debt({ proposed: { offer: PLAN_24, firstDue: '2027-03' } }), NOV)!.payments[0]!.month).toBe(monthIndex(2027, 3));
  });
});

describe('the book: every debt as it stands', () => {
  it.each([
    ['not-contacted', true, false, 'agreed'],
    ['negotiating', true, false, 'agreed'],
    ['paying', true, false, 'paying'],
    ['refused', true, false, 'refused'],
    ['not-contacted', false, true, 'negotiating'],
    ['not-contacted', false, false, 'not-contacted'],
    ['paid-off', false, true, 'paid-off'],
  ] as const)('stored %s, agreed plan %s, a record %s → %s', (status, agreed, hasRecord, expected) => {
    const records = new Map(hasRecord ? [['s1', record({ id: 's1' })]] : []);
    expect(effectiveStatus(debt({ status, recordIds: hasRecord ? ['s1'] : [] }), agreed, records)).toBe(expected);
  });

  it('counts one agreed plan per debt, and none for a debt paid off or refused', () => {
    const records = new Map([
      ['s1', record({ id: 's1', agreedTerms: PLAN_24, outcome: 'agreed' })],
      ['s2', record({ id: 's2', agreedTerms: PLAN_24, outcome: 'agreed' })],
    ]);
    const book = debtBook({
      debts: [
        debt({ id: 'a', recordIds: ['s1'], status: 'negotiating' }),
        debt({ id: 'b', recordIds: ['s2'], status: 'paid-off' }),
        debt({ id: 'c', status: 'refused', agreed: { from: 'typed', offer: PLAN_24, firstDue: '2026-12' } }),
        debt({ id: 'd', status: 'paying', agreed: { from: 'typed', offer: PLAN_24, firstDue: '2026-12' }, proposed: { offer: PLAN_24 } }),
      ],
      records,
      currentMonth: NOV,
      utcOffsetMinutes: BEIJING,
    });
    expect(book.map((e) => e.status)).toEqual(['agreed', 'paid-off', 'refused', 'paying']);
    expect(countedAgreedPlans(book).map((p) => p.debtId)).toEqual(['a', 'd']);
  });
});
