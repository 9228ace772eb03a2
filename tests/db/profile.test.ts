import { describe, expect, it } from 'vitest';
import { openParleyDB } from '../../lib/db/database';
import { emptyProfile, loadProfile, saveProfile, validateProfile } from '../../lib/db/profile';

const profile = {
  debt: { currency: 'CNY' as const, principal: 2860000, interest: 286000, fees: 0, penalties: 102000, market: 'CN' as const },
  budget: { monthlyIncome: 800000, essentialSpending: 550000, otherDebtPayments: 100000, cashNow: 300000 },
  hardship: 'unemployment',
};

describe('profile storage', () => {
  it('round-trips a valid profile', async () => {
    const db = openParleyDB('p1');
    expect((await saveProfile(db, profile, 42)).ok).toBe(true);
    expect(await loadProfile(db)).toEqual({ ...profile, id: 'me', updatedAt: 42 });
  });

  it.each([
    ['negative money', { ...profile, debt: { ...profile.debt, principal: -1 } }, 'debt.principal'],
    ['fractional fen', { ...profile, budget: { ...profile.budget, cashNow: 1.5 } }, 'budget.cashNow'],
    ['unknown currency', { ...profile, debt: { ...profile.debt, currency: 'BTC' } }, 'debt.currency'],
    ['absurd daily rate', { ...profile, debt: { ...profile.debt, revolvingDailyRate: 0.5 } }, 'debt.revolvingDailyRate'],
  ])('rejects %s with the path of the problem and keeps the stored profile', async (_label, bad, path) => {
    const db = openParleyDB(`p-${path}`);
    await saveProfile(db, profile, 1);
    const result = await saveProfile(db, bad as typeof profile, 2);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.path).toBe(path);
    expect((await loadProfile(db))?.updatedAt).toBe(1);
  });

  it('ignores a damaged stored row without deleting it', async () => {
    const db = openParleyDB('p3');
    await db.profile.put({ id: 'me', debt: 'garbage', updatedAt: 1 } as never);
    expect(await loadProfile(db)).toBeUndefined();
    expect(await db.profile.count()).toBe(1);
  });

  it('starts from an empty profile in the market currency', () => {
    expect(emptyProfile('US').debt.currency).toBe('USD');
    expect(validateProfile({ ...emptyProfile(), id: 'me', updatedAt: 0 }).ok).toBe(true);
  });
});
