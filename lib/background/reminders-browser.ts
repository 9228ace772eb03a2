/**
 * The real alarms and notifications behind lib/background/reminders.ts, and the listeners the background registers.
 * Listeners are added synchronously when the service worker starts, as MV3 requires for events that wake it.
 */
import { browser } from 'wxt/browser';
import type { ParleyDB } from '../db/database';
import { findSiteById } from '../sites/registry';
import { rungStore } from '../db/rung-reminders';
import { handleAlarm, ringMissed, syncReminders, type AlarmsFacade, type NotificationsFacade, type ReminderText } from './reminders';

/** Undefined where the API is missing (a build without the permission, or a test page). */
export function browserAlarms(): AlarmsFacade | undefined {
  const alarms = browser.alarms;
  if (!alarms) return undefined;
  return {
    getAll: async () => (await alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime })),
    create: (name, info) => alarms.create(name, info),
    clear: (name) => alarms.clear(name),
  };
}

function browserNotifications(): NotificationsFacade | undefined {
  const notifications = browser.notifications;
  if (!notifications) return undefined;
  return {
    create: (id, content) =>
      notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: content.title, message: content.message }),
  };
}

const text: ReminderText = (followUp, session) => {
  const zh = browser.i18n.getUILanguage().toLowerCase().startsWith('zh');
  const bank = session?.bankName ?? (session ? findSiteById(session.siteId)?.name[zh ? 'zh' : 'en'] : undefined);
  return {
    title: browser.i18n.getMessage('recReminderTitle') || 'Parley follow-up',
    message: bank ? `${followUp.title} · ${bank}` : followUp.title,
  };
};

/** Re-derives the alarms from the followUps table; never throws (a reminder must not break whoever asked). */
export async function resyncReminders(db: ParleyDB): Promise<void> {
  const alarms = browserAlarms();
  if (!alarms) return;
  await syncReminders(db, alarms).catch(() => undefined);
}

export function listenForReminders(db: ParleyDB): void {
  const notifications = browserNotifications();
  const store = rungStore(db);
  const resync = () => void resyncReminders(db);
  browser.runtime.onStartup.addListener(() => {
    resync();
    // Only at a browser start: an update or install should not ring anything.
    if (notifications) void ringMissed(db, notifications, store, text).catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(resync);
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (notifications) void handleAlarm(db, notifications, alarm.name, text, store).catch(() => undefined);
  });
  browser.notifications?.onClicked.addListener((id) => void browser.notifications.clear(id).catch(() => undefined));
}
