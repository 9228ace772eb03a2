/**
 * Files for one record or all of them, in every format, with the agreed schedule attached so the printable record
 * and the Markdown show the payments. Thin on purpose: the formats themselves live in lib/records.
 */
import type { Profile } from '../../db/database';
import type { DebtRow } from '../../debts/types';
import { describeOffer } from '../../negotiate/index';
import { exportFiles, type ExportFormat } from '../../records/export/documents';
import { sessionFilename } from '../../records/export/filename';
import { followUpsToIcs, icsFile, scheduleToIcs } from '../../records/ics';
import type { OutputFile, SessionBundle } from '../../records/types';
import { agreedSchedule, scheduleRows, storedFirstDue } from './agreed-plan';

export interface RecordExportOptions {
  lang: 'zh' | 'en';
  utcOffsetMinutes: number;
  profile?: Profile;
  now?: number;
  /** Debts a JSON export carries (lib/debts/format.ts debtsForExport picks those of the records exported). */
  debts?: readonly DebtRow[];
}

export function withSchedule(bundle: SessionBundle, profile: Profile | undefined, utcOffsetMinutes: number): SessionBundle {
  const terms = bundle.session.agreedTerms;
  if (!terms) return bundle;
  const schedule = agreedSchedule(terms, profile);
  if (!schedule) return bundle;
  return { ...bundle, schedule: scheduleRows(schedule, storedFirstDue(bundle.followUps ?? [], utcOffsetMinutes)) };
}

/** One file per call: a single record, or an archive of several (JSON with a manifest; documents combined). */
export async function recordFiles(format: ExportFormat, bundles: readonly SessionBundle[], opts: RecordExportOptions): Promise<OutputFile[]> {
  return exportFiles(
    format,
    bundles.map((b) => withSchedule(b, opts.profile, opts.utcOffsetMinutes)),
    {
      lang: opts.lang,
      utcOffsetMinutes: opts.utcOffsetMinutes,
      combine: true,
      ...(opts.now !== undefined ? { now: opts.now } : {}),
      ...(format === 'json' && opts.debts?.length ? { debts: opts.debts } : {}),
    },
  );
}

function icsName(bundle: SessionBundle, what: string, utcOffsetMinutes: number): string {
  return sessionFilename(bundle.session, 'ics', { utcOffsetMinutes }).replace(/\.ics$/, `_${what}.ics`);
}

/** The agreed payments as calendar events; undefined until the schedule has dates. */
export function scheduleIcsFile(bundle: SessionBundle, bankName: string, opts: RecordExportOptions): OutputFile | undefined {
  const rows = withSchedule(bundle, opts.profile, opts.utcOffsetMinutes).schedule ?? [];
  const terms = bundle.session.agreedTerms;
  if (!terms || rows.length === 0 || rows.some((r) => r.dueDate === undefined)) return undefined;
  const title = `${bankName} — ${describeOffer(terms, opts.lang)}`;
  const content = scheduleToIcs(
    { title, currency: terms.currency ?? opts.profile?.debt.currency ?? 'CNY', payments: rows.map((r) => ({ dueDate: r.dueDate!, amount: r.total })) },
    { lang: opts.lang, ...(opts.now !== undefined ? { now: opts.now } : {}) },
  );
  return icsFile(content, icsName(bundle, 'schedule', opts.utcOffsetMinutes));
}

/** Open follow-ups other than plan payments (those are in the schedule file). */
export function followUpsIcsFile(bundle: SessionBundle, opts: RecordExportOptions): OutputFile | undefined {
  const open = (bundle.followUps ?? []).filter((f) => !f.done && f.source !== 'plan');
  if (open.length === 0) return undefined;
  const content = followUpsToIcs(open, { lang: opts.lang, utcOffsetMinutes: opts.utcOffsetMinutes, ...(opts.now !== undefined ? { now: opts.now } : {}) });
  return icsFile(content, icsName(bundle, 'follow-ups', opts.utcOffsetMinutes));
}
