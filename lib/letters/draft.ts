/**
 * The application the person is working on, kept between panel openings so nothing they typed is lost: the inputs
 * that are theirs alone (dates, their own account, the proposal) and, once they edit the generated text, that text.
 * Stored as one settings row and checked on the way in and out like every setting.
 */
import * as z from 'zod/mini';
import { HARDSHIPS } from '../phrasing/types';
import { LETTER_KINDS, SFS_CATEGORIES, type LetterKind, type SfsCategory } from './types';

const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const minor = z.int().check(z.nonnegative(), z.maximum(1e13));

export const RUNG_NAMES = ['opening', 'target', 'walkAway'] as const;

export const letterDraftSchema = z.object({
  kind: z.enum(LETTER_KINDS),
  hardship: z.optional(z.enum([...HARDSHIPS, 'other'])),
  since: text(40),
  recovery: text(500),
  ownWords: text(20_000),
  name: text(100),
  bankName: text(100),
  account: text(20),
  /** The bank's offer as typed, to build the counter-offer ladder from. */
  bankOffer: text(500),
  proposal: z.union([
    z.object({ type: z.literal('rung'), rung: z.enum(RUNG_NAMES) }),
    z.object({ type: z.literal('typed'), text: z.string().check(z.maxLength(2000)) }),
    z.object({ type: z.literal('budget') }),
  ]),
  sfs: z.optional(z.partialRecord(z.enum(SFS_CATEGORIES), minor)),
  /** The letter as the person edited it; absent while they use the generated text. */
  edited: text(200_000),
});

export type LetterDraft = z.infer<typeof letterDraftSchema>;

export function newDraft(kind: LetterKind): LetterDraft {
  return { kind, proposal: { type: 'budget' } };
}

export type { SfsCategory };
