/**
 * Suggestions the user dismissed (a number that is not a reference, a date that was small talk), per session, so they
 * are not proposed again every time the record is opened. Kept in `settings` under a per-session key, which
 * retention deletes with the session.
 */
import type { ParleyDB } from './database';

const PREFIX = 'records.dismissed:';

export const dismissedKey = (sessionId: string) => `${PREFIX}${sessionId}`;

export function isDismissedKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

export async function dismissedSuggestions(db: ParleyDB, sessionId: string): Promise<string[]> {
  const row = await db.settings.get(dismissedKey(sessionId));
  // A damaged or foreign row means "nothing dismissed": proposing again is harmless, crashing the panel is not.
  return Array.isArray(row?.value) ? row.value.filter((v): v is string => typeof v === 'string') : [];
}

export async function dismissSuggestion(db: ParleyDB, sessionId: string, suggestionKey: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await dismissedSuggestions(db, sessionId);
    if (current.includes(suggestionKey)) return;
    await db.settings.put({ key: dismissedKey(sessionId), value: [...current, suggestionKey] });
  });
}
