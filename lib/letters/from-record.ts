/**
 * What the confirmation request needs, gathered from a record: the agreed terms (stored, or the plan the bank
 * confirmed in the chat when the person has not stored any yet), every reference number and every agent the record
 * or its transcript names. Numbers read from the transcript are used even before the person confirms them: the
 * request asks the bank to put them in writing, which is how they get checked.
 */
import type { Offer } from '../negotiate/types';
import type { TranscriptExtraction } from '../records/extract/transcript';
import type { AgentRef, SessionRecord } from '../records/types';
import type { Agreement } from '../ui/session-end';

export interface ConfirmationContext {
  terms?: Offer;
  /** True when the terms come from the chat and are not yet stored in the record. */
  fromChat: boolean;
  references: string[];
  agents: AgentRef[];
}

export function confirmationContext(
  session: SessionRecord,
  extraction: Pick<TranscriptExtraction, 'references' | 'agents'>,
  agreement?: Agreement,
): ConfirmationContext {
  const stored = session.agreedTerms;
  let terms: Offer | undefined;
  if (stored) {
    const { confirmed: _c, confirmedOn: _d, ...offer } = stored;
    terms = offer;
  } else terms = agreement?.offer;
  const references = [
    ...(session.references ?? []).map((r) => r.value),
    ...(agreement?.referenceNo ? [agreement.referenceNo] : []),
    ...extraction.references.map((r) => r.value),
  ];
  const agents: AgentRef[] = [...(session.agents ?? [])];
  if (session.agentName || session.agentId) agents.push({ name: session.agentName, id: session.agentId });
  agents.push(...extraction.agents);
  const key = (a: AgentRef) => `${a.name?.trim() ?? ''}|${a.id?.trim() ?? ''}`;
  const seen = new Set<string>();
  // The same person often appears by name in one place and by name and 工号 in another: keep the fuller entry.
  const full = agents.filter((a) => a.name?.trim() || a.id?.trim());
  const kept = full.filter((a) => !full.some((b) => b !== a && ((b.name && b.name === a.name && b.id && !a.id) || (b.id && b.id === a.id && b.name && !a.name))));
  const unique = kept.filter((a) => (seen.has(key(a)) ? false : (seen.add(key(a)), true)));
  return { terms, fromChat: !stored && terms !== undefined, references: [...new Set(references.map((r) => r.trim()).filter(Boolean))], agents: unique };
}
