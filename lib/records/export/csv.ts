/** The transcript as a spreadsheet: one row per message, session columns repeated so a combined file still sorts. */
import { channelOf } from '../types';
import { csvDocument, csvRow } from './escape';
import type { SealedSession } from './seal';

export const CSV_COLUMNS = [
  'session_id',
  'bank',
  'channel',
  'session_started_at_utc',
  'seq',
  'at_utc',
  'shown_time',
  'role',
  'author',
  'text',
  'hash',
  'session_digest',
] as const;

export function csvRows(sealed: SealedSession): string[] {
  const s = sealed.entry.session;
  return sealed.entry.messages.map((m) =>
    csvRow([s.id, s.bankName, channelOf(s), s.startedAt, m.seq, m.at, m.shownTime, m.role, m.author, m.text, m.hash, sealed.entry.digest]),
  );
}

export function renderCsv(sessions: readonly SealedSession[]): string {
  return csvDocument([csvRow([...CSV_COLUMNS]), ...sessions.flatMap(csvRows)]);
}
