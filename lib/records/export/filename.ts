/**
 * File names that sort by date, then bank, in any file manager: `parley_2026-11-23_cmb_1a2b3c4d.json`.
 * The date is the session's start in the user's zone (a chat at 07:00 in Beijing belongs to that day, not the UTC day
 * before); the short id is a hash of the session id, so it is stable and safe in any file system.
 */
import { sha256, toHex } from '../integrity/hash';
import { utf8 } from '../integrity/digest';
import { formatDay, localDay, localOffsetAt } from '../time';
import type { SessionRecord } from '../types';

// Longer names first, so "中国工商银行" is never read as another bank whose name it contains.
const BANKS: [string, string][] = [
  ['邮政储蓄银行', 'psbc'],
  ['浦东发展银行', 'spdb'],
  ['中国工商银行', 'icbc'],
  ['中国建设银行', 'ccb'],
  ['中国农业银行', 'abc'],
  ['招商银行', 'cmb'],
  ['工商银行', 'icbc'],
  ['建设银行', 'ccb'],
  ['农业银行', 'abc'],
  ['交通银行', 'bocom'],
  ['中信银行', 'citic'],
  ['光大银行', 'ceb'],
  ['民生银行', 'cmbc'],
  ['兴业银行', 'cib'],
  ['浦发银行', 'spdb'],
  ['平安银行', 'pingan'],
  ['华夏银行', 'hxb'],
  ['广发银行', 'cgb'],
  ['邮储银行', 'psbc'],
  ['北京银行', 'bob'],
  ['上海银行', 'bosc'],
  ['宁波银行', 'nbcb'],
  ['中国银行', 'boc'],
];

export function slug(text: string, max = 24): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

export function bankSlug(session: Pick<SessionRecord, 'bankName' | 'siteId'>): string {
  const name = session.bankName?.trim();
  if (name) {
    for (const [zh, code] of BANKS) if (name.includes(zh)) return code;
    const s = slug(name);
    if (s) return s;
  }
  return slug(session.siteId ?? '') || 'unknown';
}

export function shortId(sessionId: string): string {
  return toHex(sha256(utf8.encode(sessionId))).slice(0, 8);
}

export interface FilenameOptions {
  /** User's offset from UTC in minutes (east positive); defaults to the runtime's zone at that instant. */
  utcOffsetMinutes?: number;
}

function dayOf(ms: number, opts: FilenameOptions): string {
  return formatDay(localDay(ms, opts.utcOffsetMinutes ?? localOffsetAt(ms)));
}

export function sessionFilename(
  session: Pick<SessionRecord, 'id' | 'startedAt' | 'bankName' | 'siteId'>,
  ext: string,
  opts: FilenameOptions = {},
): string {
  return `parley_${dayOf(session.startedAt, opts)}_${bankSlug(session)}_${shortId(session.id)}.${ext}`;
}

/** An archive is named for the day it was made. */
export function archiveFilename(sessionCount: number, exportedAt: number, ext: string, opts: FilenameOptions = {}): string {
  return `parley_${dayOf(exportedAt, opts)}_all_${sessionCount}-sessions.${ext}`;
}
