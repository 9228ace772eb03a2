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
// Required fields per table and a value of the wrong type for each.
const REQUIRED: Record<(typeof TABLES)[number], string[]> = {
  sessions: ['id', 'url', 'siteId', 'vendor', 'startedAt'],
  messages: ['id', 'sessionId', 'seq', 'role', 'text', 'at'],
  followUps: ['id', 'sessionId', 'dueAt', 'title', 'source', 'done'],
  userPhrases: ['id', 'text', 'lang', 'createdAt'],
  profile: ['id', 'debt', 'budget', 'updatedAt'],
  settings: ['key'],
};
const wrongValue = fc.oneof(fc.constant(null), fc.constant([]), fc.constant({}), fc.constant(true), fc.constant(-1.5), fc.constant(''));

const mutation = fc.oneof(
  // Cut anywhere before the closing brace: never valid JSON.
  fc.integer({ min: 1, max: 1_000_000 }).map((n) => (text: string) => text.slice(0, n % (text.trimEnd().length - 1))),
  // A required field replaced by a value of the wrong type, or removed.
  fc.tuple(fc.constantFrom(...TABLES), fc.nat(), fc.nat(), wrongValue, fc.boolean()).map(([table, row, field, value, remove]) => (text: string) => {
    const b = JSON.parse(text) as Json;
    const rows = b.tables[table]!;
    const target = rows[row % rows.length]!;
    const names = REQUIRED[table];
    const name = names[field % names.length]!;
    if (remove) delete target[name];
    else target[name] = value;
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
