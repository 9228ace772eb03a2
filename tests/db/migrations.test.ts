import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, openParleyDB, SCHEMA_VERSIONS } from '../../lib/db/database';

/** Builds a database exactly as version 1 of Parley left it, from the frozen v1 schema. */
async function frozenV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_VERSIONS[1]);
  await v1.table('sessions').bulkAdd([
    { id: 's1', url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: 1, tabId: 4, agentName: '李娜', agentId: '8823' },
    { id: 's2', url: 'https://www.cmbchina.com/', siteId: 'cmb', vendor: 'generic', startedAt: 2 },
  ]);
  await v1.table('messages').bulkAdd([
    { id: 's1:a:0', sessionId: 's1', seq: 0, role: 'agent', text: '您好', at: 10, author: '李娜', shownTime: '10:00' },
    { id: 's1:b:0', sessionId: 's1', seq: 1, role: 'customer', text: '我想协商', at: 11 },
  ]);
  v1.close();
}

/** A database exactly as version 2 of Parley left it: records, a reminder, a phrase, the Plan and a setting. */
async function frozenV2(name: string) {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_VERSIONS[1]);
  v2.version(2).stores(SCHEMA_VERSIONS[2]);
  await v2.table('sessions').bulkAdd([
    {
      id: 's1',
      url: 'https://www.cmbchina.com/',
      siteId: 'cmb',
      vendor: 'generic',
      startedAt: 1,
      outcome: 'agreed',
      bankName: '招商银行',
      agreedTerms: { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, confirmed: false },
    },
  ]);
  await v2.table('messages').add({ id: 's1:a:0', sessionId: 's1', seq: 0, role: 'agent', text: '您好', at: 10 });
  await v2.table('followUps').add({ id: 'plan:s1:1', sessionId: 's1', dueAt: 99, title: '第1期', source: 'plan', done: false });
  await v2.table('userPhrases').add({ id: 'p1', text: '我想协商', lang: 'zh', createdAt: 1 });
  await v2.table('profile').put({
    id: 'me',
    debt: { currency: 'CNY', principal: 100, interest: 0, fees: 0, penalties: 0, market: 'CN' },
    budget: { monthlyIncome: 1000, essentialSpending: 500, otherDebtPayments: 0, cashNow: 0 },
    updatedAt: 1,
  });
  await v2.table('settings').put({ key: 'capture.paused', value: false });
  v2.close();
}

describe('schema migrations', () => {
  it('keeps every version ever shipped, the newest being current', () => {
    expect(Object.keys(SCHEMA_VERSIONS).map(Number)).toEqual([1, 2, 3]);
    expect(CURRENT_VERSION).toBe(3);
  });

  it('upgrades a v1 database to the current version without losing or renaming anything', async () => {
    await frozenV1('mig1');
    const db = openParleyDB('mig1');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const s1 = await db.sessions.get('s1');
    expect(s1).toMatchObject({ url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: 1, agentName: '李娜', agentId: '8823' });
    const messages = await db.messages.where('[sessionId+seq]').between(['s1', -Infinity], ['s1', Infinity]).toArray();
    expect(messages).toEqual([
      { id: 's1:a:0', sessionId: 's1', seq: 0, role: 'agent', text: '您好', at: 10, author: '李娜', shownTime: '10:00' },
      { id: 's1:b:0', sessionId: 's1', seq: 1, role: 'customer', text: '我想协商', at: 11 },
    ]);
    db.close();
  });

  it('lists sessions captured under v1 in the new outcome index', async () => {
    await frozenV1('mig2');
    const db = openParleyDB('mig2');
    expect((await db.sessions.where('outcome').equals('open').primaryKeys()).sort()).toEqual(['s1', 's2']);
    db.close();
  });

  it('opens the new tables after the upgrade', async () => {
    await frozenV1('mig3');
    const db = openParleyDB('mig3');
    await db.followUps.add({ id: 'f1', sessionId: 's1', dueAt: 5, title: '回电', source: 'transcript', done: false });
    await db.settings.put({ key: 'paused', value: false });
    expect(await db.followUps.where('sessionId').equals('s1').count()).toBe(1);
    expect(await db.tables.map((t) => t.name).sort()).toEqual(['debts', 'followUps', 'messages', 'profile', 'sessions', 'settings', 'userPhrases']);
    db.close();
  });

  it('upgrades a v2 database to v3: every row of every table exactly as it was, and an empty debts table', async () => {
    await frozenV2('mig-v2');
    const before = new Dexie('mig-v2');
    before.version(2).stores(SCHEMA_VERSIONS[2]);
    const rows = async (d: Dexie, names: string[]) => Object.fromEntries(await Promise.all(names.map(async (n) => [n, await d.table(n).toArray()] as const)));
    const names = ['sessions', 'messages', 'followUps', 'userPhrases', 'profile', 'settings'];
    const old = await rows(before, names);
    before.close();
    const db = openParleyDB('mig-v2');
    await db.open();
    expect(db.verno).toBe(3);
    expect(await rows(db, names)).toStrictEqual(old);
    expect(await db.debts.count()).toBe(0);
    db.close();
  });

  it('finds debts by the bank a chat is on and by the records they list, after the upgrade', async () => {
    await frozenV2('mig-v2-idx');
    const db = openParleyDB('mig-v2-idx');
    const debt = {
      id: 'd1', creditorKind: 'bank' as const, siteId: 'cmb', creditorName: '招商银行', product: 'card' as const, currency: 'CNY' as const, market: 'CN' as const,
      principal: 100, interest: 0, fees: 0, penalties: 0, daysOverdue: 40, overdueOn: '2026-11-23', status: 'negotiating' as const,
      recordIds: ['s1', 's9'], createdAt: 1, updatedAt: 1,
    };
    await db.debts.add(debt);
    expect(await db.debts.where('siteId').equals('cmb').primaryKeys()).toEqual(['d1']);
    expect(await db.debts.where('recordIds').equals('s9').primaryKeys()).toEqual(['d1']);
    expect(await db.debts.where('status').equals('negotiating').count()).toBe(1);
    db.close();
  });

  it('a fresh install starts at the current version', async () => {
    const db = openParleyDB('fresh');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    db.close();
  });
});
