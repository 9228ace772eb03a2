// Malformed full backups never change the database: truncations, wrong types anywhere in any table, forbidden keys,
// duplicated and orphaned rows, wrong versions, oversized strings and settings values that do not fit their key, each
// restored into a database that a valid restore *would* change.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupOutputFile, restoreFile } from '../../lib/db/backup';
import { settingSpec } from '../../lib/db/settings';
import type { ParleyDB } from '../../lib/db/database';
import { plainBundle } from '../records/fixtures';
import { freshDb, seedEverything, snapshot } from './backup-fixtures';

type Row = Record<string, unknown>;
type Json = { tables: Record<string, Row[]> };

let valid = '';
let db: ParleyDB;
let before: Awaited<ReturnType<typeof snapshot>>;
let runs = 0;

beforeAll(async () => {
  const source = freshDb('fuzz-src');
  await seedEverything(source);
  valid = (await backupOutputFile(source, { now: Date.UTC(2026, 10, 23, 9) })).content;
  source.close();
  // One shared target: holds part of the backup, so a restore that slipped through would add rows.
  db = freshDb('fuzz-target');
  await db.sessions.add(plainBundle().session);
  await db.messages.bulkAdd(plainBundle().messages.slice(0, 1));
  before = await snapshot(db);
});

async function leavesDatabaseAlone(text: string, restoreSettings = false): Promise<void> {
  runs += 1;
  const r = await restoreFile(db, text, { restoreSettings });
  expect(r.ok, text.slice(0, 300)).toBe(false);
  if (!r.ok) {
    expect(r.error.message.en.length).toBeGreaterThan(0);
    expect(r.error.message.zh.length).toBeGreaterThan(0);
  }
  expect(await snapshot(db)).toStrictEqual(before);
}

const TABLES = ['sessions', 'messages', 'followUps', 'userPhrases', 'profile', 'settings', 'debts'] as const;
type FieldType = 'id' | 'string' | 'int' | 'boolean' | 'object';
// Required fields per table with their type. '' is a valid text or URL, so only ids treat it as wrong.
const REQUIRED: Record<(typeof TABLES)[number], [string, FieldType][]> = {
  sessions: [['id', 'id'], ['url', 'string'], ['siteId', 'string'], ['vendor', 'string'], ['startedAt', 'int']],
  messages: [['id', 'id'], ['sessionId', 'id'], ['seq', 'int'], ['role', 'string'], ['text', 'string'], ['at', 'int']],
  followUps: [['id', 'id'], ['sessionId', 'id'], ['dueAt', 'int'], ['title', 'id'], ['source', 'string'], ['done', 'boolean']],
  userPhrases: [['id', 'id'], ['text', 'string'], ['lang', 'string'], ['createdAt', 'int']],
  profile: [['id', 'string'], ['debt', 'object'], ['budget', 'object'], ['updatedAt', 'int']],
  settings: [['key', 'id']],
  debts: [
    ['id', 'id'], ['creditorKind', 'string'], ['creditorName', 'id'], ['product', 'string'], ['currency', 'string'], ['market', 'string'],
    ['principal', 'int'], ['interest', 'int'], ['fees', 'int'], ['penalties', 'int'], ['daysOverdue', 'int'], ['overdueOn', 'id'],
    ['status', 'string'], ['createdAt', 'int'], ['updatedAt', 'int'],
  ],
};
// Strings one character over the limit the importer sets for them (lib/records/import/schema.ts LIMITS).
const OVERSIZED: [(typeof TABLES)[number], string, number][] = [
  ['sessions', 'id', 513],
  ['sessions', 'url', 8193],
  ['sessions', 'siteId', 257],
  ['messages', 'text', 1_000_001],
  ['messages', 'author', 257],
  ['followUps', 'title', 2001],
  ['userPhrases', 'text', 100_001],
  ['settings', 'key', 513],
  ['debts', 'id', 513],
  ['debts', 'creditorName', 257],
  ['debts', 'note', 10_001],
];
// Settings rows as Parley writes them (backup-fixtures SETTINGS), and values that do not fit each key.
const RECORD_STATE_KEYS = ['records.dismissed:sess-cmb-1', 'reminders.rung'];
const PREFERENCE_KEYS = ['capture.paused', 'pinnedPhrases'];
const BAD_SETTING_VALUES: Record<string, unknown[]> = {
  'capture.paused': [null, 'true', 1, 0, [], {}],
  pinnedPhrases: [null, 'p1', {}, [''], [1], ['x'.repeat(101)], Array.from({ length: 201 }, (_, i) => `p${i}`)],
  'records.dismissed:sess-cmb-1': [null, 'ref', {}, [1], [null], ['x'.repeat(2001)]],
  'reminders.rung': [null, 'f@1', {}, [1], Array.from({ length: 501 }, (_, i) => `f${i}@1`)],
};
const setSetting = (key: string, value: unknown) => (text: string) => {
  const b = JSON.parse(text) as Json;
  b.tables.settings = b.tables.settings!.map((r) => (r.key === key ? { ...r, value } : r));
  return JSON.stringify(b);
};

// A value of the wrong type for each kind of field (or, for ids and enums, an empty or unknown string).
const WRONG: Record<FieldType, unknown[]> = {
  id: [null, [], {}, true, -1.5, ''],
  string: [null, [], {}, true, -1.5],
  int: [null, [], {}, true, -1.5, '', '12'],
  boolean: [null, [], {}, 0, '', 'true'],
  object: [null, [], true, -1.5, '', 'x'],
};

const mutation = fc.oneof(
  // Cut anywhere before the closing brace: never valid JSON.
  fc.integer({ min: 1, max: 1_000_000 }).map((n) => (text: string) => text.slice(0, n % (text.trimEnd().length - 1))),
  // A required field replaced by a value of the wrong type, or removed.
  fc.tuple(fc.constantFrom(...TABLES), fc.nat(), fc.nat(), fc.nat(), fc.boolean()).map(([table, row, field, pick, remove]) => (text: string) => {
    const b = JSON.parse(text) as Json;
    const rows = b.tables[table]!;
    const target = rows[row % rows.length]!;
    const [name, type] = REQUIRED[table][field % REQUIRED[table].length]!;
    if (remove) delete target[name];
    else target[name] = WRONG[type][pick % WRONG[type].length];
    return JSON.stringify(b);
  }),
  // A prototype-polluting key inside any row.
  fc.tuple(fc.constantFrom(...TABLES), fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([table, row, key]) => (text: string) => {
    const b = JSON.parse(text) as Json;
    const rows = b.tables[table]!;
    const raw = JSON.stringify(rows[row % rows.length]);
    const poisoned = `{"${key}":{"polluted":true},${raw.slice(1)}`;
    return JSON.stringify(b).replace(raw, poisoned);
  }),
  // A row repeated (duplicate key) in any table.
  fc.tuple(fc.constantFrom(...TABLES), fc.nat()).map(([table, row]) => (text: string) => {
    const b = JSON.parse(text) as Json;
    const rows = b.tables[table]!;
    rows.push(structuredClone(rows[row % rows.length]!));
    return JSON.stringify(b);
  }),
  // A message or follow-up moved to a session the file does not contain.
  fc.tuple(fc.constantFrom('messages', 'followUps'), fc.nat(), fc.string({ minLength: 1, maxLength: 8 })).map(([table, row, id]) => (text: string) => {
    const b = JSON.parse(text) as Json;
    const rows = b.tables[table]!;
    rows[row % rows.length]!.sessionId = `orphan-${id}`;
    return JSON.stringify(b);
  }),
  // A string one character over its limit.
  fc.tuple(fc.constantFrom(...OVERSIZED), fc.nat()).map(([[table, field, length], row]) => (text: string) => {
    const b = JSON.parse(text) as Json;
    const rows = b.tables[table]!;
    rows[row % rows.length]![field] = 'x'.repeat(length);
    return JSON.stringify(b);
  }),
  // Any version but 1, of any type.
  fc
    .oneof(fc.integer().filter((n) => n !== 1), fc.constantFrom('1', 1.5, null, true, [], {}, -0.0001))
    .map((version) => (text: string) => JSON.stringify({ ...JSON.parse(text), version })),
  // Record state that does not fit its key: always written with the records, so always checked.
  fc.tuple(fc.constantFrom(...RECORD_STATE_KEYS), fc.nat()).map(([key, pick]) => setSetting(key, BAD_SETTING_VALUES[key]![pick % BAD_SETTING_VALUES[key]!.length])),
  // Not a table list, or not a backup at all.
  fc.constantFrom(
    () => '',
    () => 'null',
    () => '[]',
    (text: string) => text.replace('"parley.backup"', '"parley.backup2"'),
    (text: string) => text.replace('"tables"', '"tablez"'),
  ),
);

describe('restoreFile on malformed backups (fuzz)', () => {
  it('the unmutated backup is restored and would change this database (so the property below means something)', async () => {
    const other = freshDb('fuzz-control');
    await other.sessions.add(plainBundle().session);
    const r = await restoreFile(other, valid);
    expect(r.ok && r.added.messages).toBeGreaterThan(0);
    other.close();
  });

  it('refuses every mutation with a named error and leaves the database exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (mutate) => leavesDatabaseAlone(mutate(valid))),
      { numRuns: 300 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
  }, 60_000);

  it('the unmutated backup is restored with its settings when asked (so the property below means something)', async () => {
    const other = freshDb('fuzz-control-settings');
    const r = await restoreFile(other, valid, { restoreSettings: true });
    expect(r.ok && r.added.settings).toBe(4);
    other.close();
  });

  it('asked to restore settings: a value that does not fit its key, or a key Parley does not know, refuses the file', async () => {
    const settingsMutation = fc.oneof(
      fc.tuple(fc.constantFrom(...PREFERENCE_KEYS, ...RECORD_STATE_KEYS), fc.nat()).map(([key, pick]) => setSetting(key, BAD_SETTING_VALUES[key]![pick % BAD_SETTING_VALUES[key]!.length])),
      fc
        .string({ minLength: 1, maxLength: 40 })
        .filter((key) => settingSpec(key) === undefined)
        .map((key) => (text: string) => {
          const b = JSON.parse(text) as Json;
          b.tables.settings!.push({ key, value: true });
          return JSON.stringify(b);
        }),
    );
    await fc.assert(
      fc.asyncProperty(settingsMutation, async (mutate) => leavesDatabaseAlone(mutate(valid), true)),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('restoring without settings (fuzz)', () => {
  it('whatever the file says about preferences or unknown keys, the person\'s settings stay as they were', async () => {
    // Prototype keys inside a value are refused for the whole file (covered above); here the file must be readable.
    const junk = fc.jsonValue({ maxDepth: 3 }).filter((v) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v) ?? ''));
    const key = fc.oneof(fc.constantFrom(...PREFERENCE_KEYS), fc.string({ minLength: 1, maxLength: 30 }).filter((k) => settingSpec(k) === undefined));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(key, junk), { maxLength: 4, selector: ([k]) => k }), async (rows) => {
        const b = JSON.parse(valid) as Json;
        b.tables.settings = [...b.tables.settings!.filter((r) => !rows.some(([k]) => k === r.key)), ...rows.map(([k, value]) => ({ key: k, value }))];
        const target = freshDb('fuzz-prefs');
        await target.settings.put({ key: 'capture.paused', value: false });
        const r = await restoreFile(target, JSON.stringify(b));
        if (!r.ok) throw new Error(r.error.message.en);
        const stored = await target.settings.toArray();
        expect(stored.find((s) => s.key === 'capture.paused')?.value).toBe(false);
        expect(stored.map((s) => s.key).sort()).toEqual(['capture.paused', ...RECORD_STATE_KEYS].sort());
        target.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
