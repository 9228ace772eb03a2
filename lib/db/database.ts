import Dexie, { type EntityTable } from 'dexie';
import type { Message, Session } from './types';

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
} as const;

export type ParleyDB = Dexie & {
  sessions: EntityTable<Session, 'id'>;
  messages: EntityTable<Message, 'id'>;
};

export function openParleyDB(name: string = DB_NAME): ParleyDB {
  const db = new Dexie(name) as ParleyDB;
  db.version(1).stores(SCHEMA_VERSIONS[1]);
  return db;
}
