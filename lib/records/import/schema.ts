/**
 * Zod schemas for what Parley reads back: the `parley.export` v1 file and the `parley.backup` v1 full backup (both
 * described in ../EXPORT-FORMAT.md). Limits on string and array sizes keep a hostile file from exhausting memory
 * after parsing; they are far above anything a real chat produces.
 */
import { z } from 'zod';
import type { ApproximateField, Currency, OfferField, OfferKind, Waiver } from '../../negotiate/types';
import { ROLES } from '../../db/types';
import { BACKUP_FORMAT, BACKUP_VERSION, CHAIN_SCHEME, EXPORT_FORMAT, EXPORT_VERSION } from '../format';
import { fromUtcIso, isValidInstant, parseDay } from '../time';
import { CHANNELS, FOLLOW_UP_SOURCES, OUTCOMES, REFERENCE_KINDS } from '../types';
import { LETTER_KINDS } from '../../letters/types';

// z.enum needs a non-empty tuple type; the shared lists are plain readonly arrays.
const tuple = <T extends string>(values: readonly T[]) => values as readonly [T, ...T[]];

// Runtime lists of the engine's unions; the `Exact` checks fail to compile if lib/negotiate adds a member.
const CURRENCIES = ['CNY', 'USD', 'GBP', 'EUR', 'HKD'] as const;
const OFFER_KINDS = ['installment', 'amortized', 'interest-frozen', 'settlement', 'deferral'] as const;
const WAIVERS = ['penalty', 'late-fee', 'interest', 'fee'] as const;
const APPROXIMATE_FIELDS = ['monthlyPayment', 'downPayment', 'settlementAmount', 'amount'] as const;
const OFFER_FIELDS = [
  'kind', 'periods', 'monthlyFeeRate', 'totalFeeRate', 'annualRate', 'dailyRate', 'amount', 'settlementAmount',
  'settlementRatio', 'settlementBase', 'downPayment', 'monthlyPayment', 'waives', 'deadline', 'currency',
] as const;
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exhaustive: [
  Exact<(typeof CURRENCIES)[number], Currency>,
  Exact<(typeof OFFER_KINDS)[number], OfferKind>,
  Exact<(typeof WAIVERS)[number], Waiver>,
  Exact<(typeof OFFER_FIELDS)[number], OfferField>,
  Exact<(typeof APPROXIMATE_FIELDS)[number], ApproximateField>,
] = [true, true, true, true, true];
void exhaustive;

export const LIMITS = {
  id: 512,
  short: 256,
  url: 8192,
  title: 2000,
  text: 1_000_000,
  notes: 200_000,
  messagesPerSession: 1_000_000,
  listItems: 10_000,
  sessions: 100_000,
  rows: 2_000_000,
} as const;

const id = z.string().min(1).max(LIMITS.id);
const short = z.string().max(LIMITS.short);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'expected 64 lower-case hex digits' });
const isoTime = z.string().max(40).refine((s) => fromUtcIso(s) !== undefined, {
  message: 'expected a UTC ISO-8601 time like 2026-11-23T06:02:00.000Z',
});
const epochMs = z.number().refine(isValidInstant, { message: 'expected whole epoch milliseconds (1970–9999)' });
const calendarDay = z.string().max(10).refine((s) => parseDay(s) !== undefined, { message: 'expected a real date YYYY-MM-DD' });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);
const money = z.number();
const count = z.number().int().min(0).max(100_000);

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().max(LIMITS.title) });

/** A fraction strictly between 0 and 1 (0.5 = half), as the offer parser produces for shares of a charge or balance. */
const share = (what: string) =>
  z.number().refine((x) => Number.isFinite(x) && x > 0 && x < 1, { message: `expected ${what} as a fraction between 0 and 1 (0.5 = half)` });

export const offerSchema = z.object({
  kind: z.enum(OFFER_KINDS),
  currency: z.enum(CURRENCIES).optional(),
  periods: count.optional(),
  monthlyFeeRate: z.number().optional(),
  totalFeeRate: z.number().optional(),
  annualRate: z.number().optional(),
  dailyRate: z.number().optional(),
  amount: money.optional(),
  settlementAmount: money.optional(),
  settlementRatio: z.number().optional(),
  settlementBase: z.enum(['principal']).optional(),
  downPayment: money.optional(),
  monthlyPayment: money.optional(),
  waives: z.array(z.enum(WAIVERS)).max(WAIVERS.length * 4).optional(),
  // A share outside (0, 1) is no part of anything: "waive half" is 0.5; all of it belongs in `waives`, none in nothing.
  waivesPart: z
    .array(z.object({ waiver: z.enum(WAIVERS), share: share('a waived share') }))
    .max(WAIVERS.length * 4)
    .optional(),
  downPaymentRatio: share('a down payment share').optional(),
  afterDeferral: z
    .number()
    .refine((m) => Number.isInteger(m) && m >= 1 && m <= 120, { message: 'expected whole months of deferral, 1 to 120' })
    .optional(),
  leadsPlan: z.literal(true).optional(),
  approximate: z
    .array(z.enum(APPROXIMATE_FIELDS))
    .max(APPROXIMATE_FIELDS.length)
    .refine((a) => new Set(a).size === a.length, { message: 'each approximate field once' })
    .optional(),
  deadline: calendarDay.optional(),
  feeCollection: z.enum(['per-period', 'upfront']).optional(),
  settlementInstallments: count.optional(),
  spans: z.partialRecord(z.enum(OFFER_FIELDS), z.array(span).max(100)).optional(),
});

const recordFields = {
  title: z.string().max(LIMITS.title).optional(),
  agentName: short.optional(),
  agentId: short.optional(),
  bankName: short.optional(),
  channel: z.enum(tuple(CHANNELS)).optional(),
  agents: list(z.object({ name: short.optional(), id: short.optional(), sourceMessageId: id.optional() })).optional(),
  references: list(
    z.object({
      kind: z.enum(tuple(REFERENCE_KINDS)),
      value: z.string().min(1).max(LIMITS.short),
      confirmed: z.boolean(),
      sourceMessageId: id.optional(),
    }),
  ).optional(),
  datesMentioned: list(
    z.object({ date: calendarDay, text: z.string().max(LIMITS.title), relative: z.boolean(), sourceMessageId: id.optional() }),
  ).optional(),
  offers: list(offerSchema).optional(),
  agreedTerms: offerSchema.extend({ confirmed: z.boolean(), confirmedOn: calendarDay.optional() }).optional(),
  outcome: z.enum(tuple(OUTCOMES)).optional(),
  notes: z.string().max(LIMITS.notes).optional(),
  evidence: list(z.object({ id: z.string().min(1).max(LIMITS.short), label: z.string().max(LIMITS.title), prepared: z.boolean() })).optional(),
  application: z.object({ kind: z.enum(LETTER_KINDS), text: z.string().max(LIMITS.notes), savedOn: calendarDay }).optional(),
};

const sessionCore = { id, url: z.string().max(LIMITS.url), siteId: short, vendor: short };
const messageCore = {
  id,
  sessionId: id,
  seq: z.number().int().min(0).max(LIMITS.messagesPerSession),
  role: z.enum(tuple(ROLES)),
  text: z.string().max(LIMITS.text),
  shownTime: z.string().max(100).optional(),
  author: short.optional(),
};
const followUpCore = {
  id,
  sessionId: id,
  title: z.string().min(1).max(LIMITS.title),
  source: z.enum(tuple(FOLLOW_UP_SOURCES)),
  done: z.boolean(),
  sourceMessageId: id.optional(),
};

export const exportedSessionSchema = z.object({ ...sessionCore, startedAt: isoTime, updatedAt: isoTime.optional(), ...recordFields });
export const exportedMessageSchema = z.object({ ...messageCore, at: isoTime, hash: hex64.optional() });
export const exportedFollowUpSchema = z.object({ ...followUpCore, dueAt: isoTime });

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  app: z.object({ name: short, version: short }),
  integrity: z.object({ hash: z.literal('SHA-256'), scheme: z.literal(CHAIN_SCHEME) }).optional(),
  sessions: z
    .array(
      z.object({
        session: exportedSessionSchema,
        messages: z.array(exportedMessageSchema).max(LIMITS.messagesPerSession),
        followUps: list(exportedFollowUpSchema),
        headerHash: hex64.optional(),
        digest: hex64.optional(),
        annotationsDigest: hex64.optional(),
      }),
    )
    .max(LIMITS.sessions),
  // Each debt is checked field by field when the file is read (import/parse.ts, lib/debts/schema.ts).
  debts: z.array(z.looseObject({})).max(LIMITS.listItems).optional(),
  manifest: z
    .object({
      sessionCount: z.number().int().min(0),
      messageCount: z.number().int().min(0),
      sessions: z
        .array(z.object({ id, startedAt: isoTime, messageCount: z.number().int().min(0), digest: hex64 }))
        .max(LIMITS.sessions),
      archiveDigest: hex64,
    })
    .optional(),
});

// Backup rows are the DB's own rows: epoch-ms times, and loose objects so fields a later schema adds survive a restore.
export const storedSessionSchema = z.looseObject({
  ...sessionCore,
  startedAt: epochMs,
  updatedAt: epochMs.optional(),
  tabId: z.number().int().optional(),
  ...recordFields,
});
export const storedMessageSchema = z.looseObject({ ...messageCore, at: epochMs });
export const storedFollowUpSchema = z.looseObject({ ...followUpCore, dueAt: epochMs });
const looseRow = z.looseObject({});

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoTime,
  app: z.object({ name: short, version: short }).optional(),
  tables: z.object({
    sessions: z.array(storedSessionSchema).max(LIMITS.sessions),
    messages: z.array(storedMessageSchema).max(LIMITS.rows),
    followUps: z.array(storedFollowUpSchema).max(LIMITS.rows).optional(),
    userPhrases: z.array(looseRow).max(LIMITS.rows).optional(),
    profile: z.array(looseRow).max(LIMITS.rows).optional(),
    settings: z.array(looseRow).max(LIMITS.rows).optional(),
    debts: z.array(looseRow).max(LIMITS.listItems).optional(),
  }),
});

export type ParsedExportFile = z.infer<typeof exportFileSchema>;
export type ParsedBackupFile = z.infer<typeof backupFileSchema>;
