import type { CapturedMessage } from '../protocol/schemas';
import type { ExtractedMessage } from './extract';
import { messageIds } from './message-ids';

/**
 * Remembers which transcript messages were already captured in this session and numbers new ones in the order
 * they first appeared. Feeding it the whole visible transcript after every mutation is therefore safe.
 */
export class TranscriptTracker {
  private readonly known = new Map<string, number>();
  private nextSeq = 0;

  constructor(
    private readonly sessionId: string,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.known.size;
  }

  observe(messages: readonly ExtractedMessage[]): CapturedMessage[] {
    const ids = messageIds(this.sessionId, messages);
    const fresh: CapturedMessage[] = [];
    messages.forEach((m, i) => {
      const id = ids[i]!;
      if (this.known.has(id)) return;
      const seq = this.nextSeq;
      this.nextSeq += 1;
      this.known.set(id, seq);
      const captured: CapturedMessage = { id, seq, role: m.role, text: m.text, at: this.now() };
      if (m.shownTime) captured.shownTime = m.shownTime;
      if (m.author) captured.author = m.author;
      fresh.push(captured);
    });
    return fresh;
  }
}
