/**
 * Everything extractable from a whole transcript, and a merge into an existing record that never overwrites what the
 * user already has (a reference they marked checked stays checked; a follow-up they ticked off is not re-proposed).
 */
import { formatDay, localOffsetAt } from '../time';
import type { AgentRef, DateMention, FollowUp, Message, RecordFields, Reference } from '../types';
import { extractAgents, mergeAgents } from './agents';
import { findDates } from './dates';
import { findPromises, promiseToFollowUp } from './promises';
import { extractReferences } from './references';

export interface TranscriptExtraction {
  references: Reference[];
  agents: AgentRef[];
  datesMentioned: DateMention[];
  followUps: FollowUp[];
}

export interface TranscriptOptions {
  /** Defaults to the messages' own sessionId. */
  sessionId?: string;
  /** User's offset from UTC in minutes; defaults to the runtime's zone at each message's time. */
  utcOffsetMinutes?: number;
  lang?: 'zh' | 'en';
}

const bankSide = (m: Message) => m.role !== 'customer';

/**
 * References from anyone (a customer may quote an earlier ticket); names, ids and promises only from the bank's side;
 * every relative date resolved against the time its own message was sent.
 */
export function extractFromTranscript(messages: readonly Message[], opts: TranscriptOptions = {}): TranscriptExtraction {
  const ordered = [...messages].sort((a, b) => a.seq - b.seq);
  const references: Reference[] = [];
  const agents: AgentRef[] = [];
  const datesMentioned: DateMention[] = [];
  const followUps: FollowUp[] = [];
  const seenRefs = new Set<string>();
  const seenDates = new Set<string>();
  const seenFollowUps = new Set<string>();
  for (const m of ordered) {
    const offset = opts.utcOffsetMinutes ?? localOffsetAt(m.at);
    for (const r of extractReferences(m.text)) {
      if (seenRefs.has(r.value)) continue;
      seenRefs.add(r.value);
      references.push({ ...r, sourceMessageId: m.id });
    }
    if (bankSide(m)) {
      for (const a of extractAgents(m.text, m.author)) agents.push({ ...a, sourceMessageId: m.id });
    }
    for (const d of findDates(m.text, { anchor: m.at, utcOffsetMinutes: offset })) {
      if (d.trivial) continue;
      const date = formatDay(d.day);
      const text = m.text.slice(d.start, d.end);
      if (seenDates.has(`${date}\u0000${text}`)) continue;
      seenDates.add(`${date}\u0000${text}`);
      datesMentioned.push({ date, text, relative: d.relative, sourceMessageId: m.id });
    }
    if (bankSide(m)) {
      for (const p of findPromises(m.text, { anchor: m.at, utcOffsetMinutes: offset })) {
        // The same promise restated later in the chat ("as I said, within 3 working days") is one follow-up.
        const key = `${p.kind}\u0000${p.day}`;
        if (seenFollowUps.has(key)) continue;
        seenFollowUps.add(key);
        followUps.push(promiseToFollowUp(p, opts.sessionId ?? m.sessionId, m.id, opts.lang));
      }
    }
  }
  return { references, agents: mergeAgents(agents), datesMentioned, followUps };
}

/** The record fields to write back, and the follow-ups not already stored. */
export function mergeExtraction(
  record: Pick<RecordFields, 'references' | 'agents' | 'datesMentioned'>,
  existingFollowUps: readonly Pick<FollowUp, 'id'>[],
  found: TranscriptExtraction,
): { patch: Required<Pick<RecordFields, 'references' | 'agents' | 'datesMentioned'>>; newFollowUps: FollowUp[] } {
  const refs = [...(record.references ?? [])];
  const refValues = new Set(refs.map((r) => r.value));
  for (const r of found.references) if (!refValues.has(r.value)) refs.push(r);
  const dates = [...(record.datesMentioned ?? [])];
  const dateKeys = new Set(dates.map((d) => `${d.date}\u0000${d.text}`));
  for (const d of found.datesMentioned) if (!dateKeys.has(`${d.date}\u0000${d.text}`)) dates.push(d);
  const known = new Set(existingFollowUps.map((f) => f.id));
  return {
    patch: { references: refs, agents: mergeAgents([...(record.agents ?? []), ...found.agents]), datesMentioned: dates },
    newFollowUps: found.followUps.filter((f) => !known.has(f.id)),
  };
}
