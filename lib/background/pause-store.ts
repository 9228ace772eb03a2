import type { ParleyDB } from '../db/database';

/**
 * The pause switch, remembered across service-worker restarts (which happen every few idle seconds), in the
 * `settings` table of Parley's own database under `capture.paused`.
 */
export interface PauseStore {
  get(): Promise<boolean>;
  set(paused: boolean): Promise<void>;
}

export const PAUSE_KEY = 'capture.paused';

export function settingsPauseStore(db: ParleyDB): PauseStore {
  // Every capture batch asks; the database is read once per worker life and written through.
  let cached: boolean | undefined;
  return {
    async get() {
      if (cached === undefined) cached = (await db.settings.get(PAUSE_KEY))?.value === true;
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
