/**
 * What a stored debt row must look like (lib/db/debts.ts checks every write and read; a backup restore checks every
 * row) and its exported form in a `parley.export` file, where the times are UTC ISO strings like everywhere else in
 * that format. The terms inside (an agreed or proposed plan) use the export format's own offer schema.
 */
import { z } from 'zod';
import { offerSchema } from '../records/import/schema';
import { fromUtcIso, isValidInstant, parseDay } from '../records/time';
import { parseMonth } from './months';
import { CREDITOR_KINDS, DEBT_PRODUCTS, DEBT_STATUSES } from './types';

const tuple = <T extends string>(values: readonly T[]) => values as readonly [T, ...T[]];

const id = z.string().min(1).max(512);
const money = z.number().int().min(0).max(1e13);
const calendarDay = z.string().max(10).refine((s) => parseDay(s) !== undefined, { message: 'expected a real date YYYY-MM-DD' });
const calendarMonth = z.string().max(7).refine((s) => parseMonth(s) !== undefined, { message: 'expected a month YYYY-MM' });
const epochMs = z.number().refine(isValidInstant, { message: 'expected whole epoch milliseconds (1970–9999)' });
const isoTime = z.string().max(40).refine((s) => fromUtcIso(s) !== undefined, { message: 'expected a UTC ISO-8601 time like 2026-11-23T06:02:00.000Z' });

/** A daily rate above 1 % or a yearly one above 1,000 % is a typing slip, not a contract. */
const quotedRate = z
  .object({ value: z.number().min(0), per: z.enum(['day', 'year']) })
  .refine((r) => Number.isFinite(r.value) && r.value <= (r.per === 'day' ? 0.01 : 10), { message: 'expected a rate as a fraction: at most 0.01 a day or 10 a year' });

const agreedSource = z.discriminatedUnion('from', [
  z.object({ from: z.literal('record'), sessionId: id }),
  z.object({ from: z.literal('typed'), offer: offerSchema, firstDue: calendarMonth }),
]);

const debtFields = {
  id,
  creditorKind: z.enum(tuple(CREDITOR_KINDS)),
  siteId: z.string().min(1).max(64).optional(),
  creditorName: z.string().trim().min(1).max(256),
  product: z.enum(tuple(DEBT_PRODUCTS)),
  currency: z.enum(['CNY', 'USD', 'GBP', 'EUR', 'HKD']),
  market: z.enum(['CN', 'US', 'UK']),
  principal: money,
  interest: money,
  fees: money,
  penalties: money,
  daysOverdue: z.number().int().min(0).max(36_500),
  overdueOn: calendarDay,
  rate: quotedRate.optional(),
  penaltyRate: quotedRate.optional(),
  lateFee: money.optional(),
  collection: z.boolean().optional(),
  legal: z.boolean().optional(),
  status: z.enum(tuple(DEBT_STATUSES)),
  agreed: agreedSource.optional(),
  proposed: z.object({ offer: offerSchema, firstDue: calendarMonth.optional() }).optional(),
  recordIds: z
    .array(id)
    .max(10_000)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'each record once' }),
  note: z.string().max(10_000).optional(),
};

/** A row as stored (and as written in a backup): epoch-ms times; fields a later version adds are kept. */
export const storedDebtSchema = z.looseObject({ ...debtFields, createdAt: epochMs, updatedAt: epochMs });
/** A debt in a `parley.export` file. */
export const exportedDebtSchema = z.object({ ...debtFields, createdAt: isoTime, updatedAt: isoTime });
