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

describe('schema migrations', () => {
  it('keeps every version ever shipped, the newest being current', () => {
    expect(Object.keys(SCHEMA_VERSIONS).map(Number)).toEqual([1, 2]);
    expect(CURRENT_VERSION).toBe(2);
  });

  it('upgrades a v1 database to v2 without losing or renaming anything', async () => {
    await frozenV1('mig1');
    const db = openParleyDB('mig1');
    await db.open();
    expect(db.verno).toBe(2);
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
    expect(await db.tables.map((t) => t.name).sort()).toEqual(['followUps', 'messages', 'profile', 'sessions', 'settings', 'userPhrases']);
    db.close();
  });

  it('a fresh install starts at the current version', async () => {
    const db = openParleyDB('fresh');
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    db.close();
  });
});
