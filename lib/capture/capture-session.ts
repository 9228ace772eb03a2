import type { InsertResult } from '../protocol/protocol';
import { capMessage, capSession } from '../protocol/limits';
import type { CapturedMessage, CapturedSession } from '../protocol/schemas';
import { ADAPTERS, type ChatAdapter } from './adapters';
import { agentIdentity, joinedAgent } from './agent-identity';
import { chatItems } from './chat-items';
import { insertIntoComposer } from './composer';
import { cachedLayoutSide } from './layout-side';
import { detectChat, type Detection } from './detect';
import { diagnosticReport } from './diagnostics';
import { DisplayOrder } from './display-order';
import { deepEventPath } from './dom/event-path';
import { composedContains, openShadowRoots, type ShadowAccess } from './dom/shadow';
import { extractRaw } from './extract';
import { findComposer, isComposer, itemContainer, type ChatLocation } from './generic-detector';
import { Outbox } from './outbox';
import { RoleResolver } from './role-resolver';
import { RootObserver } from './root-observer';
import { isEcho, readState, shouldRedetectForEcho } from './read-status';
import { DEFAULT_SCAN_POLICY, nextScan, type ScanPolicy } from './scan-schedule';
import { matchKey, TranscriptTracker, type TrackedItem } from './tracker';
import { TranscriptTail } from './transcript-tail';

const PROVISIONAL_MESSAGES = 6;

/**
 * How long the messages of a chat found by its shape alone are held back when nothing confirms it: no new row
 * arrives after the first read, and no line the person sent shows up in it. A header or a menu found before the
 * real list has rows never grows, so holding its lines lets a later find replace it without storing them.
 */
const UNCONFIRMED_HOLD_MS = 8000;

/**
 * Stands in the transcript where a message the background refused would have been, so the record shows that
 * something was said there and why it is missing, instead of a silent gap.
 */
export function refusalNote(refused: CapturedMessage, reason: string): CapturedMessage {
  return {
    id: `${refused.id}:refused`,
    seq: refused.seq,
    role: 'system',
    text: `〔Parley 未能保存这条消息 · Parley could not store this message〕 ${refused.role}, ${refused.text.length} characters: ${reason.slice(0, 300)}`,
    at: refused.at,
  };
}

/** What the background decided about this frame before anything is read. */
export interface Admission {
  allowed: boolean;
  paused: boolean;
}

/**
 * The frame's chat state, reported so the toolbar badge and the panel can follow it. 'open' means rows are being
 * read; 'found' a chat with nothing read from it yet; 'unreadable' a chat whose messages Parley cannot find.
 */
export interface ChatState {
  state: Detection['state'] | 'found' | 'unreadable';
  vendor?: string;
  confidence?: number;
  sessionId?: string;
}

export interface CaptureDeps {
  doc: Document;
  send: (session: CapturedSession, messages: CapturedMessage[]) => Promise<string[]>;
  /** Asks whether this frame's chat belongs to a bank at all; nothing is read until it answers yes. */
  admit?: () => Promise<Admission>;
  report?: (state: ChatState) => void;
  detect?: (doc: Document) => Detection;
  adapters?: readonly ChatAdapter[];
  shadowOf?: ShadowAccess;
  isVisible?: (el: Element) => boolean;
  /** Read layout (bubble sides) when markup says nothing; true in a real browser. */
  layout?: boolean;
  frameElement?: Element | null;
  now?: () => number;
  newId?: () => string;
  extensionVersion?: string;
  /**
   * Whether a key or click came from the person: a page can dispatch synthetic Enter presses, and must not be able
   * to plant a "sent" line whose missing echo would flip the status to unreadable. Defaults to Event.isTrusted.
   */
  isTrustedEvent?: (event: Event) => boolean;
  /** How long an unconfirmed generic find's messages are held (UNCONFIRMED_HOLD_MS); 0 delivers at once. */
  unconfirmedHoldMs?: number;
  /** Coalesces bursts of mutations into one scan; small enough that capture still feels immediate. */
  scanDelayMs?: number;
  /** While the transcript keeps changing, scans are at least this far apart (see scan-schedule.ts). */
  busyScanMs?: number;
  /** Before a chat is found, detection runs at most this often however busy the page is. */
  detectIntervalMs?: number;
  redetectIntervalMs?: number;
  retryDelaysMs?: readonly number[];
  onError?: (error: unknown) => void;
}

export interface CaptureController {
  readonly sessionId: string | undefined;
  readonly capturing: boolean;
  readonly state: ChatState;
  insert(text: string): InsertResult;
  /** What Parley saw of this frame's chat, without any of its text (diagnostics.ts). */
  diagnose(): string;
  /** Asks the background again whether this frame may be read (the person allowed its chat since the first answer). */
  readmit(): void;
  /** Scans immediately instead of waiting for the debounce (tests and shutdown). */
  scanNow(): void;
  setPaused(paused: boolean): void;
  whenDelivered(): Promise<void>;
  stop(): void;
}

/**
 * Runs capture in one frame: asks whether the frame belongs to a bank, waits for a chat to appear, follows its
 * transcript (and every shadow root in it) with mutation observers, re-reads only the items that changed, aligns
 * them with what was already captured and hands new messages to an outbox that delivers them until acknowledged.
 */
export function startCapture(deps: CaptureDeps): CaptureController {
  const { doc } = deps;
  const view = doc.defaultView! as Window & typeof globalThis;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const shadowOf = deps.shadowOf ?? openShadowRoots;
  const adapters = deps.adapters ?? ADAPTERS;
  const detect =
    deps.detect ??
    ((d: Document) =>
      detectChat({
        doc: d,
        url: new URL(view.location.href),
        frameElement: deps.frameElement ?? null,
        adapters,
        shadowOf,
        ...(deps.isVisible ? { isVisible: deps.isVisible } : {}),
        layout: deps.layout ?? false,
      }));
  const policy: ScanPolicy = {
    scanDelayMs: deps.scanDelayMs ?? DEFAULT_SCAN_POLICY.scanDelayMs,
    // A debounce set by the caller keeps its proportion to the quiet window (tests run with 1 ms).
    quietMs: deps.scanDelayMs !== undefined ? deps.scanDelayMs * 3 : DEFAULT_SCAN_POLICY.quietMs,
    detectIntervalMs: deps.detectIntervalMs ?? DEFAULT_SCAN_POLICY.detectIntervalMs,
    busyScanMs: deps.busyScanMs ?? DEFAULT_SCAN_POLICY.busyScanMs,
    floodAfterMs: DEFAULT_SCAN_POLICY.floodAfterMs,
    floodScanMs: Math.max(deps.busyScanMs ?? 0, DEFAULT_SCAN_POLICY.floodScanMs),
  };
  const detectInterval = policy.detectIntervalMs;
  const holdMs = deps.unconfirmedHoldMs ?? UNCONFIRMED_HOLD_MS;

  let location: ChatLocation | null = null;
  let state: ChatState = { state: 'none' };
  let session: CapturedSession | undefined;
  let tracker: TranscriptTracker | undefined;
  let outbox: Outbox | undefined;
  let chatObserver: RootObserver | undefined;
  let pageObserver: RootObserver | undefined;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let recheckTimer: ReturnType<typeof setTimeout> | undefined;
  // The page changed since detection last looked: a guess may have been overtaken by rows appearing elsewhere.
  let pageChangedSinceDetect = false;
  let redetectTimer: ReturnType<typeof setInterval> | undefined;
  let lastDetect = -Infinity;
  let lastScanAt = -Infinity;
  // Read status (read-status.ts): when the chat element was found, whether its area gained text since, and the
  // person's last sent line until it shows among the rows read.
  let foundAt = 0;
  let chatAreaGrew = false;
  let unechoed: { text: string; at: number; redetected: boolean } | undefined;
  // Confirmation of the chat element found (see UNCONFIRMED_HOLD_MS): messages read before it are held, not sent.
  let confirmed = false;
  let firstReadDone = false;
  let held: CapturedMessage[] = [];
  let delivered = 0;
  let busySince: number | undefined;
  let stopped = false;
  let admitted = false;
  let paused = false;
  const resolver = new RoleResolver(now);
  const sideOf = cachedLayoutSide();
  // What each item element showed when last read; a mutation inside an item forgets it (invalidate).
  const cache = new WeakMap<Element, TrackedItem | null>();
  const tail = new TranscriptTail();
  const displayOrder = new DisplayOrder();

  function report(next: ChatState): void {
    if (next.state === state.state && next.vendor === state.vendor && next.sessionId === state.sessionId) return;
    state = next;
    deps.report?.(next);
  }

  function schedule(): void {
    if (stopped || !admitted || scanTimer !== undefined) return;
    const next = nextScan({ now: now(), located: location !== null, lastScanAt, lastDetectAt: lastDetect, busySince }, policy);
    busySince = next.busySince;
    scanTimer = setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, next.waitMs);
  }

  /** Forgets what was read from the items a mutation touched, so only those are read again. */
  function invalidate(records: readonly MutationRecord[]): void {
    if (!location) return;
    const stopAt = location.transcript;
    for (const record of records) {
      tail.note(record);
      if (record.type === 'childList' && record.target === stopAt) continue;
      for (let node: Node | null = record.target; node && node !== stopAt; ) {
        if (node.nodeType === 1) cache.delete(node as Element);
        const parent: Node | null = node.parentNode;
        node = parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : parent;
      }
    }
  }

  /** A generic find is a guess until it has yielded a few messages: until then the whole page is watched too. */
  function provisional(): boolean {
    if (location === null || location.window) return false;
    // A transcript that holds the place the person types is the whole widget taken for the list (its header, tool bar
    // and input area counted as rows): however many rows it shows, it stays a guess until the real list shows.
    if (location.composer && composedContains(location.transcript, location.composer)) return true;
    // Rows, not notes: a guess that took a growing block for one row writes a note at every change, and must still
    // be looked at again.
    return (tracker?.rows ?? 0) < PROVISIONAL_MESSAGES;
  }

  function noteGrowth(records: readonly MutationRecord[]): void {
    if (!location || chatAreaGrew) return;
    const root = location.root;
    for (const record of records) {
      if (record.type === 'characterData' || record.addedNodes.length > 0) {
        if (record.target === root || composedContains(root, record.target)) {
          chatAreaGrew = true;
          return;
        }
      }
    }
  }

  function watchPage(): void {
    pageObserver?.disconnect();
    pageObserver = new RootObserver(view, shadowOf, { childList: true, subtree: true }, (records) => {
      pageChangedSinceDetect = true;
      noteGrowth(records);
      schedule();
    });
    pageObserver.watch(doc);
  }

  /** Says what is true now: recording only with rows read, 'found' before that, 'unreadable' when they fail to come. */
  function refreshStatus(): void {
    if (!location || !session) return;
    const read = readState({ now: now(), rowsRead: delivered, foundAt, chatAreaGrew, ...(unechoed ? { unechoedSendAt: unechoed.at } : {}) });
    report({ state: read, vendor: location.vendor, confidence: location.confidence, sessionId: session.id });
  }

  /**
   * The composer a person sent from before any chat was found (the first lines are often sent while the list is still
   * too short to recognise): the editable element the key went to, or the one a clicked control sits next to.
   */
  function composerBeforeFind(event: Event): HTMLElement | undefined {
    if (!(deps.isTrustedEvent ?? ((e: Event) => e.isTrusted))(event)) return undefined;
    const path = deepEventPath(event, shadowOf).filter((n): n is Element => n instanceof view.Element);
    if (event.type === 'keydown') return path.find((el): el is HTMLElement => isComposer(el));
    const control = path.find((el) => el.matches('button, [role="button"], input[type="submit"]'));
    for (let area: Element | null = control?.parentElement ?? null, level = 0; area && level < 3; area = area.parentElement, level += 1) {
      const composer = findComposer(area, shadowOf);
      if (composer) return composer;
    }
    return undefined;
  }

  function noteSend(event: Event): void {
    if (!location?.composer) {
      // Only the role of its echo is at stake: the read status waits for a chat to be found.
      const early = composerBeforeFind(event);
      if (early && (event.type !== 'keydown' || ((event as KeyboardEvent).key === 'Enter' && !(event as KeyboardEvent).shiftKey))) {
        resolver.noteSent('value' in early ? (early as HTMLTextAreaElement).value : (early.textContent ?? ''));
      }
      return;
    }
    const composer = location.composer;
    if (event.type === 'keydown') {
      const key = event as KeyboardEvent;
      if (key.key !== 'Enter' || key.shiftKey || key.isComposing) return;
      if (!deepEventPath(event, shadowOf).includes(composer)) return;
    } else if (event.type === 'click') {
      const send = location.sendButton;
      if (!send || !deepEventPath(event, shadowOf).some((n) => n === send || (n instanceof view.Node && composedContains(send, n)))) return;
    }
    const text = 'value' in composer ? (composer as HTMLTextAreaElement).value : (composer.textContent ?? '');
    resolver.noteSent(text);
    if (text.trim() && (deps.isTrustedEvent ?? ((e: Event) => e.isTrusted))(event)) unechoed = { text, at: now(), redetected: false };
  }

  /** A sent line that the chat did not take (still in the composer) will never show: nothing to wait for. */
  function sendWasRefused(): boolean {
    const composer = location?.composer;
    if (!unechoed || !composer?.isConnected) return false;
    const left = 'value' in composer ? (composer as HTMLTextAreaElement).value : (composer.textContent ?? '');
    return left.trim().length > 0 && isEcho(unechoed.text, left);
  }

  function attach(found: ChatLocation): void {
    // A guess replaced before anything of it was confirmed leaves no trace: its lines were never the conversation.
    if (!confirmed && delivered === 0 && session) {
      tracker = new TranscriptTracker(session.id, now);
      held = [];
      resolver.restart();
    }
    location = found;
    foundAt = now();
    chatAreaGrew = false;
    confirmed = found.window !== undefined;
    firstReadDone = false;
    chatObserver?.disconnect();
    // Rows of a chat built from web components are adopted as they arrive; a plain chat's rows are not walked.
    chatObserver = new RootObserver(
      view,
      shadowOf,
      { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'hidden', 'aria-hidden', 'style'] },
      (records) => {
        invalidate(records);
        noteGrowth(records);
        schedule();
      },
      found.adapter?.shadow === true,
    );
    chatObserver.watch(found.transcript);
    tail.reset();
    if (!session) {
      session = { id: newId(), url: view.location.href, vendor: found.vendor, startedAt: now() };
      if (doc.title) session.title = doc.title.slice(0, 500);
      tracker = new TranscriptTracker(session.id, now);
      outbox = new Outbox({
        send: (batch) => deps.send(capSession(session!), batch),
        replaceRefused: refusalNote,
        ...(deps.retryDelaysMs ? { retryDelaysMs: deps.retryDelaysMs } : {}),
        onError: (error) => deps.onError?.(error),
      });
    }
    // Once a chat is certain only its own subtree matters; the page-wide observer would just cost the page time.
    // A guess keeps it, so rows appearing anywhere else can still show the guess was wrong.
    if (!provisional()) {
      pageObserver?.disconnect();
      pageObserver = undefined;
    } else if (!pageObserver) watchPage();
    refreshStatus();
  }

  function detach(): void {
    location = null;
    chatObserver?.disconnect();
    chatObserver = undefined;
    watchPage();
  }

  function learnAgent(messages: readonly CapturedMessage[]): void {
    if (!session || (session.agentName && session.agentId)) return;
    for (const m of messages) {
      if (m.role !== 'agent' && m.role !== 'system') continue;
      const who = m.role === 'agent' ? agentIdentity(m.text, m.author) : joinedAgent(m.text);
      if (who.name && !session.agentName) session.agentName = who.name;
      if (who.id && !session.agentId) session.agentId = who.id;
    }
  }

  function read(item: Element): TrackedItem | null {
    const known = cache.get(item);
    if (known !== undefined) return known;
    const raw = extractRaw(item, {
      shadowOf,
      ...(location!.adapter ? { adapter: location!.adapter } : {}),
      ...(location!.window ? { window: location!.window } : {}),
      ...(deps.layout ? { container: location!.transcript, layoutOf: sideOf } : {}),
    });
    const tracked = raw ? { raw, ref: item, key: matchKey(raw) } : null;
    cache.set(item, tracked);
    return tracked;
  }

  function scan(): void {
    if (stopped || !admitted) return;
    lastScanAt = now();
    // A generic find is provisional for its first few messages: with one message on screen, that message's own parts
    // can look like a list; the next messages show which element really is the transcript.
    const echoMissed = unechoed !== undefined && !unechoed.redetected && shouldRedetectForEcho({ now: now(), unechoedSendAt: unechoed.at });
    const wantsRecheck = provisional() || echoMissed;
    const due = now() - lastDetect >= detectInterval;
    const recheck = wantsRecheck && due;
    if (recheck && echoMissed) unechoed!.redetected = true;
    // The change that wanted a second look came too soon after the last one; the page may stay quiet after it (a
    // chat's first row, then nothing), so the second look is booked rather than left to the next mutation.
    if (wantsRecheck && !due && (pageChangedSinceDetect || echoMissed)) recheckAt(lastDetect + detectInterval);
    if (!location || !location.transcript.isConnected || recheck) {
      lastDetect = now();
      pageChangedSinceDetect = false;
      const found = detect(doc);
      if (found.state === 'open') {
        if (found.chat.transcript !== location?.transcript) attach(found.chat);
      } else if (!(recheck && location!.transcript.isConnected)) {
        // (A second look that finds nothing better keeps the chat already found.)
        if (location) detach();
        report({ state: found.state, ...(found.state === 'framed' || found.state === 'available' ? { vendor: found.vendor } : {}), ...(session ? { sessionId: session.id } : {}) });
        return;
      }
    }
    const container = location!.window ? undefined : itemContainer(location!.transcript);
    const tailRows = tail.rowsToRead(container);
    let rows = tailRows ?? chatItems(location!, shadowOf);
    // A list drawn bottom-up gains its new rows at the top of the DOM: read whole, in the order a person sees it, so the
    // newest row comes last as the tracker expects (never above the first captured one, where older history goes).
    const bottomUp = displayOrder.bottomUp(location!.transcript, rows);
    if (bottomUp) rows = (tailRows ? chatItems(location!, shadowOf) : rows).reverse();
    const items: TrackedItem[] = [];
    for (const item of rows) {
      const tracked = read(item);
      if (tracked) items.push(tracked);
    }
    if (bottomUp) tail.reset();
    else tail.scanned(rows.at(-1), items.at(-1));
    resolver.seeColumns(items.map((item) => item.raw));
    const fresh = tracker!.observe(items, (raw) => resolver.resolve(raw));
    // A list showing messages already stored (the widget remounted, the list re-rendered) is the same conversation.
    if (!confirmed && delivered > 0 && items.length > fresh.length) {
      confirmed = true;
      deliver(held.splice(0));
    }
    if (fresh.length === 0) return;
    // Rows arriving after the first read, or the person's own line, show this is the conversation. A held row whose
    // text changed is no such sign, even when the change holds the person's line: a guess that took a whole list (or
    // a group of rows) for one row sees its text grow with every message, and the real list, found at the next look,
    // must replace it without a trace.
    const arrived = fresh.filter((m) => !tracker!.isEditNote(m));
    const echoed = unechoed !== undefined && arrived.some((m) => isEcho(unechoed!.text, m.text));
    if (echoed) unechoed = undefined;
    if ((firstReadDone && arrived.length > 0) || echoed || now() - foundAt >= holdMs) confirmed = true;
    firstReadDone = true;
    if (pageObserver && !provisional()) {
      pageObserver.disconnect();
      pageObserver = undefined;
    }
    if (confirmed) deliver([...held.splice(0), ...fresh]);
    else held.push(...fresh);
    refreshStatus();
  }

  function recheckAt(when: number): void {
    if (recheckTimer !== undefined || stopped) return;
    recheckTimer = setTimeout(() => {
      recheckTimer = undefined;
      scan();
    }, Math.max(0, when - now()));
  }

  function deliver(messages: CapturedMessage[]): void {
    if (messages.length === 0) return;
    delivered += messages.length;
    learnAgent(messages);
    // Paused: what was said is marked as seen but never stored, so resuming does not backfill it.
    if (!paused) outbox!.enqueue(messages.map(capMessage));
  }

  function begin(): void {
    if (stopped) return;
    admitted = true;
    doc.addEventListener('keydown', noteSend, true);
    doc.addEventListener('click', noteSend, true);
    watchPage();
    let lastHref = view.location.href;
    let ticks = 0;
    redetectTimer = setInterval(() => {
      ticks += 1;
      // A single-page app changed its address: the background forgets a tab's state on navigation, so say it again.
      if (view.location.href !== lastHref) {
        lastHref = view.location.href;
        deps.report?.(state);
      }
      if (unechoed && sendWasRefused()) unechoed = undefined;
      if (location && !confirmed && now() - foundAt >= holdMs) {
        confirmed = true;
        deliver(held.splice(0));
      }
      refreshStatus();
      if (location && (!location.transcript.isConnected || (unechoed && !unechoed.redetected))) schedule();
      else if (!location) {
        pageObserver?.refresh();
        schedule();
      } else if (ticks % 5 === 0) {
        // attachShadow is not a mutation, so roots attached to existing rows are found by looking; a walk of a long
        // transcript every few seconds is plenty for rows that rarely grow a shadow root after they are shown.
        chatObserver?.refresh();
      }
    }, deps.redetectIntervalMs ?? 1000);
    scan();
  }

  function askAdmission(): void {
    deps.admit!().then(
      (answer) => {
        paused = answer.paused;
        if (answer.allowed && !admitted) begin();
      },
      (error: unknown) => deps.onError?.(error),
    );
  }

  if (deps.admit) askAdmission();
  else begin();

  return {
    get sessionId() {
      return session?.id;
    },
    get capturing() {
      return location !== null && !stopped && !paused && state.state === 'open';
    },
    get state() {
      return state;
    },
    readmit() {
      if (!admitted && !stopped && deps.admit) askAdmission();
    },
    diagnose() {
      return diagnosticReport({
        doc,
        state: state.state,
        ...(state.vendor ? { vendor: state.vendor } : {}),
        ...(state.confidence !== undefined ? { confidence: state.confidence } : {}),
        ...(location ? { transcript: location.transcript, foundAgoMs: now() - foundAt } : {}),
        ...(location?.composer ? { composer: location.composer } : {}),
        rowsRead: tracker?.size ?? 0,
        ...(unechoed ? { unechoedSendAgoMs: now() - unechoed.at } : {}),
        ...(deps.extensionVersion ? { extensionVersion: deps.extensionVersion } : {}),
      });
    },
    insert(text) {
      if (!location) return { ok: false, reason: 'no-chat' };
      const visible = deps.isVisible;
      const known = location.composer?.isConnected && (!visible || visible(location.composer)) ? location.composer : undefined;
      // The composer found with the chat may since have been hidden or replaced; a visible one is looked for again.
      const composer = known ?? findComposer(location.root, shadowOf, visible) ?? location.composer;
      if (!composer) return { ok: false, reason: 'no-composer' };
      return insertIntoComposer(composer, text, visible);
    },
    scanNow() {
      if (scanTimer !== undefined) clearTimeout(scanTimer);
      scanTimer = undefined;
      lastDetect = -Infinity;
      scan();
    },
    setPaused(value) {
      paused = value;
    },
    whenDelivered() {
      return outbox ? outbox.whenIdle() : Promise.resolve();
    },
    stop() {
      stopped = true;
      pageObserver?.disconnect();
      chatObserver?.disconnect();
      if (redetectTimer !== undefined) clearInterval(redetectTimer);
      if (scanTimer !== undefined) clearTimeout(scanTimer);
      if (recheckTimer !== undefined) clearTimeout(recheckTimer);
      doc.removeEventListener('keydown', noteSend, true);
      doc.removeEventListener('click', noteSend, true);
    },
  };
}
