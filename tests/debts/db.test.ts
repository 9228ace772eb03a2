import { describe, expect, it } from 'vitest';
import { deleteDebt, linkDebtRecord, loadDebts, loadRecordFacts, saveDebt } from '../../lib/db/debts';
import { freshDb } from '../db/backup-fixtures';
import { debt, T0 } from './helpers';

const input = () => {
  const { id: _id, createdAt: _c, updatedAt: _u, recordIds: _r, ...rest } = debt();
  return rest;
};

describe('the debts table', () => {
  it('saves a debt with a new id and reads it back', async () => {
    const db = freshDb('debts');
    const r = await saveDebt(db, input(), T0, () => 'x1');
    expect(r.ok && r.row.id).toBe('debt:x1');
    expect(await loadDebts(db)).toEqual([{ ...debt({ id: 'debt:x1' }) }]);
    db.close();
  });

  it('refuses a debt that does not fit, naming the field, and writes nothing', async () => {
    const db = freshDb('debts');
    const r = await saveDebt(db, { ...input(), creditorName: '   ' }, T0);
    expect(r).toMatchObject({ ok: false, path: 'creditorName' });
    expect(await db.debts.count()).toBe(0);
    db.close();
  });

  it('keeps a damaged row where it is but leaves it out of the Plan', async () => {
    const db = freshDb('debts');
    await db.debts.bulkAdd([debt({ id: 'good' }), { ...debt({ id: 'bad' }), status: 'lost' as never }]);
    expect((await loadDebts(db)).map((d) => d.id)).toEqual(['good']);
    expect(await db.debts.count()).toBe(2);
    await deleteDebt(db, 'good');
    expect(await db.debts.count()).toBe(1);
    db.close();
  });

  it('files a record under one debt and takes it out of the other', async () => {
    const db = freshDb('debts');
    await db.debts.bulkAdd([debt({ id: 'a', recordIds: ['s1'] }), debt({ id: 'b', createdAt: T0 + 1 })]);
    await linkDebtRecord(db, 'b', 's1', T0 + 5);
    const [a, b] = await loadDebts(db);
    expect([a!.recordIds, b!.recordIds, b!.updatedAt]).toEqual([[], ['s1'], T0 + 5]);
    db.close();
  });

  it('reads what the plans need from the linked records: terms, outcome and the first payment reminder', async () => {
    const db = freshDb('debts');
    await db.sessions.add({ id: 's1', url: '', siteId: 'cmb', vendor: 'generic', startedAt: T0, agreedTerms: { kind: 'installment', periods: 12, confirmed: false }, outcome: 'agreed' });
    await db.sessions.add({ id: 'other', url: '', siteId: 'cmb', vendor: 'generic', startedAt: T0 });
    await db.followUps.bulkAdd([
      { id: 'plan:s1:2', sessionId: 's1', dueAt: T0 + 60 * 86_400_000, title: '2', source: 'plan', done: false },
      { id: 'plan:s1:1', sessionId: 's1', dueAt: T0 + 30 * 86_400_000, title: '1', source: 'plan', done: false },
      { id: 'call', sessionId: 's1', dueAt: T0 + 86_400_000, title: 'call back', source: 'transcript', done: false },
    ]);
    const facts = await loadRecordFacts(db, [debt({ recordIds: ['s1', 'gone'] })]);
    expect([...facts.keys()]).toEqual(['s1']);
    expect(facts.get('s1')).toEqual({ id: 's1', startedAt: T0, siteId: 'cmb', agreedTerms: { kind: 'installment', periods: 12, confirmed: false }, outcome: 'agreed', firstPlanDue: T0 + 30 * 86_400_000 });
    db.close();
  });
});
