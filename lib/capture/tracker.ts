import type { CapturedMessage } from '../protocol/schemas';
import { alignRuns } from './align';
import type { ExtractedMessage, RawMessage } from './extract';
import { contentKey, fnv1a } from './message-ids';

/** One rendered transcript item as the tracker sees it. */
export interface TrackedItem {
  raw: RawMessage;
  /** The element showing it: lets an unchanged node be recognised without comparing content. */
  ref?: object;
  /** matchKey(raw), when the caller keeps it with the item (it is read on every scan). */
  key?: string;
}

interface Slot {
  /** What the slot shows now (an edit changes it), for recognising it again after a re-render. */
  key: string;
  index: number;
  /** The scan that last matched it to a rendered item (a stamp, so no per-scan set is needed). */
  claimed: number;
}

/** Marks an edited message's note; language-neutral so the record reads the same in any chat. */
export const EDIT_MARK = '✎ ';

/** Extra captured slots, beyond twice the unrecognised run, searched when a run has no anchor after it. */
const WINDOW_MARGIN = 200;

/** The key rendered items are matched on: what is shown, without the role (which depends on the conversation). */
export function matchKey(raw: RawMessage): string {
  return [raw.author ?? '', raw.shownTime ?? '', raw.text].join('\u241f');
}

/**
 * The same message with its details drawn again: same text, the sender name unchanged or filled in after the text (a
 * component that draws the bubble first), the shown time filled in, or changed. A time label is the chat's clock, not
 * the message: "刚刚" becomes "1分钟前", and a row first read together with the date divider above it shows the date
 * where its time will be. Or the text read again without the name or label a first reading kept at its top. Not an
 * edit, and not a new message.
 */
export function detailsRedrawn(capturedKey: string, renderedKey: string): boolean {
  if (capturedKey === renderedKey) return false;
  const [oldAuthor, oldTime, ...oldText] = capturedKey.split('\u241f');
  const [newAuthor = '', newTime, ...newText] = renderedKey.split('\u241f');
  const sameOrFilled = oldAuthor === newAuthor || oldAuthor === '';
  const timeKept = oldTime === '' || newTime !== '';
  if (!sameOrFilled || !timeKept) return false;
  const was = oldText.join('\u241f');
  const now = newText.join('\u241f');
  return was === now || headerLinesDropped(was, now, newAuthor);
}

/** The most header lines (a name, a role label) a first reading may have kept at the top of a message's text. */
const HEADER_LINES = 2;
const HEADER_LINE_MAX = 24;

/**
 * The same message read again once the chat's layout is known: its text is the first reading's without one or two short
 * lines at the top, the sender's name or a label beside it ("Virtual assistant\nWelcome…" → "Welcome…", author now
 * known). A correction of Parley's reading, not an agent's edit: no "✎" note for it.
 */
function headerLinesDropped(was: string, now: string, author: string): boolean {
  if (now === '' || !was.endsWith(`\n${now}`) || author === '') return false;
  const dropped = was.slice(0, was.length - now.length - 1).split('\n');
  return dropped.length <= HEADER_LINES && dropped.every((line) => line.trim() !== '' && line.length <= HEADER_LINE_MAX);
}

/**
 * Remembers which messages of the transcript were captured, in display order, and numbers new ones in the order they
 * first appeared. Each scan is aligned against what was captured before rather than numbered by position among the
 * nodes rendered right now, so a full re-render, a virtualized list that drops old nodes, an SPA remount or a node
 * recycled for another message never captures anything twice.
 *
 * Decisions (README "Detection"):
 * - items rendered above the first captured message (older history loaded later) are not captured;
 * - an item inserted between captured ones is captured at the end of the sequence, when it was seen;
 * - an edited message leaves the stored original untouched and adds a system note "✎ <new text>" with the same
 *   author and shown time.
 */
export class TranscriptTracker {
  private readonly slots: Slot[] = [];
  private readonly byRef = new WeakMap<object, Slot>();
  private readonly idCounts = new Map<string, number>();
  private nextSeq = 0;
  private scan = 0;
  /** Notes Parley wrote about a message whose text changed: they are not new turns of the conversation. */
  private readonly editNotes = new WeakSet<CapturedMessage>();

  constructor(
    private readonly sessionId: string,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.nextSeq;
  }

  /** The message is Parley's note that a captured message changed its text, not a row the chat added. */
  isEditNote(message: CapturedMessage): boolean {
    return this.editNotes.has(message);
  }

  /** Rows the chat added, not counting notes about rows whose text changed. */
  get rows(): number {
    return this.slots.length;
  }

  /**
   * Feeds the whole rendered transcript; returns the messages not captured before. `resolve` decides the role of
   * each new message and is called in display order, once per message.
   */
  observe(items: readonly TrackedItem[], resolve: (raw: RawMessage) => ExtractedMessage = plainResolve): CapturedMessage[] {
    const scan = (this.scan += 1);
    const keys = items.map((item) => item.key ?? matchKey(item.raw));
    const matched: Array<Slot | undefined> = new Array(items.length);
    const editOf: Array<Slot | undefined> = new Array(items.length);
    const claimed = { has: (slot: Slot) => slot.claimed === scan, add: (slot: Slot) => void (slot.claimed = scan) };

    // 1. Nodes seen before, still showing the same thing, in increasing order. In a streaming chat this is every
    //    node but the newest, so this loop (a map lookup per node) is most of what a scan costs.
    let last = -1;
    let anchored = 0;
    for (let j = 0; j < items.length; j += 1) {
      const ref = items[j]!.ref;
      const slot = ref ? this.byRef.get(ref) : undefined;
      if (!slot) continue;
      if (detailsRedrawn(slot.key, keys[j]!)) slot.key = keys[j]!;
      if (slot.key !== keys[j]) {
        editOf[j] = slot;
        continue;
      }
      if (slot.index > last && !claimed.has(slot)) {
        matched[j] = slot;
        claimed.add(slot);
        last = slot.index;
        anchored += 1;
      }
    }
    if (anchored === items.length) return [];

    // 2. Runs of unrecognised nodes, aligned against the captured slots between their neighbours.
    let j = 0;
    while (j < items.length) {
      if (matched[j]) {
        j += 1;
        continue;
      }
      const start = j;
      while (j < items.length && !matched[j]) j += 1;
      const before = start > 0 ? matched[start - 1]!.index : -1;
      const after = j < items.length ? matched[j]!.index : this.slots.length;
      const windowStart = Math.max(before + 1, after - (2 * (j - start) + WINDOW_MARGIN));
      const window = this.slots.slice(windowStart, after).filter((s) => !claimed.has(s));
      const pairs = alignRuns(
        keys.slice(start, j),
        window.map((s) => s.key),
      );
      for (const [r, k] of pairs) {
        matched[start + r] = window[k];
        claimed.add(window[k]!);
      }
    }

    // 3. What is left is new, edited, or older history rendered above the first captured message.
    const firstMatch = matched.findIndex(Boolean);
    const olderHistoryBefore = firstMatch >= 0 && matched[firstMatch]!.index === 0 ? firstMatch : 0;
    const nextMatched: Array<Slot | undefined> = new Array(items.length);
    for (let k = items.length - 2; k >= 0; k -= 1) nextMatched[k] = matched[k + 1] ?? nextMatched[k + 1];
    const fresh: CapturedMessage[] = [];
    // A new message's slot goes after the last one matched before it. New rows above the first match sit just above
    // it, not at the top; with no match at all (a virtualised list dropped every row captured so far) they are newer
    // than everything captured, so a later full render recognises them instead of storing them again.
    const floor = firstMatch >= 0 ? matched[firstMatch]!.index - 1 : this.slots.length - 1;
    let previous = -1;
    items.forEach((item, index) => {
      const slot = matched[index];
      if (slot) {
        if (item.ref) this.byRef.set(item.ref, slot);
        previous = slot.index;
        return;
      }
      if (index < olderHistoryBefore) return;
      const nextIndex = nextMatched[index]?.index ?? this.slots.length;
      // A node re-created once its header was filled in: the next captured slot, not shown by any other node now.
      const late = previous + 1 < nextIndex ? this.slots[previous + 1] : undefined;
      if (late && !claimed.has(late) && detailsRedrawn(late.key, keys[index]!)) {
        late.key = keys[index]!;
        claimed.add(late);
        if (item.ref) this.byRef.set(item.ref, late);
        previous = late.index;
        return;
      }
      const edited = editOf[index] ?? this.replacedInPlace(item.raw, previous, nextIndex, claimed);
      if (edited && !claimed.has(edited) && edited.index > previous && edited.index < nextIndex) {
        edited.key = keys[index]!;
        claimed.add(edited);
        if (item.ref) this.byRef.set(item.ref, edited);
        previous = edited.index;
        // The note is Parley's, not a turn in the conversation: it must not move the bot/human state.
        const note: ExtractedMessage = { role: 'system', text: EDIT_MARK + item.raw.text };
        if (item.raw.author) note.author = item.raw.author;
        if (item.raw.shownTime) note.shownTime = item.raw.shownTime;
        const captured = this.capture(note);
        this.editNotes.add(captured);
        fresh.push(captured);
        return;
      }
      const after = firstMatch < 0 || index < firstMatch ? Math.max(previous, floor) : previous;
      const added: Slot = { key: keys[index]!, index: after + 1, claimed: scan };
      this.slots.splice(added.index, 0, added);
      for (let k = added.index + 1; k < this.slots.length; k += 1) this.slots[k]!.index = k;
      claimed.add(added);
      if (item.ref) this.byRef.set(item.ref, added);
      previous = added.index;
      fresh.push(this.capture(resolve(item.raw)));
    });
    return fresh;
  }

  /**
   * A message whose node was replaced by a new one with different text (frameworks that re-create a bubble on
   * edit): exactly one captured slot sits between the neighbours, unclaimed, with the same author and shown time.
   */
  private replacedInPlace(raw: RawMessage, previous: number, next: number, claimed: { has: (slot: Slot) => boolean }): Slot | undefined {
    if (next - previous !== 2) return undefined;
    const slot = this.slots[previous + 1];
    if (!slot || claimed.has(slot)) return undefined;
    const prefix = [raw.author ?? '', raw.shownTime ?? ''].join('\u241f') + '\u241f';
    return slot.key.startsWith(prefix) && (raw.author || raw.shownTime) ? slot : undefined;
  }

  private capture(m: ExtractedMessage): CapturedMessage {
    const key = contentKey(m);
    const n = this.idCounts.get(key) ?? 0;
    this.idCounts.set(key, n + 1);
    const captured: CapturedMessage = { id: `${this.sessionId}:${fnv1a(key)}:${n}`, seq: this.nextSeq, role: m.role, text: m.text, at: this.now() };
    this.nextSeq += 1;
    if (m.shownTime) captured.shownTime = m.shownTime;
    if (m.author) captured.author = m.author;
    return captured;
  }
}

function plainResolve(raw: RawMessage): ExtractedMessage {
  const side = raw.side ?? 'agent-side';
  const message: ExtractedMessage = { role: side === 'agent-side' ? 'agent' : side, text: raw.text };
  if (raw.author) message.author = raw.author;
  if (raw.shownTime) message.shownTime = raw.shownTime;
  return message;
}
