import Dexie, { type EntityTable } from 'dexie';
import type { DebtRow } from '../debts/types';
import type { Budget, Debt } from '../negotiate/types';
import type { FollowUp, SessionRecord } from '../records/types';
import type { Message } from './types';

export const DB_NAME = 'parley';

/**
 * Every schema version ever shipped stays listed: Dexie needs the history to upgrade an old install, and the
 * migration tests open a database frozen at each earlier version.
 */
export const SCHEMA_VERSIONS = {
  1: {
    sessions: 'id, tabId, siteId, startedAt, updatedAt',
    messages: 'id, [sessionId+seq], sessionId',
  },
  2: {
    sessions: 'id, tabId, siteId, startedAt, updatedAt, outcome',
    messages: 'id, [sessionId+seq], sessionId',
    followUps: 'id, sessionId, dueAt',
    userPhrases: 'id, lang, stage',
    profile: 'id',
    settings: 'key',
  },
  3: {
    sessions: 'id, tabId, siteId, startedAt, updatedAt, outcome',
    messages: 'id, [sessionId+seq], sessionId',
    followUps: 'id, sessionId, dueAt',
    userPhrases: 'id, lang, stage',
    profile: 'id',
    settings: 'key',
    // Several debts, one budget (lib/debts): found by the bank a chat is on and by the records they list.
    debts: 'id, siteId, status, *recordIds',
  },
} as const;

export const CURRENT_VERSION = 3;

/** The user's own figures, used to judge offers and fill suggested phrases. One row, id 'me'. */
export interface Profile {
  id: 'me';
  debt: Debt;
  budget: Budget;
  /** The hardship the user chose to explain (a phrasebook reason id), if any. */
  hardship?: string;
  bankId?: string;
  updatedAt: number;
}

/** A phrase the user wrote and saved; exported with backups. */
export interface UserPhraseRow {
  id: string;
  text: string;
  lang: 'zh' | 'en';
  stage?: string;
  pinned?: boolean;
  createdAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type ParleyDB = Dexie & {
  sessions: EntityTable<SessionRecord, 'id'>;
  messages: EntityTable<Message, 'id'>;
  followUps: EntityTable<FollowUp, 'id'>;
  userPhrases: EntityTable<UserPhraseRow, 'id'>;
  profile: EntityTable<Profile, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  debts: EntityTable<DebtRow, 'id'>;
};

export function openParleyDB(name: string = DB_NAME): ParleyDB {
  const db = new Dexie(name) as ParleyDB;
  db.version(1).stores(SCHEMA_VERSIONS[1]);
  db.version(2)
    .stores(SCHEMA_VERSIONS[2])
    .upgrade((tx) =>
      // IndexedDB leaves rows without the key out of an index, so sessions from v1 get an explicit outcome to be
      // listed among open negotiations.
      tx
        .table('sessions')
        .toCollection()
        .modify((session: SessionRecord) => {
          if (session.outcome === undefined) session.outcome = 'open';
        }),
    );
  // A new table only: every existing row stays as it is. The Plan's single debt (profile.debt) is left in place and
  // keeps judging chats no listed debt claims; the person lists their debts themselves.
  db.version(3).stores(SCHEMA_VERSIONS[3]);
  return db;
}
