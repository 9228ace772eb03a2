/**
 * Every key the `settings` table may hold, with the schema its value must meet and what a full backup's restore does
 * with it. Values are checked by key on the way in (a restore) and on the way out (every read): a stored value that no
 * longer fits reads as the key's default, so an old or damaged row can never crash the panel or the background.
 *
 * Restore groups:
 * - `settings`: the person's own preferences (the pause switch, pinned phrases). Restored only when the person ticks
 *   "Also restore settings"; otherwise theirs stay exactly as they are, so a backup cannot switch recording off.
 * - `records`: state that belongs to the records in the same file (dismissed suggestions, reminders already shown);
 *   restored with them, so a restored record does not propose again what was dismissed or ring again what rang.
 * - `local`: tallies and limits about this computer's storage; they are recomputed here and never taken from a file
 *   (a file must not be able to shrink the storage limits and stop recording that way).
 */
import * as z from 'zod/mini';
import { letterDraftSchema, type LetterDraft } from '../letters/draft';
import { EMPTY_PREPARE, prepareStateSchema, type PrepareState } from '../prepare/state';

export type RestoreGroup = 'settings' | 'records' | 'local';

export interface SettingSpec<T = unknown> {
  schema: z.ZodMiniType<T>;
  fallback: T;
  restore: RestoreGroup;
}

const spec = <T>(schema: z.ZodMiniType<T>, fallback: T, restore: RestoreGroup): SettingSpec<T> => ({ schema, fallback, restore });
const strings = (maxLength: number, maxItems: number) => z.array(z.string().check(z.maxLength(maxLength))).check(z.maxLength(maxItems));

export const PAUSE_KEY = 'capture.paused';
export const PINNED_KEY = 'pinnedPhrases';
export const RUNG_KEY = 'reminders.rung';
export const RUNG_LIMIT = 500;
export const DISMISSED_PREFIX = 'records.dismissed:';
export const TAB_GRANTS_KEY = 'sites.tabGrants';
export const LETTER_DRAFT_KEY = 'letters.draft';
export const PREPARE_KEY = 'prepare.checklist';
const STORAGE_PREFIX = 'storage.';

export const PAUSED = spec(z.boolean(), false, 'settings');
export const PINNED = spec(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(200)), [], 'settings');
// A rung key is a follow-up id (at most 512 characters) and a time.
export const RUNG = spec(strings(600, RUNG_LIMIT), [], 'records');
export const DISMISSED = spec(strings(2000, 10_000), [], 'records');
// "Record this chat" on a chat vendor's own page, for one tab until it leaves the page (lib/background/tab-grants.ts).
// Tab ids mean nothing on another computer or after a browser restart: never taken from a backup.
export const TAB_GRANTS = spec(
  z.array(z.object({ tabId: z.int().check(z.nonnegative()), origin: z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i)) })).check(z.maxLength(200)),
  [],
  'local',
);
// The person's own work on their application and their preparation: restored like their other preferences, only
// when they ask for settings, so a backup never replaces a letter they are in the middle of.
export const LETTER_DRAFT = spec<LetterDraft | undefined>(z.optional(letterDraftSchema) as z.ZodMiniType<LetterDraft | undefined>, undefined, 'settings');
export const PREPARE = spec<PrepareState>(prepareStateSchema as z.ZodMiniType<PrepareState>, EMPTY_PREPARE, 'settings');
// Owned by the storage ledger, which validates its own rows when it reads them; here only their restore group matters.
const STORAGE = spec(z.unknown(), undefined, 'local');

const EXACT: Readonly<Record<string, SettingSpec>> = {
  [PAUSE_KEY]: PAUSED,
  [PINNED_KEY]: PINNED,
  [RUNG_KEY]: RUNG,
  [TAB_GRANTS_KEY]: TAB_GRANTS,
  [LETTER_DRAFT_KEY]: LETTER_DRAFT as SettingSpec,
  [PREPARE_KEY]: PREPARE as SettingSpec,
};
const PREFIXED: readonly [string, SettingSpec][] = [
  [DISMISSED_PREFIX, DISMISSED],
  [STORAGE_PREFIX, STORAGE],
];

/** The spec for a key, or undefined when Parley never writes such a key. */
export function settingSpec(key: string): SettingSpec | undefined {
  if (Object.prototype.hasOwnProperty.call(EXACT, key)) return EXACT[key];
  for (const [prefix, s] of PREFIXED) if (key.startsWith(prefix) && key.length > prefix.length) return s;
  return undefined;
}

/** A stored value as the key's type, or the key's default when it does not fit (never throws). */
export function settingValue<T>(s: SettingSpec<T>, stored: unknown): T {
  const parsed = s.schema.safeParse(stored);
  return parsed.success ? parsed.data : s.fallback;
}

/** The subset of the database this module reads, so callers and tests can pass any Dexie table. */
export interface SettingsReader {
  settings: { get(key: string): PromiseLike<{ value: unknown } | undefined> };
}

export async function readSetting<T>(db: SettingsReader, key: string, s: SettingSpec<T>): Promise<T> {
  return settingValue(s, (await db.settings.get(key))?.value);
}
