/**
 * What extraction found in a transcript that the record does not hold yet, as suggestions the user confirms or
 * dismisses one by one. Nothing extracted is written to a record without that click: extraction proposes, the person
 * decides (a number read out of a chat may be a phone number; a "date" may be small talk).
 */
import { mergeAgents } from '../../records/extract/agents';
import type { TranscriptExtraction } from '../../records/extract/transcript';
import type { AgentRef, DateMention, FollowUp, RecordFields, Reference } from '../../records/types';

export type Suggestion =
  | { key: string; kind: 'bank'; bankName: string }
  | { key: string; kind: 'reference'; reference: Reference }
  | { key: string; kind: 'agent'; agent: AgentRef }
  | { key: string; kind: 'date'; date: DateMention }
  | { key: string; kind: 'followUp'; followUp: FollowUp };

export const referenceKey = (r: Pick<Reference, 'value'>) => `ref:${r.value}`;
export const agentKey = (a: AgentRef) => `agent:${a.name ?? ''}|${a.id ?? ''}`;
export const dateKey = (d: Pick<DateMention, 'date' | 'text'>) => `date:${d.date}|${d.text}`;
export const followUpKey = (f: Pick<FollowUp, 'id'>) => `followUp:${f.id}`;

/** An agent is known when a stored entry agrees with every part the suggestion has. */
function agentKnown(known: readonly AgentRef[], a: AgentRef): boolean {
  return known.some((k) => (a.name === undefined || k.name === a.name) && (a.id === undefined || k.id === a.id));
}

/**
 * `siteBank` is the registry's name for the site a chat was captured on: proposed as the record's bank, so exports
 * and printouts name it, but only once the user agrees (the registry names the site, the user knows the bank).
 */
export function pendingSuggestions(
  record: Pick<RecordFields, 'references' | 'agents' | 'datesMentioned' | 'bankName'>,
  storedFollowUps: readonly Pick<FollowUp, 'id'>[],
  found: TranscriptExtraction,
  dismissed: ReadonlySet<string>,
  siteBank?: string,
): Suggestion[] {
  const out: Suggestion[] = [];
  if (siteBank && !record.bankName?.trim() && !dismissed.has(`bank:${siteBank}`)) out.push({ key: `bank:${siteBank}`, kind: 'bank', bankName: siteBank });
  const refs = new Set((record.references ?? []).map((r) => r.value));
  for (const reference of found.references) {
    const key = referenceKey(reference);
    if (!refs.has(reference.value) && !dismissed.has(key)) out.push({ key, kind: 'reference', reference });
  }
  for (const agent of found.agents) {
    const key = agentKey(agent);
    if (!agentKnown(record.agents ?? [], agent) && !dismissed.has(key)) out.push({ key, kind: 'agent', agent });
  }
  const dates = new Set((record.datesMentioned ?? []).map(dateKey));
  for (const date of found.datesMentioned) {
    const key = dateKey(date);
    if (!dates.has(key) && !dismissed.has(key)) out.push({ key, kind: 'date', date });
  }
  const stored = new Set(storedFollowUps.map((f) => f.id));
  for (const followUp of found.followUps) {
    const key = followUpKey(followUp);
    if (!stored.has(followUp.id) && !dismissed.has(key)) out.push({ key, kind: 'followUp', followUp });
  }
  return out;
}

/** The record change (and the follow-up to store) that confirming a suggestion means. */
export function acceptSuggestion(
  record: Pick<RecordFields, 'references' | 'agents' | 'datesMentioned'>,
  s: Suggestion,
): { patch: Partial<RecordFields>; followUp?: FollowUp } {
  switch (s.kind) {
    case 'bank':
      return { patch: { bankName: s.bankName } };
    case 'reference':
      // The user has just looked at the number next to the message it came from: that is the check `confirmed` means.
      return { patch: { references: [...(record.references ?? []), { ...s.reference, confirmed: true }] } };
    case 'agent':
      return { patch: { agents: mergeAgents([...(record.agents ?? []), s.agent]) } };
    case 'date':
      return { patch: { datesMentioned: [...(record.datesMentioned ?? []), s.date] } };
    case 'followUp':
      return { patch: {}, followUp: s.followUp };
  }
}
