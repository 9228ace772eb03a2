import type { InsertResult } from '../protocol/protocol';
import type { CapturedMessage, CapturedSession } from '../protocol/schemas';
import { agentIdentity } from './agent-identity';
import { insertIntoComposer } from './composer';
import { extractMessage, type ExtractedMessage } from './extract';
import { detectGenericChat, findComposer, transcriptItems, type ChatLocation } from './generic-detector';
import { Outbox } from './outbox';
import { TranscriptTracker } from './tracker';

export interface CaptureDeps {
  doc: Document;
  send: (session: CapturedSession, messages: CapturedMessage[]) => Promise<string[]>;
  detect?: (doc: Document) => ChatLocation | null;
  now?: () => number;
  newId?: () => string;
  /** Coalesces bursts of mutations into one scan; small enough that capture still feels immediate. */
  scanDelayMs?: number;
  redetectIntervalMs?: number;
  retryDelaysMs?: readonly number[];
  onError?: (error: unknown) => void;
}

export interface CaptureController {
  readonly sessionId: string | undefined;
  readonly capturing: boolean;
  insert(text: string): InsertResult;
  /** Scans immediately instead of waiting for the debounce (tests and shutdown). */
  scanNow(): void;
  whenDelivered(): Promise<void>;
  stop(): void;
}

/**
 * Runs capture in one frame: waits for a chat to appear, follows its transcript with a MutationObserver, and hands
 * new messages to an outbox that delivers them to the background until acknowledged.
 */
export function startCapture(deps: CaptureDeps): CaptureController {
  const { doc } = deps;
  const view = doc.defaultView!;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const detect = deps.detect ?? ((d: Document) => detectGenericChat(d));
  const scanDelay = deps.scanDelayMs ?? 30;

  let location: ChatLocation | null = null;
  let session: CapturedSession | undefined;
  let tracker: TranscriptTracker | undefined;
  let outbox: Outbox | undefined;
  let transcriptObserver: MutationObserver | undefined;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const pageObserver = new view.MutationObserver(() => schedule());
  pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
  const redetectTimer = setInterval(() => {
    if (!location || !location.transcript.isConnected) schedule();
  }, deps.redetectIntervalMs ?? 1000);

  function schedule(): void {
    if (stopped || scanTimer !== undefined) return;
    scanTimer = setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, scanDelay);
  }

  function attach(found: ChatLocation): void {
    location = found;
    transcriptObserver?.disconnect();
    transcriptObserver = new view.MutationObserver(() => schedule());
    transcriptObserver.observe(found.transcript, { childList: true, subtree: true, characterData: true });
    // Once the chat is found only its own subtree matters; the page-wide observer would just cost the page time.
    pageObserver.disconnect();
    if (!session) {
      session = { id: newId(), url: view.location.href, vendor: found.vendor, startedAt: now() };
      if (doc.title) session.title = doc.title.slice(0, 500);
      tracker = new TranscriptTracker(session.id, now);
      outbox = new Outbox({
        send: (batch) => deps.send({ ...session! }, batch),
        ...(deps.retryDelaysMs ? { retryDelaysMs: deps.retryDelaysMs } : {}),
        onError: (error) => deps.onError?.(error),
      });
    }
  }

  function learnAgent(messages: readonly ExtractedMessage[]): void {
    if (!session || (session.agentName && session.agentId)) return;
    for (const m of messages) {
      if (m.role !== 'agent') continue;
      const who = agentIdentity(m.text, m.author);
      if (who.name && !session.agentName) session.agentName = who.name;
      if (who.id && !session.agentId) session.agentId = who.id;
    }
  }

  function scan(): void {
    if (stopped) return;
    if (!location || !location.transcript.isConnected) {
      const found = detect(doc);
      if (!found) {
        if (location) pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
        location = null;
        return;
      }
      attach(found);
    }
    const extracted = transcriptItems(location!.transcript)
      .map((item) => extractMessage(item))
      .filter((m): m is ExtractedMessage => m !== null);
    learnAgent(extracted);
    const fresh = tracker!.observe(extracted);
    if (fresh.length > 0) outbox!.enqueue(fresh);
  }

  scan();

  return {
    get sessionId() {
      return session?.id;
    },
    get capturing() {
      return location !== null && !stopped;
    },
    insert(text) {
      if (!location) return { ok: false, reason: 'no-chat' };
      const composer = location.composer?.isConnected ? location.composer : findComposer(location.root);
      if (!composer) return { ok: false, reason: 'no-composer' };
      return insertIntoComposer(composer, text);
    },
    scanNow() {
      if (scanTimer !== undefined) clearTimeout(scanTimer);
      scanTimer = undefined;
      scan();
    },
    whenDelivered() {
      return outbox ? outbox.whenIdle() : Promise.resolve();
    },
    stop() {
      stopped = true;
      pageObserver.disconnect();
      transcriptObserver?.disconnect();
      clearInterval(redetectTimer);
      if (scanTimer !== undefined) clearTimeout(scanTimer);
    },
  };
}
