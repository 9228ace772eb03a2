import { describe, expect, it } from 'vitest';
import {
  alarmName,
  followUpIdOf,
  handleAlarm,
  MISSED_WINDOW_MS,
  reminderTime,
  ringMissed,
  rungKey,
  syncReminders,
  type AlarmsFacade,
  type NotificationsFacade,
  type ReminderTables,
  type RungStore,
} from '../../lib/background/reminders';
import { RUNG_KEY, RUNG_LIMIT, rungStore } from '../../lib/db/rung-reminders';
import { deleteSessionRecord, wipeEverything } from '../../lib/db/retention';
import { endOfLocalDay, parseDay } from '../../lib/records/time';
import type { FollowUp, SessionRecord } from '../../lib/records/types';
import { freshDb, seedEverything } from '../db/backup-fixtures';

const CN = 480;
const day = (iso: string) => parseDay(iso)!;
const endOf = (iso: string) => endOfLocalDay(day(iso), CN);
const NOW = Date.UTC(2026, 10, 23, 6); // 2026-11-23 14:00 in Beijing

function fakeAlarms(initial: Record<string, number> = {}) {
  const alarms = new Map(Object.entries(initial));
  const facade: AlarmsFacade = {
    getAll: async () => [...alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
    create: (name, { when }) => void alarms.set(name, when),
    clear: async (name) => alarms.delete(name),
  };
  return { alarms, facade };
}

function fakeTables(followUps: FollowUp[], sessions: SessionRecord[] = []): ReminderTables {
  return {
    followUps: { toArray: async () => followUps.map((f) => ({ ...f })), get: async (id) => followUps.find((f) => f.id === id) },
    sessions: { get: async (id) => sessions.find((s) => s.id === id) },
  };
}

const fu = (id: string, dueAt: number, done = false): FollowUp => ({ id, sessionId: 's1', dueAt, title: `item ${id}`, source: 'user', done });

describe('reminderTime', () => {
  it.each([
    ['a day-only follow-up rings at 09:00 local on its day', endOf('2026-11-26'), Date.UTC(2026, 10, 26, 1)],
    ['a follow-up with a time rings at that time', Date.UTC(2026, 10, 26, 6, 30), Date.UTC(2026, 10, 26, 6, 30)],
    ['one millisecond before the end of day is a real time', endOf('2026-11-26') - 1, endOf('2026-11-26') - 1],
  ])('%s', (_name, dueAt, expected) => {
    expect(reminderTime({ dueAt }, CN)).toBe(expected);
  });

  it('uses the given zone: the same day-only follow-up in New York rings at 09:00 there', () => {
    expect(reminderTime({ dueAt: endOfLocalDay(day('2026-11-26'), -300) }, -300)).toBe(Date.UTC(2026, 10, 26, 14));
  });
});

describe('syncReminders', () => {
  const cases: { name: string; followUps: FollowUp[]; alarms: Record<string, number>; expected: Record<string, number> }[] = [
    {
      name: 'creates one alarm per open future follow-up',
      followUps: [fu('a', endOf('2026-11-26')), fu('b', Date.UTC(2026, 11, 1, 2))],
      alarms: {},
      expected: { [alarmName('a')]: Date.UTC(2026, 10, 26, 1), [alarmName('b')]: Date.UTC(2026, 11, 1, 2) },
    },
    {
      name: 'nothing for done follow-ups, and their alarms are cleared',
      followUps: [fu('a', endOf('2026-11-26'), true)],
      alarms: { [alarmName('a')]: Date.UTC(2026, 10, 26, 1) },
      expected: {},
    },
    {
      name: 'clears alarms whose follow-up no longer exists (deleted session)',
      followUps: [],
      alarms: { [alarmName('gone')]: Date.UTC(2026, 10, 30) },
      expected: {},
    },
    {
      name: 'moves an alarm whose follow-up was rescheduled',
      followUps: [fu('a', endOf('2026-11-28'))],
      alarms: { [alarmName('a')]: Date.UTC(2026, 10, 26, 1) },
      expected: { [alarmName('a')]: Date.UTC(2026, 10, 28, 1) },
    },
    {
      name: 'keeps a past alarm of an open follow-up (Chrome fires it at startup) but creates none for past items',
      followUps: [fu('missed', endOf('2026-11-20')), fu('old', endOf('2026-11-19'))],
      alarms: { [alarmName('missed')]: Date.UTC(2026, 10, 20, 1) },
      expected: { [alarmName('missed')]: Date.UTC(2026, 10, 20, 1) },
    },
    {
      name: 'never touches alarms that are not Parley follow-ups',
      followUps: [],
      alarms: { 'someone-else': 123 },
      expected: { 'someone-else': 123 },
    },
  ];

  it.each(cases)('$name', async ({ followUps, alarms, expected }) => {
    const fake = fakeAlarms(alarms);
    await syncReminders(fakeTables(followUps), fake.facade, { now: NOW, utcOffsetMinutes: CN });
    expect(Object.fromEntries(fake.alarms)).toEqual(expected);
  });

  it('is idempotent: a second sync creates and clears nothing', async () => {
    const fake = fakeAlarms();
    const tables = fakeTables([fu('a', endOf('2026-11-26')), fu('b', endOf('2026-12-25'))]);
    await syncReminders(tables, fake.facade, { now: NOW, utcOffsetMinutes: CN });
    const again = await syncReminders(tables, fake.facade, { now: NOW, utcOffsetMinutes: CN });
    expect(again).toEqual({ created: [], cleared: [], kept: [alarmName('a'), alarmName('b')] });
  });

  it('re-creates every alarm from the table after a browser restart that lost them (Firefox)', async () => {
    const tables = fakeTables([fu('a', endOf('2026-11-26')), fu('b', endOf('2026-12-25'))]);
    const first = fakeAlarms();
    await syncReminders(tables, first.facade, { now: NOW, utcOffsetMinutes: CN });
    const afterRestart = fakeAlarms();
    await syncReminders(tables, afterRestart.facade, { now: NOW, utcOffsetMinutes: CN });
    expect(Object.fromEntries(afterRestart.alarms)).toEqual(Object.fromEntries(first.alarms));
  });

  it('after deleting a session or wiping everything, no alarm of it is left (real database)', async () => {
    const db = freshDb('reminders');
    await seedEverything(db);
    await db.followUps.put({ id: 'other', sessionId: 'sess-en-2', dueAt: endOf('2026-12-01'), title: 'x', source: 'user', done: false });
    const fake = fakeAlarms();
    const now = Date.UTC(2026, 10, 20);
    await syncReminders(db, fake.facade, { now, utcOffsetMinutes: CN });
    expect([...fake.alarms.keys()].sort()).toEqual([alarmName('fu-1'), alarmName('other')]);
    await deleteSessionRecord(db, 'sess-cmb-1');
    await syncReminders(db, fake.facade, { now, utcOffsetMinutes: CN });
    expect([...fake.alarms.keys()]).toEqual([alarmName('other')]);
    await wipeEverything(db);
    await syncReminders(db, fake.facade, { now, utcOffsetMinutes: CN });
    expect(fake.alarms.size).toBe(0);
    db.close();
  });
});

describe('handleAlarm', () => {
  const session: SessionRecord = { id: 's1', url: '', siteId: 'manual', vendor: 'manual', startedAt: 0, bankName: '招商银行' };
  const text = (f: FollowUp, s: SessionRecord | undefined) => ({ title: 'Parley', message: `${f.title} · ${s?.bankName ?? '?'}` });

  function fakeNotifications() {
    const shown: { id: string; title: string; message: string }[] = [];
    const facade: NotificationsFacade = { create: async (id, c) => shown.push({ id, ...c }) };
    return { shown, facade };
  }

  it.each([
    ['an open follow-up rings with its title and bank', [fu('a', 1)], alarmName('a'), 'notified', 1],
    ['a follow-up ticked off after the alarm was set stays silent', [fu('a', 1, true)], alarmName('a'), 'stale', 0],
    ['a deleted follow-up stays silent', [], alarmName('a'), 'stale', 0],
    ['an alarm Parley did not name is ignored', [fu('a', 1)], 'other:a', 'not-ours', 0],
  ] as const)('%s', async (_name, followUps, alarm, outcome, count) => {
    const n = fakeNotifications();
    expect(await handleAlarm(fakeTables([...followUps], [session]), n.facade, alarm, text)).toBe(outcome);
    expect(n.shown).toHaveLength(count);
    if (count) expect(n.shown[0]).toEqual({ id: alarmName('a'), title: 'Parley', message: 'item a · 招商银行' });
  });

  it('names round-trip and ids may contain the separator', () => {
    expect(followUpIdOf(alarmName('plan:s1:3'))).toBe('plan:s1:3');
    expect(followUpIdOf('parley.other:x')).toBeUndefined();
  });
});

describe('ringMissed (a browser start after reminders fell due while it was closed)', () => {
  const session: SessionRecord = { id: 's1', url: '', siteId: 'manual', vendor: 'manual', startedAt: 0, bankName: '招商银行' };
  const text = (f: FollowUp) => ({ title: 'Parley', message: f.title });
  const memoryStore = (initial: string[] = []) => {
    const keys = new Set(initial);
    const store: RungStore = { rung: async () => new Set(keys), add: async (k) => void keys.add(k) };
    return { keys, store };
  };
  const shownIn = () => {
    const shown: string[] = [];
    const facade: NotificationsFacade = { create: async (id) => void shown.push(id) };
    return { shown, facade };
  };
  const opts = { now: NOW, utcOffsetMinutes: CN };

  it('rings each open follow-up whose time passed within the window, once, and remembers it', async () => {
    const followUps = [
      fu('yesterday', endOf('2026-11-22')),
      fu('an hour ago', NOW - 3_600_000),
      fu('done', NOW - 3_600_000, true),
      fu('tomorrow', endOf('2026-11-24')),
      fu('weeks ago', NOW - MISSED_WINDOW_MS - 1),
    ];
    const { keys, store } = memoryStore();
    const n = shownIn();
    expect(await ringMissed(fakeTables(followUps, [session]), n.facade, store, text, opts)).toEqual(['yesterday', 'an hour ago']);
    expect(n.shown).toEqual([alarmName('yesterday'), alarmName('an hour ago')]);
    // The next start rings nothing again.
    const again = shownIn();
    expect(await ringMissed(fakeTables(followUps, [session]), again.facade, store, text, opts)).toEqual([]);
    expect(keys.size).toBe(2);
  });

  it('skips what an alarm already rang, but rings a follow-up moved to a new time', async () => {
    const f = fu('a', NOW - 3_600_000);
    const { store } = memoryStore();
    const n = shownIn();
    expect(await handleAlarm(fakeTables([f], [session]), n.facade, alarmName('a'), text, store)).toBe('notified');
    expect(await ringMissed(fakeTables([f], [session]), n.facade, store, text, opts)).toEqual([]);
    const moved = { ...f, dueAt: NOW - 600_000 };
    expect(rungKey(moved.id, reminderTime(moved, CN))).not.toBe(rungKey(f.id, reminderTime(f, CN)));
    expect(await ringMissed(fakeTables([moved], [session]), n.facade, store, text, opts)).toEqual(['a']);
  });

  it('keeps what rang in settings, bounded, and reads a damaged row as nothing rung', async () => {
    const db = await freshDb();
    const store = rungStore(db);
    await db.settings.put({ key: RUNG_KEY, value: 'not a list' });
    expect((await store.rung()).size).toBe(0);
    for (let i = 0; i < RUNG_LIMIT + 5; i++) await store.add(`f${i}@1`);
    await store.add('f3@1');
    const kept = await store.rung();
    expect(kept.size).toBe(RUNG_LIMIT);
    expect(kept.has('f504@1') && kept.has('f3@1')).toBe(true);
    expect(kept.has('f4@1')).toBe(false);
    db.close();
  }, 30_000);
});
