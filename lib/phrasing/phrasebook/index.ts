/** The whole phrasebook, in stage order. Ids are unique (tests/phrasing/phrasebook.test.ts checks). */

import { AGENT_DETAILS } from './agent-details';
import { BREAKDOWN } from './breakdown';
import { CLOSING } from './closing';
import { CONFIRMATION } from './confirmation';
import { COUNTER } from './counter';
import type { Phrase } from './define';
import { FOLLOW_UP } from './follow-up';
import { HARDSHIP } from './hardship';
import { OPENING } from './opening';
import { PROPOSAL } from './proposal';
import { REFUSAL } from './refusal';
import { SAFETY } from './safety';
import { WAIVER } from './waiver';

export type { Phrase, RungId } from './define';

export const PHRASEBOOK: readonly Phrase[] = Object.freeze([
  ...OPENING,
  ...HARDSHIP,
  ...BREAKDOWN,
  ...PROPOSAL,
  ...COUNTER,
  ...WAIVER,
  ...REFUSAL,
  ...AGENT_DETAILS,
  ...CONFIRMATION,
  ...FOLLOW_UP,
  ...CLOSING,
  ...SAFETY,
]);

const BY_ID = new Map(PHRASEBOOK.map((p) => [p.id, p]));

export function getPhrase(id: string): Phrase | undefined {
  return BY_ID.get(id);
}
