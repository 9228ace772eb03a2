/**
 * The reminders that have rung (lib/background/reminders.ts RungStore), kept in `settings` under one key. Only the
 * most recent keys are kept: the list exists to stop a browser start from ringing again, and reminders older than
 * the missed-reminder window never ring at start anyway.
 */
import type { RungStore } from '../background/reminders';
import type { ParleyDB } from './database';
import { readSetting, RUNG, RUNG_KEY, RUNG_LIMIT } from './settings';

export { RUNG_KEY, RUNG_LIMIT };

// A damaged or foreign row reads as "nothing rung yet": ringing once more is harmless, failing to start is not.
const rungKeys = (db: ParleyDB) => readSetting(db, RUNG_KEY, RUNG);

export function rungStore(db: ParleyDB): RungStore {
  return {
    rung: async () => new Set(await rungKeys(db)),
    add: (key) =>
      db.transaction('rw', db.settings, async () => {
        const keys = (await rungKeys(db)).filter((k) => k !== key);
        keys.push(key);
        await db.settings.put({ key: RUNG_KEY, value: keys.slice(-RUNG_LIMIT) });
      }),
  };
}
