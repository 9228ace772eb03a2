/**
 * What a printed or Markdown record shows, as plain strings in one language. Renderers only lay it out and escape
 * it, so the two formats cannot drift apart in content.
 */
import { channelOf, outcomeOf, type Role, type SessionBundle } from '../types';
import { letterTitle } from '../../letters/index';
import { groupDigest } from '../integrity/chain';
import { localStamp } from '../time';
import {
  channelLabel,
  colon,
  comma,
  formatMoney,
  offerRows,
  outcomeLabel,
  referenceLabel,
  roleLabel,
  sourceLabel,
  t,
  type Lang,
} from './labels';
import type { SealedSession } from './seal';

export interface TranscriptLine {
  seq: number;
  role: Role;
  at: string;
  shownTime?: string;
  who: string;
  author?: string;
  text: string;
  hash: string;
}

export interface RecordView {
  heading: string;
  meta: [string, string][];
  agents: string[];
  references: string[];
  transcript: TranscriptLine[];
  offers: [string, string][][];
  agreed?: [string, string][];
  schedule?: { headers: string[]; rows: string[][] };
  followUps: string[];
  dates: string[];
  evidence: string[];
  notes?: string;
  /** The written application kept with the record, as the person last edited it: text, never markup. */
  letter?: { title: string; savedOn: string; text: string };
  digest: string;
  digestGrouped: string;
  messageCount: number;
}

function scheduleTable(bundle: SessionBundle, lang: Lang): RecordView['schedule'] {
  const rows = bundle.schedule;
  if (!rows || rows.length === 0) return undefined;
  const s = bundle.session;
  const currency = s.agreedTerms?.currency ?? s.offers?.find((o) => o.currency)?.currency;
  const withDates = rows.some((r) => r.dueDate !== undefined);
  const headers = [t('period', lang), ...(withDates ? [t('dueDate', lang)] : []), t('total', lang), t('principal', lang), t('fee', lang), t('interest', lang)];
  return {
    headers,
    rows: rows.map((r) => [
      String(r.period),
      ...(withDates ? [r.dueDate ?? ''] : []),
      formatMoney(r.total, currency),
      formatMoney(r.principal, currency),
      formatMoney(r.fee, currency),
      formatMoney(r.interest, currency),
    ]),
  };
}

/**
 * `utcOffsetMinutes`: the zone times are shown in (east positive); this computer's when absent. A printed record is
 * read by a person, so its times are local with the zone named, not the UTC ISO of the JSON export.
 */
export function recordView(sealed: SealedSession, exportedAt: string, lang: Lang, utcOffsetMinutes?: number): RecordView {
  const time = (iso: string) => localStamp(iso, utcOffsetMinutes);
  const { bundle, entry } = sealed;
  const paren = (s: string) => (lang === 'zh' ? `（${s}）` : ` (${s})`);
  const s = entry.session;
  const zh = lang === 'zh';
  const meta: [string, string][] = [];
  if (s.title) meta.push([zh ? '标题' : 'Title', s.title]);
  if (s.bankName) meta.push([t('bank', lang), s.bankName]);
  meta.push([t('channel', lang), channelLabel(channelOf(s), lang)]);
  meta.push([t('started', lang), time(s.startedAt)]);
  if (s.updatedAt) meta.push([t('updated', lang), time(s.updatedAt)]);
  meta.push([t('exported', lang), time(exportedAt)]);
  meta.push([t('outcome', lang), outcomeLabel(outcomeOf(s), lang)]);
  if (s.url) meta.push([t('url', lang), s.url]);

  const agents: string[] = [];
  const idLabel = t('agentId', lang);
  const people = [...(s.agents ?? [])];
  if (s.agentName || s.agentId) people.unshift({ name: s.agentName, id: s.agentId });
  const seen = new Set<string>();
  for (const a of people) {
    const line = [a.name, a.id ? `${idLabel} ${a.id}` : undefined].filter(Boolean).join(comma(lang));
    if (line && !seen.has(line)) {
      seen.add(line);
      agents.push(line);
    }
  }

  return {
    heading: [t('title', lang), s.bankName, time(s.startedAt).slice(0, 10)].filter(Boolean).join(' · '),
    meta,
    agents,
    references: (s.references ?? []).map(
      (r) => `${referenceLabel(r.kind, lang)}${colon(lang)}${r.value}${paren(t(r.confirmed ? 'confirmed' : 'unconfirmed', lang))}`,
    ),
    transcript: entry.messages.map((m) => ({
      seq: m.seq,
      role: m.role,
      at: time(m.at),
      shownTime: m.shownTime,
      who: roleLabel(m.role, lang),
      author: m.author,
      text: m.text,
      hash: m.hash ?? '',
    })),
    offers: (s.offers ?? []).map((o) => offerRows(o, lang)),
    agreed: s.agreedTerms ? offerRows(s.agreedTerms, lang) : undefined,
    schedule: scheduleTable(bundle, lang),
    followUps: entry.followUps.map(
      (f) => `${time(f.dueAt)} — ${f.title}${paren(`${t(f.done ? 'done' : 'notDone', lang)}${comma(lang)}${sourceLabel(f.source, lang)}`)}`,
    ),
    dates: (s.datesMentioned ?? []).map((d) => `${d.date} — “${d.text}”`),
    evidence: (s.evidence ?? []).map((e) => `${e.prepared ? '☑' : '☐'} ${e.label}${paren(t(e.prepared ? 'prepared' : 'notPrepared', lang))}`),
    notes: s.notes,
    letter: s.application ? { title: letterTitle(s.application.kind), savedOn: s.application.savedOn, text: s.application.text } : undefined,
    digest: entry.digest,
    digestGrouped: groupDigest(entry.digest),
    messageCount: entry.messages.length,
  };
}
