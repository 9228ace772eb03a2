/**
 * Follow-up reminders as browser alarms and notifications. The `followUps` table is the source of truth: alarms are
 * only a cache of it, re-derived by syncReminders when the browser starts, when Parley is installed or updated, and
 * after every change the panel makes. Chrome keeps alarms across restarts, Firefox does not — re-deriving covers both,
 * and a deleted or ticked-off follow-up can never ring because handleAlarm re-reads the table before notifying.
 * Reminders that fell due while the browser was closed ring once at the next start (ringMissed).
 *
 * No browser API here: the alarms and notifications facades are passed in (reminders-browser.ts gives the real ones),
 * so the rules are tested with fakes.
 */
import { endOfLocalDay, localDay, localOffsetAt } from '../records/time';
import type { FollowUp, SessionRecord } from '../records/types';

export const ALARM_PREFIX = 'parley.followUp:';
export const alarmName = (followUpId: string) => `${ALARM_PREFIX}${followUpId}`;
export const followUpIdOf = (name: string) => (name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : undefined);

export interface ScheduledAlarm {
  name: string;
  scheduledTime: number;
}

export interface AlarmsFacade {
  getAll(): Promise<ScheduledAlarm[]>;
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

export interface NotificationsFacade {
  create(id: string, content: { title: string; message: string }): Promise<unknown>;
}

export interface ReminderTables {
  followUps: { toArray(): PromiseLike<FollowUp[]>; get(id: string): PromiseLike<FollowUp | undefined> };
  sessions: { get(id: string): PromiseLike<SessionRecord | undefined> };
}

/** Morning of the due day: early enough to act on a promised call or a payment, late enough not to wake anyone. */
export const REMIND_AT_HOUR = 9;
const HOUR_MS = 3_600_000;

/**
 * When to ring. A follow-up known only by its day is stored as the end of that day (see FollowUp.dueAt); ringing at
 * 23:59 would be useless, so those ring at 09:00 local time on the day. A follow-up with a real time rings at it.
 */
export function reminderTime(f: Pick<FollowUp, 'dueAt'>, utcOffsetMinutes = localOffsetAt(f.dueAt)): number {
  const day = localDay(f.dueAt, utcOffsetMinutes);
  if (f.dueAt !== endOfLocalDay(day, utcOffsetMinutes)) return f.dueAt;
  return endOfLocalDay(day - 1, utcOffsetMinutes) + 1 + REMIND_AT_HOUR * HOUR_MS;
}

export interface SyncOptions {
  now?: number;
  /** The user's offset from UTC in minutes; defaults to the runtime's zone at each follow-up's time. */
  utcOffsetMinutes?: number;
}

export interface SyncResult {
  created: string[];
  cleared: string[];
  kept: string[];
}

/**
 * Makes the browser's Parley alarms match the table: one per follow-up not done whose reminder time is still ahead.
 * An alarm already past its time is kept while its follow-up is open (Chrome fires missed alarms at startup); alarms
 * of follow-ups deleted or done are cleared. Alarms not named by Parley are never touched.
 */
export async function syncReminders(db: ReminderTables, alarms: AlarmsFacade, opts: SyncOptions = {}): Promise<SyncResult> {
  const now = opts.now ?? Date.now();
  const open = (await db.followUps.toArray()).filter((f) => !f.done);
  const openNames = new Set(open.map((f) => alarmName(f.id)));
  const wanted = new Map<string, number>();
  for (const f of open) {
    const when = reminderTime(f, opts.utcOffsetMinutes ?? localOffsetAt(f.dueAt));
    if (when > now) wanted.set(alarmName(f.id), when);
  }
  const result: SyncResult = { created: [], cleared: [], kept: [] };
  const existing = (await alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  const keep = new Set<string>();
  for (const a of existing) {
    const when = wanted.get(a.name);
    const stale = !openNames.has(a.name) || (when !== undefined && when !== a.scheduledTime);
    if (stale) {
      await alarms.clear(a.name);
      result.cleared.push(a.name);
    } else {
      keep.add(a.name);
      result.kept.push(a.name);
    }
  }
  for (const [name, when] of wanted) {
    if (keep.has(name)) continue;
    await alarms.create(name, { when });
    result.created.push(name);
  }
  return result;
}

export type ReminderText = (followUp: FollowUp, session: SessionRecord | undefined) => { title: string; message: string };

export type AlarmOutcome = 'notified' | 'stale' | 'not-ours';

/**
 * Which reminders have rung, as `id@reminderTime` (a follow-up moved to another day rings again). Lets a browser
 * start ring what was missed while it was closed without ringing the rest again.
 */
export interface RungStore {
  rung(): Promise<ReadonlySet<string>>;
  add(key: string): Promise<void>;
}

export const rungKey = (followUpId: string, ringsAt: number) => `${followUpId}@${ringsAt}`;

/** Rings only for a follow-up that still exists and is still open at the moment the alarm fires. */
export async function handleAlarm(
  db: ReminderTables,
  notifications: NotificationsFacade,
  name: string,
  text: ReminderText,
  store?: RungStore,
): Promise<AlarmOutcome> {
  const id = followUpIdOf(name);
  if (id === undefined) return 'not-ours';
  const followUp = await db.followUps.get(id);
  if (!followUp || followUp.done) return 'stale';
  const session = await db.sessions.get(followUp.sessionId);
  await notifications.create(name, text(followUp, session));
  await store?.add(rungKey(followUp.id, reminderTime(followUp)));
  return 'notified';
}

/** How far back a browser start still rings a missed reminder: older ones are in the Records tab, not in a pop-up. */
export const MISSED_WINDOW_MS = 7 * 24 * HOUR_MS;

/**
 * Rings, once each, the reminders whose time passed while the browser was closed: Firefox forgets alarms across
 * restarts, and Chrome drops any that were cleared or never set. Open follow-ups only, within MISSED_WINDOW_MS.
 * (Chrome may also fire its own missed alarm at startup; both use the alarm's name as the notification id, so the
 * second replaces the first instead of showing twice.)
 */
export async function ringMissed(
  db: ReminderTables,
  notifications: NotificationsFacade,
  store: RungStore,
  text: ReminderText,
  opts: SyncOptions = {},
): Promise<string[]> {
  const now = opts.now ?? Date.now();
  const rung = await store.rung();
  const rungNow: string[] = [];
  for (const f of await db.followUps.toArray()) {
    if (f.done) continue;
    const when = reminderTime(f, opts.utcOffsetMinutes ?? localOffsetAt(f.dueAt));
    const key = rungKey(f.id, when);
    if (when > now || when <= now - MISSED_WINDOW_MS || rung.has(key)) continue;
    await notifications.create(alarmName(f.id), text(f, await db.sessions.get(f.sessionId)));
    await store.add(key);
    rungNow.push(f.id);
  }
  return rungNow;
}
