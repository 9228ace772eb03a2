import type { Profile } from '../../lib/db/database';
import type { Hardship } from '../../lib/letters/types';
import { preparedEvidence, type PrepareState } from '../../lib/prepare/index';
import type { EvidenceItem } from '../../lib/records/types';

/**
 * The checklist a record shows before the person touches it: their preparation, when they had ticked something
 * before the record began (a paper ticked later belongs to the next contact, not to this one).
 */
export function preparedFor(state: PrepareState | undefined, profile: Profile | undefined, startedAt: number, lang: 'zh' | 'en'): EvidenceItem[] | undefined {
  if (!state) return undefined;
  const before = { ...state, items: state.items.filter((i) => i.ticked && (i.tickedAt ?? 0) <= startedAt) };
  if (before.items.length === 0) return undefined;
  const country = state.country ?? profile?.debt.market ?? (lang === 'zh' ? 'CN' : 'US');
  const hardship = (state.hardship ?? profile?.hardship) as Hardship | undefined;
  return preparedEvidence(before, hardship, country, lang);
}
