/**
 * Suggestions the user dismissed (a number that is not a reference, a date that was small talk), per session, so they
 * are not proposed again every time the record is opened. Kept in `settings` under a per-session key, which
 * retention deletes with the session.
 */
import type { ParleyDB } from './database';
import { DISMISSED, DISMISSED_PREFIX, readSetting } from './settings';

export const dismissedKey = (sessionId: string) => `${DISMISSED_PREFIX}${sessionId}`;

export function isDismissedKey(key: string): boolean {
  return key.startsWith(DISMISSED_PREFIX);
}

export async function dismissedSuggestions(db: ParleyDB, sessionId: string): Promise<string[]> {
  // A damaged or foreign row reads as "nothing dismissed": proposing again is harmless, crashing the panel is not.
  return readSetting(db, dismissedKey(sessionId), DISMISSED);
}

export async function dismissSuggestion(db: ParleyDB, sessionId: string, suggestionKey: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await dismissedSuggestions(db, sessionId);
    if (current.includes(suggestionKey)) return;
    await db.settings.put({ key: dismissedKey(sessionId), value: [...current, suggestionKey] });
  });
}
