// A database with something in every table, for backup, restore and retention tests.
import { openParleyDB, type ParleyDB, type Profile, type SettingRow, type UserPhraseRow } from '../../lib/db/database';
import type { DebtRow } from '../../lib/debts/types';
import { cmbBundle, plainBundle, T0 } from '../records/fixtures';

let counter = 0;
export function freshDb(prefix = 'db'): ParleyDB {
  counter += 1;
  return openParleyDB(`${prefix}-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const PROFILE: Profile = {
  id: 'me',
  debt: { currency: 'CNY', principal: 2_860_000, interest: 286_000, fees: 0, penalties: 102_000, market: 'CN' },
  budget: { monthlyIncome: 800_000, essentialSpending: 560_000, otherDebtPayments: 120_000, cashNow: 200_000 },
  hardship: 'job-loss',
  updatedAt: T0,
};

export const PHRASES: UserPhraseRow[] = [
  { id: 'p1', text: '我目前每月最多能还1000元。', lang: 'zh', stage: 'offer', pinned: true, createdAt: T0 },
  { id: 'p2', text: 'Could you waive the late fees?', lang: 'en', createdAt: T0 + 1 },
];

/** The person's preferences (restored only when chosen) and record state (restored with the records). */
export const PREFERENCES: SettingRow[] = [
  { key: 'capture.paused', value: false },
  { key: 'pinnedPhrases', value: ['p1'] },
];
export const RECORD_STATE: SettingRow[] = [
  { key: 'records.dismissed:sess-cmb-1', value: ['ref:202611230001'] },
  { key: 'reminders.rung', value: ['fu-not-in-fixtures@1795737600000'] },
];
export const SETTINGS: SettingRow[] = [...PREFERENCES, ...RECORD_STATE];

/** Two debts: a bank card whose plan comes from its record, and a lending app with a plan typed from a letter. */
export const DEBTS: DebtRow[] = [
  {
    id: 'debt-cmb',
    creditorKind: 'bank',
    siteId: 'cmb',
    creditorName: '招商银行',
    product: 'card',
    currency: 'CNY',
    market: 'CN',
    principal: 3_600_000,
    interest: 180_000,
    fees: 0,
    penalties: 60_000,
    daysOverdue: 45,
    overdueOn: '2026-11-23',
    status: 'negotiating',
    recordIds: ['sess-cmb-1', 'sess-en-2'],
    agreed: { from: 'record', sessionId: 'sess-cmb-1' },
    createdAt: T0,
    updatedAt: T0,
  },
  {
    id: 'debt-huabei',
    creditorKind: 'lending-app',
    siteId: 'alipay',
    creditorName: '花呗',
    product: 'online-lending',
    currency: 'CNY',
    market: 'CN',
    principal: 800_000,
    interest: 40_000,
    fees: 0,
    penalties: 12_000,
    daysOverdue: 20,
    overdueOn: '2026-11-20',
    rate: { value: 0.18, per: 'year' },
    status: 'agreed',
    agreed: { from: 'typed', offer: { kind: 'installment', periods: 12, monthlyFeeRate: 0.005 }, firstDue: '2026-12' },
    recordIds: [],
    createdAt: T0 + 1,
    updatedAt: T0 + 1,
  },
];

/** Two sessions (one with a tabId/frameId, as captured), their messages and follow-ups, and every other table. */
export async function seedEverything(db: ParleyDB): Promise<void> {
  const cmb = cmbBundle();
  const plain = plainBundle();
  await db.sessions.bulkAdd([{ ...cmb.session, tabId: 7, frameId: 0 }, plain.session]);
  await db.messages.bulkAdd([...cmb.messages, ...plain.messages]);
  await db.followUps.bulkAdd(cmb.followUps ?? []);
  await db.userPhrases.bulkAdd(PHRASES);
  await db.profile.put(PROFILE);
  await db.settings.bulkAdd(SETTINGS);
  await db.debts.bulkAdd(DEBTS);
}

export async function snapshot(db: ParleyDB) {
  const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    sessions: byKey(await db.sessions.toArray(), (r) => r.id),
    messages: byKey(await db.messages.toArray(), (r) => r.id),
    followUps: byKey(await db.followUps.toArray(), (r) => r.id),
    userPhrases: byKey(await db.userPhrases.toArray(), (r) => r.id),
    profile: byKey(await db.profile.toArray(), (r) => r.id),
    settings: byKey(await db.settings.toArray(), (r) => r.key),
    debts: byKey(await db.debts.toArray(), (r) => r.id),
  };
}
