import type { TrackedItem } from './tracker';

/**
 * Remembers where the last scan of a transcript ended, so that while a chat only grows at the bottom a scan reads
 * the rows added since instead of the whole transcript: a 1,000-message history costs each scan its new rows.
 * Anything other than rows appended to the row container (an edit, a removal, an insertion above, a re-render)
 * makes the next scan a full one.
 */
export class TranscriptTail {
  private container: Element | undefined;
  private lastRow: Element | undefined;
  private lastMessage: TrackedItem | undefined;
  private appendOnly = false;

  /** Every mutation record of the transcript, before the scan that follows it. */
  note(record: MutationRecord): void {
    const appended =
      record.type === 'childList' && record.target === this.container && record.removedNodes.length === 0 && record.nextSibling === null;
    if (!appended) this.appendOnly = false;
  }

  /** Forces the next scan to read everything (a new chat was attached, the frame was re-detected). */
  reset(): void {
    this.appendOnly = false;
    this.container = undefined;
  }

  /**
   * The rows the coming scan must read — the last message already read (so the tracker aligns what follows after
   * it) and every row after the last one scanned — or undefined when it must read the whole transcript.
   * `container` is the element whose children are the rows, or undefined when rows are not its children.
   */
  rowsToRead(container: Element | undefined): Element[] | undefined {
    const usable =
      container !== undefined &&
      this.appendOnly &&
      this.container === container &&
      this.lastRow?.parentElement === container &&
      (this.lastMessage?.ref as Element | undefined)?.parentElement === container;
    this.container = container;
    if (!usable) return undefined;
    const rows: Element[] = [this.lastMessage!.ref as Element];
    for (let row = this.lastRow!.nextElementSibling; row; row = row.nextElementSibling) rows.push(row);
    return rows;
  }

  /** What the scan read: every row in order, and the messages among them. */
  scanned(lastRow: Element | undefined, lastMessage: TrackedItem | undefined): void {
    if (lastRow) this.lastRow = lastRow;
    if (lastMessage) this.lastMessage = lastMessage;
    this.appendOnly = this.container !== undefined;
  }
}
