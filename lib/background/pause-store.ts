import type { ParleyDB } from '../db/database';
import { PAUSE_KEY, PAUSED, readSetting } from '../db/settings';

/**
 * The pause switch, remembered across service-worker restarts (which happen every few idle seconds), in the
 * `settings` table of Parley's own database under `capture.paused`.
 */
export interface PauseStore {
  get(): Promise<boolean>;
  set(paused: boolean): Promise<void>;
}

export { PAUSE_KEY };

export function settingsPauseStore(db: ParleyDB): PauseStore {
  // Every capture batch asks; the database is read once per worker life and written through.
  let cached: boolean | undefined;
  return {
    async get() {
      // A stored value that is not a boolean reads as not paused (lib/db/settings.ts).
      if (cached === undefined) cached = await readSetting(db, PAUSE_KEY, PAUSED);
      return cached;
    },
    async set(paused) {
      await db.settings.put({ key: PAUSE_KEY, value: paused });
      cached = paused;
    },
  };
}

export function memoryPauseStore(initial = false): PauseStore {
  let paused = initial;
  return {
    get: async () => paused,
    set: async (value) => {
      paused = value;
    },
  };
}
