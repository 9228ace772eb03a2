import type { CapturedMessage } from '../protocol/schemas';

export interface OutboxDeps {
  /** Delivers a batch; resolves with the ids the receiver has durably stored. Rejects when it could not deliver. */
  send: (messages: CapturedMessage[]) => Promise<string[]>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Delays between retries; the last one repeats for as long as delivery keeps failing. */
  retryDelaysMs?: readonly number[];
  maxBatch?: number;
  onError?: (error: unknown, attempt: number) => void;
}

const DEFAULT_DELAYS = [50, 150, 400, 1000, 2000, 4000] as const;

/**
 * Holds captured messages until the background confirms they are stored. One batch is in flight at a time so the
 * order of arrival is the capture order; a failed batch stays queued and is retried, and because message ids are
 * stable the receiver can drop anything it already has. Nothing is ever discarded unacknowledged.
 */
export class Outbox {
  private readonly queue: CapturedMessage[] = [];
  private readonly queuedIds = new Set<string>();
  private inFlight = false;
  private retryScheduled = false;
  private attempt = 0;
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
    const batch = this.queue.slice(0, this.deps.maxBatch ?? 200);
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
    } catch (error) {
      this.attempt += 1;
      this.deps.onError?.(error, this.attempt);
      this.scheduleRetry();
    } finally {
      this.inFlight = false;
    }
    if (this.queue.length === 0) {
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
    } else if (!this.retryScheduled) {
      void this.flush();
    }
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
