/** Settings values are checked by key whenever they are read back: a bad stored value reads as the default. */
import { describe, expect, it } from 'vitest';
import { settingsPauseStore } from '../../lib/background/pause-store';
import { backupOutputFile, restoreFile } from '../../lib/db/backup';
import { dismissedKey, dismissedSuggestions, dismissSuggestion } from '../../lib/db/dismissed';
import { loadPinned, togglePinned } from '../../lib/db/phrases';
import { rungStore } from '../../lib/db/rung-reminders';
import { DISMISSED, PAUSED, PINNED, RUNG, settingSpec, settingValue } from '../../lib/db/settings';
import { freshDb, snapshot } from './backup-fixtures';

const BAD_VALUES: unknown[] = [undefined, null, 'true', 1, 0, {}, { length: 1, 0: 'x' }, [1, 2], [null], 'x'.repeat(10_000)];

describe('settingValue', () => {
  it.each([
    ['capture.paused', PAUSED, false],
    ['pinnedPhrases', PINNED, []],
    ['reminders.rung', RUNG, []],
    ['records.dismissed:…', DISMISSED, []],
  ] as const)('%s: every bad value reads as the default', (_, spec, fallback) => {
    for (const bad of BAD_VALUES) expect(settingValue(spec as never, bad), JSON.stringify(bad)?.slice(0, 40)).toEqual(fallback);
  });

  it.each([
    [PAUSED, true],
    [PAUSED, false],
    [PINNED, ['p1', 'user:4f0c']],
    [RUNG, ['fu-1@1795737600000']],
    [DISMISSED, ['ref:202611230001', '']],
  ] as const)('a good value reads as itself (%#)', (spec, value) => {
    expect(settingValue(spec as never, value)).toEqual(value);
  });

  it('knows every key Parley writes, and no other', () => {
    for (const key of ['capture.paused', 'pinnedPhrases', 'reminders.rung', dismissedKey('s1'), 'storage.bounds', 'storage.usage:s1']) {
      expect(settingSpec(key), key).toBeDefined();
    }
    for (const key of ['paused', 'ui', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'records.dismissed:', 'capture.paused ']) {
      expect(settingSpec(key), key).toBeUndefined();
    }
  });
});

describe('readers fall back to the default on a damaged stored value, never throw', () => {
  it.each(BAD_VALUES.filter((v) => v !== undefined).map((v) => [JSON.stringify(v).slice(0, 30), v]))('stored value %s', async (_, bad) => {
    const db = freshDb('settings-read');
    await db.settings.bulkPut([
      { key: 'capture.paused', value: bad },
      { key: 'pinnedPhrases', value: bad },
      { key: 'reminders.rung', value: bad },
      { key: dismissedKey('s1'), value: bad },
    ]);
    expect(await settingsPauseStore(db).get()).toBe(false);
    expect(await loadPinned(db)).toEqual([]);
    expect([...(await rungStore(db).rung())]).toEqual([]);
    expect(await dismissedSuggestions(db, 's1')).toEqual([]);
    // Writing after a damaged read starts from the default and leaves a good value.
    expect(await togglePinned(db, 'p1')).toEqual(['p1']);
    await dismissSuggestion(db, 's1', 'ref:1');
    expect(await dismissedSuggestions(db, 's1')).toEqual(['ref:1']);
    db.close();
  });
});

describe('what Parley writes always restores', () => {
  it('settings written by the real writers pass their own schemas when restored with settings', async () => {
    const source = freshDb('settings-writers');
    await settingsPauseStore(source).set(true);
    await togglePinned(source, 'user:1');
    await rungStore(source).add('fu-1@1795737600000');
    await dismissSuggestion(source, 's1', 'ref:202611230001');
    const text = (await backupOutputFile(source, { now: Date.UTC(2026, 10, 23, 9) })).content;
    const db = freshDb('settings-writers-target');
    const r = await restoreFile(db, text, { restoreSettings: true });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.added.settings).toBe(4);
    expect((await snapshot(db)).settings).toStrictEqual((await snapshot(source)).settings);
    source.close();
    db.close();
  });
});
