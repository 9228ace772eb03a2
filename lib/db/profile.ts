import * as z from 'zod/mini';
import type { ParleyDB, Profile } from './database';

const money = () => z.int().check(z.nonnegative(), z.maximum(1e13));

/** Stored settings are validated on the way in and on the way out: an old or damaged row must never crash the panel. */
export const profileSchema = z.object({
  id: z.literal('me'),
  debt: z.object({
    currency: z.enum(['CNY', 'USD', 'GBP', 'EUR', 'HKD']),
    principal: money(),
    interest: money(),
    fees: money(),
    penalties: money(),
    market: z.enum(['CN', 'US', 'UK']),
    revolvingDailyRate: z.optional(z.number().check(z.nonnegative(), z.maximum(0.01))),
  }),
  budget: z.object({
    monthlyIncome: money(),
    essentialSpending: money(),
    otherDebtPayments: money(),
    cashNow: money(),
  }),
  hardship: z.optional(z.string().check(z.maxLength(64))),
  bankId: z.optional(z.string().check(z.maxLength(64))),
  updatedAt: z.int(),
});

export type ProfileError = { path: string; message: string };

export function validateProfile(value: unknown): { ok: true; profile: Profile } | { ok: false; error: ProfileError } {
  const parsed = profileSchema.safeParse(value);
  if (parsed.success) return { ok: true, profile: parsed.data as Profile };
  const issue = parsed.error.issues[0];
  return { ok: false, error: { path: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid profile' } };
}

export async function loadProfile(db: ParleyDB): Promise<Profile | undefined> {
  const row = await db.profile.get('me');
  if (!row) return undefined;
  const checked = validateProfile(row);
  // A row that no longer validates is kept untouched (nothing is lost) but not used.
  return checked.ok ? checked.profile : undefined;
}

export async function saveProfile(db: ParleyDB, profile: Omit<Profile, 'id' | 'updatedAt'>, now = Date.now()) {
  const checked = validateProfile({ ...profile, id: 'me', updatedAt: now });
  if (!checked.ok) return checked;
  await db.profile.put(checked.profile);
  return checked;
}

/** A profile to start from, so every figure on screen is labelled as an example until the user enters theirs. */
export function emptyProfile(market: 'CN' | 'US' | 'UK' = 'CN'): Omit<Profile, 'id' | 'updatedAt'> {
  return {
    debt: { currency: market === 'CN' ? 'CNY' : market === 'US' ? 'USD' : 'GBP', principal: 0, interest: 0, fees: 0, penalties: 0, market },
    budget: { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 },
  };
}
