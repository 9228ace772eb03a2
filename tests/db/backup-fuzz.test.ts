// Malformed full backups never change the database: truncations, wrong types anywhere in any table, forbidden keys,
// duplicated and orphaned rows, each restored into a database that a valid restore *would* change.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupOutputFile, restoreFile } from '../../lib/db/backup';
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

async function leavesDatabaseAlone(text: string): Promise<void> {
  runs += 1;
  const r = await restoreFile(db, text);
  expect(r.ok, text.slice(0, 300)).toBe(false);
  if (!r.ok) {
    expect(r.error.message.en.length).toBeGreaterThan(0);
    expect(r.error.message.zh.length).toBeGreaterThan(0);
  }
  expect(await snapshot(db)).toStrictEqual(before);
}

const TABLES = ['sessions', 'messages', 'followUps', 'userPhrases', 'profile', 'settings'] as const;
type FieldType = 'id' | 'string' | 'int' | 'boolean' | 'object';
// Required fields per table with their type. '' is a valid text or URL, so only ids treat it as wrong.
const REQUIRED: Record<(typeof TABLES)[number], [string, FieldType][]> = {
  sessions: [['id', 'id'], ['url', 'string'], ['siteId', 'string'], ['vendor', 'string'], ['startedAt', 'int']],
  messages: [['id', 'id'], ['sessionId', 'id'], ['seq', 'int'], ['role', 'string'], ['text', 'string'], ['at', 'int']],
  followUps: [['id', 'id'], ['sessionId', 'id'], ['dueAt', 'int'], ['title', 'id'], ['source', 'string'], ['done', 'boolean']],
  userPhrases: [['id', 'id'], ['text', 'string'], ['lang', 'string'], ['createdAt', 'int']],
  profile: [['id', 'string'], ['debt', 'object'], ['budget', 'object'], ['updatedAt', 'int']],
  settings: [['key', 'id']],
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
  });
});
