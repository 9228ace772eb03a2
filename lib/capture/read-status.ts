/**
 * Whether a found chat is really being read. "Recording" is said only once rows have been read from it; a chat
 * whose messages Parley cannot find is said to be unreadable rather than shown as recorded (README "Detection").
 */
export type ReadState = 'found' | 'open' | 'unreadable';

export interface ReadEvidence {
  now: number;
  /** Messages captured from the chat so far. */
  rowsRead: number;
  /** When the current chat element was found. */
  foundAt: number;
  /** When the person last sent a line from the composer that has not shown up among the rows read since. */
  unechoedSendAt?: number;
  /** The chat's own area gained text since it was found (the bank is writing somewhere). */
  chatAreaGrew: boolean;
}

export const READ_TIMING = {
  /** A line the person sent shows in every chat within a second or two; past this the rows read are not the chat. */
  echoMissMs: 4000,
  /** Before the echo miss is final, the chat is looked for again from scratch. */
  echoRedetectMs: 1500,
  /** A found chat that shows new text but yields no row for this long is one Parley cannot read. */
  silentFindMs: 15000,
} as const;

export function readState(e: ReadEvidence, timing = READ_TIMING): ReadState {
  if (e.unechoedSendAt !== undefined && e.now - e.unechoedSendAt >= timing.echoMissMs) return 'unreadable';
  if (e.rowsRead > 0) return 'open';
  return e.chatAreaGrew && e.now - e.foundAt >= timing.silentFindMs ? 'unreadable' : 'found';
}

/** True once a missed echo is old enough that the chat should be looked for again before giving up on it. */
export function shouldRedetectForEcho(e: Pick<ReadEvidence, 'now' | 'unechoedSendAt'>, timing = READ_TIMING): boolean {
  return e.unechoedSendAt !== undefined && e.now - e.unechoedSendAt >= timing.echoRedetectMs;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a captured line is the echo of what the person sent. Chats trim, wrap and sometimes shorten what was
 * sent, so the start of each is compared rather than the whole.
 */
export function isEcho(sent: string, shown: string): boolean {
  const a = folded(sent).slice(0, 40);
  const b = folded(shown);
  return a.length > 0 && (b.includes(a) || (b.length >= 4 && a.includes(b.slice(0, 40))));
}
