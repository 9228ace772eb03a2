import type { CapturedMessage } from '../protocol/schemas';

/**
 * The receiver refused the batch as it is (it holds something the receiver will never accept); sending the same
 * batch again cannot help, unlike a delivery failure (service worker asleep, restarting), which a retry cures.
 */
export class BatchRefused extends Error {}

export interface OutboxDeps {
  /** Delivers a batch; resolves with the ids the receiver has durably stored. Rejects when it could not deliver. */
  send: (messages: CapturedMessage[]) => Promise<string[]>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Delays between retries; the last one repeats for as long as delivery keeps failing. */
  retryDelaysMs?: readonly number[];
  maxBatch?: number;
  onError?: (error: unknown, attempt: number) => void;
  /**
   * What to send in place of a single message the receiver refused (a note saying what was refused and why), or
   * nothing to just drop it. The replacement is never itself replaced, so a refused note cannot loop.
   */
  replaceRefused?: (message: CapturedMessage, reason: string) => CapturedMessage | undefined;
}

const DEFAULT_DELAYS = [50, 150, 400, 1000, 2000, 4000] as const;

/**
 * Holds captured messages until the background confirms they are stored. One batch is in flight at a time so the
 * order of arrival is the capture order; a batch that could not be delivered stays queued and is retried, and
 * because message ids are stable the receiver can drop anything it already has. A batch the receiver refuses is
 * never sent again as it is: it is halved until the one message it cannot take is found, and that message is
 * replaced by a note (replaceRefused), so one bad message never holds back the ones after it.
 */
export class Outbox {
  private readonly queue: CapturedMessage[] = [];
  private readonly queuedIds = new Set<string>();
  private inFlight = false;
  private retryScheduled = false;
  private attempt = 0;
  /** How many messages the next batch may hold; shrinks while looking for a refused message. */
  private batchLimit: number | undefined;
  private readonly replacements = new Set<string>();
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly deps: OutboxDeps) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(messages: readonly CapturedMessage[]): void {
    for (const m of messages) {
      if (this.queuedIds.has(m.id)) continue;
      this.queuedIds.add(m.id);
      this.queue.push(m);
    }
    void this.flush();
  }

  /** Resolves once everything queued so far has been acknowledged. */
  whenIdle(): Promise<void> {
    if (this.queue.length === 0 && !this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async flush(): Promise<void> {
    if (this.inFlight || this.retryScheduled || this.queue.length === 0) return;
    this.inFlight = true;
    const batch = this.queue.slice(0, this.batchLimit ?? this.deps.maxBatch ?? 200);
    try {
      const stored = new Set(await this.deps.send(batch));
      let removed = 0;
      for (let i = this.queue.length - 1; i >= 0; i -= 1) {
        const id = this.queue[i]!.id;
        if (stored.has(id)) {
          this.queue.splice(i, 1);
          this.queuedIds.delete(id);
          removed += 1;
        }
      }
      // An answer that acknowledges nothing is a failure too; retrying at once would spin.
      if (removed === 0) throw new Error('batch not acknowledged');
      this.attempt = 0;
      this.batchLimit = undefined;
    } catch (error) {
      if (error instanceof BatchRefused) {
        this.narrow(batch, error.message);
      } else {
        this.attempt += 1;
        this.deps.onError?.(error, this.attempt);
        this.scheduleRetry();
      }
    } finally {
      this.inFlight = false;
    }
    if (this.queue.length === 0) {
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
    } else if (!this.retryScheduled) {
      void this.flush();
    }
  }

  /** A refused batch: try its first half, or, once down to one message, set that message aside. */
  private narrow(batch: readonly CapturedMessage[], reason: string): void {
    if (batch.length > 1) {
      this.batchLimit = Math.ceil(batch.length / 2);
      return;
    }
    const refused = batch[0]!;
    this.batchLimit = undefined;
    const at = this.queue.indexOf(refused);
    if (at >= 0) this.queue.splice(at, 1);
    this.queuedIds.delete(refused.id);
    this.deps.onError?.(new BatchRefused(`message ${refused.id} refused: ${reason}`), this.attempt);
    if (this.replacements.has(refused.id)) return;
    const note = this.deps.replaceRefused?.(refused, reason);
    if (!note || this.queuedIds.has(note.id)) return;
    this.replacements.add(note.id);
    this.queuedIds.add(note.id);
    this.queue.splice(Math.max(at, 0), 0, note);
  }

  private scheduleRetry(): void {
    const delays = this.deps.retryDelaysMs ?? DEFAULT_DELAYS;
    const delay = delays[Math.min(this.attempt - 1, delays.length - 1)] ?? 1000;
    const setTimer = this.deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.retryScheduled = true;
    setTimer(() => {
      this.retryScheduled = false;
      void this.flush();
    }, delay);
  }
}
