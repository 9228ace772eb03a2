import type { RecordFacts } from '../../lib/debts/plans';
import type { DebtRow } from '../../lib/debts/types';

export const T0 = Date.UTC(2026, 10, 23, 6); // 2026-11-23 14:00 in Beijing
export const BEIJING = 480;

/** The demo bank's card: ¥28,600 principal, ¥2,860 interest, ¥1,020 late fees, 45 days overdue. */
export function debt(patch: Partial<DebtRow> = {}): DebtRow {
  return {
    id: 'd-demo',
    creditorKind: 'bank',
    siteId: 'demobank',
    creditorName: '示范银行',
    product: 'card',
    currency: 'CNY',
    market: 'CN',
    principal: 2_860_000,
    interest: 286_000,
    fees: 0,
    penalties: 102_000,
    daysOverdue: 45,
    overdueOn: '2026-11-23',
    status: 'negotiating',
    recordIds: [],
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

export function record(patch: Partial<RecordFacts> & { id: string }): RecordFacts {
  return { startedAt: T0, siteId: 'demobank', ...patch };
}
