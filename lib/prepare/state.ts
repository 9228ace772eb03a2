/**
 * What the person has ticked, noted and located while preparing. Parley keeps only the tick, a note and the name of
 * the file or folder the paper is in ("where it is"); it never stores the documents themselves.
 */
import * as z from 'zod/mini';

export const prepareItemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  ticked: z.boolean(),
  note: z.optional(z.string().check(z.maxLength(1000))),
  where: z.optional(z.string().check(z.maxLength(300))),
  /** Epoch ms of the last tick, so only papers ready when a record starts feed its checklist. */
  tickedAt: z.optional(z.int()),
});

export const prepareStateSchema = z.object({
  hardship: z.optional(z.string().check(z.maxLength(64))),
  country: z.optional(z.enum(['CN', 'US', 'UK'])),
  items: z.array(prepareItemSchema).check(z.maxLength(200)),
  /** The "before you contact the bank" steps ticked, by id. */
  steps: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50))),
});

export type PrepareItemState = z.infer<typeof prepareItemSchema>;
export type PrepareState = z.infer<typeof prepareStateSchema>;

export const EMPTY_PREPARE: PrepareState = { items: [] };
