import type { SessionRecord } from '../../lib/records/types';
import { localOffsetAt } from '../../lib/records/time';
import { findSiteById } from '../../lib/sites/registry';
import { t, type Lang } from '../../lib/ui/i18n';

/** The bank as the user named it, else the registry's name for the captured site. */
export function bankLabel(session: Pick<SessionRecord, 'bankName' | 'siteId'>, lang: Lang): string {
  const named = session.bankName?.trim();
  if (named) return named;
  const site = findSiteById(session.siteId);
  return site ? site.name[lang] : t('recUnknownBank');
}

export function formatDate(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** The user's zone right now: what the panel shows and the reminders use. */
export const userOffset = () => localOffsetAt(Date.now());

/** "2026-11-23" for an <input type="date"> from epoch ms, in local time. */
export function dateInputValue(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2026-11-23T14:05" for an <input type="datetime-local">. */
export function dateTimeInputValue(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dateInputValue(epochMs)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Local midnight-based parse of the inputs above; undefined for anything else. */
export function parseLocalInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return Number.isNaN(d.getTime()) || d.getFullYear() < 1970 ? undefined : d.getTime();
}
