/**
 * Deleting records. One transaction each, over every table that can hold something of the session, so a deletion
 * either happens completely or not at all and nothing of a deleted conversation lingers in another table. Browser
 * alarms live outside IndexedDB: callers re-sync them from the followUps table afterwards
 * (lib/background/reminders.ts syncReminders clears every alarm whose follow-up is gone).
 */
import type { ParleyDB } from './database';
import { unlinkDebtRecord } from './debts';
import { dismissedKey } from './dismissed';
import { usageKey } from './storage-ledger';

export interface DeletedSession {
  found: boolean;
  messages: number;
  followUpIds: string[];
}

export async function deleteSessionRecord(db: ParleyDB, sessionId: string): Promise<DeletedSession> {
  return db.transaction('rw', [db.sessions, db.messages, db.followUps, db.settings, db.debts], async () => {
    const found = (await db.sessions.get(sessionId)) !== undefined;
    const followUpIds = (await db.followUps.where('sessionId').equals(sessionId).primaryKeys()) as string[];
    const messages = await db.messages.where('sessionId').equals(sessionId).delete();
    await db.followUps.bulkDelete(followUpIds);
    await db.settings.delete(dismissedKey(sessionId));
    // The session's storage tally goes with it, so the space it held counts as free at once.
    await db.settings.delete(usageKey(sessionId));
    // A debt keeps its figures but no longer lists the record (nor takes its plan from it).
    await unlinkDebtRecord(db, sessionId);
    await db.sessions.delete(sessionId);
    return { found, messages, followUpIds };
  });
}

/** Every table, including the profile, saved phrases and settings: "wipe everything" means everything. */
export async function wipeEverything(db: ParleyDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
