/**
 * The reminders that have rung (lib/background/reminders.ts RungStore), kept in `settings` under one key. Only the
 * most recent keys are kept: the list exists to stop a browser start from ringing again, and reminders older than
 * the missed-reminder window never ring at start anyway.
 */
import type { RungStore } from '../background/reminders';
import type { ParleyDB } from './database';

export const RUNG_KEY = 'reminders.rung';
export const RUNG_LIMIT = 500;

function keysOf(value: unknown): string[] {
  // A damaged or foreign row means "nothing rung yet": ringing once more is harmless, failing to start is not.
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function rungStore(db: ParleyDB): RungStore {
  return {
    rung: async () => new Set(keysOf((await db.settings.get(RUNG_KEY))?.value)),
    add: (key) =>
      db.transaction('rw', db.settings, async () => {
        const keys = keysOf((await db.settings.get(RUNG_KEY))?.value).filter((k) => k !== key);
        keys.push(key);
        await db.settings.put({ key: RUNG_KEY, value: keys.slice(-RUNG_LIMIT) });
      }),
  };
}
