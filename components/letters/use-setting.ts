import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../lib/db/instance';
import { readSetting, type SettingSpec } from '../../lib/db/settings';

/**
 * A settings row edited as local state: read once when it arrives, then every change is shown at once and written
 * through (checked against the key's schema first), so typing never waits on the database or jumps the cursor.
 */
export function useStoredState<T>(key: string, spec: SettingSpec<T>): [T | undefined, (next: T) => void] {
  const stored = useLiveQuery(async () => ({ value: await readSetting(db, key, spec) }), [key]);
  const [value, setValue] = useState<T | undefined>();
  const loaded = useRef(false);
  useEffect(() => {
    if (!loaded.current && stored) {
      loaded.current = true;
      setValue(stored.value);
    }
  }, [stored]);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      // A value the schema refuses is never written: the stored row stays the last good one.
      if (spec.schema.safeParse(next).success) void db.settings.put({ key, value: next });
    },
    [key, spec],
  );
  return [loaded.current || stored ? (value ?? stored?.value) : undefined, update];
}
