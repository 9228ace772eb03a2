import { describeOffer, type Rung } from '../negotiate/index';
import type { RungName } from './rung-reply';

export interface RungGroup {
  /** The rungs that came out as this one plan, in ladder order. */
  names: RungName[];
  /** The last of them: a limit's reason is the one that tells the truth about the budget. */
  rung: Rung;
  /** Whose words to propose it with: the target's when it is among them (neither the opening's nor the limit's). */
  voice: RungName;
}

const ORDER: RungName[] = ['opening', 'target', 'walkAway'];

/**
 * The ladder's rungs with identical plans merged. When the budget leaves no room (a settlement floor, the longest
 * term allowed), opening, target and walk-away can be the same plan; three copies of it read like a choice that is
 * not there.
 */
export function distinctRungs(ladder: Record<RungName, Rung>): RungGroup[] {
  const groups: RungGroup[] = [];
  let lastKey: string | undefined;
  for (const name of ORDER) {
    const rung = ladder[name];
    const key = `${rung.analysis.totalPaid}|${rung.analysis.maxMonthlyPayment}|${describeOffer(rung.offer, 'en', rung.analysis.schedule)}`;
    const last = groups.at(-1);
    if (last && key === lastKey) {
      last.names.push(name);
      last.rung = rung;
    } else groups.push({ names: [name], rung, voice: name });
    lastKey = key;
  }
  for (const group of groups) group.voice = group.names.includes('target') ? 'target' : group.names[0]!;
  return groups;
}

/**
 * The group's reason: the last rung's, which tells the truth about the budget. Reasons carry no rung word of their
 * own (the group's label names the rungs), so a merged group reads the same as a single one.
 */
export function groupReason(group: RungGroup, lang: 'zh' | 'en'): string {
  return group.rung.reason[lang];
}
