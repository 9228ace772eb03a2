/** When the next scan of a frame should run, given what the last ones did. */
export interface ScanTiming {
  now: number;
  /** A chat has been found (scans read it) or not (scans run detection). */
  located: boolean;
  lastScanAt: number;
  lastDetectAt: number;
  /** When the transcript started changing without a pause, if it is changing now. */
  busySince: number | undefined;
}

export interface ScanPolicy {
  /** Coalesces the mutations of one message (a row, then its parts in the next tasks) into one scan. */
  scanDelayMs: number;
  /** A change this long after the last scan starts afresh; a sooner one belongs to a busy spell. */
  quietMs: number;
  /** Before a chat is found, detection runs at most this often however busy the page is. */
  detectIntervalMs: number;
  /** The spacing of scans while a transcript keeps changing... */
  busyScanMs: number;
  /** ...and once it has kept changing this long (a history load, not a conversation)... */
  floodAfterMs: number;
  /** ...this wider spacing, so a long flood costs the page fewer, larger scans. */
  floodScanMs: number;
}

/**
 * A message at a conversation's pace is read 10 ms after it appears, so that it is stored well within 50 ms; a row
 * and the parts a framework adds to it in the following tasks are in by then. What a burst costs the page is set by
 * the quiet window and the busy spacing, which keep a fast chat to one scan every 200 ms whatever this delay is.
 */
export const DEFAULT_SCAN_POLICY: ScanPolicy = { scanDelayMs: 10, quietMs: 90, detectIntervalMs: 250, busyScanMs: 200, floodAfterMs: 3000, floodScanMs: 600 };

/**
 * The wait before the next scan, and whether the transcript counts as busy. A chat at a person's pace is read
 * `scanDelayMs` after each change. A fast chat is read every `busyScanMs`, which keeps a virtualised list's rows in
 * view between two scans. Only a flood that lasts (a history load, a replayed transcript) is read more sparsely,
 * and the pace returns to normal as soon as the transcript settles.
 */
export function nextScan(timing: ScanTiming, policy: ScanPolicy = DEFAULT_SCAN_POLICY): { waitMs: number; busySince: number | undefined } {
  const { now, located, lastScanAt, lastDetectAt } = timing;
  if (!located) return { waitMs: Math.max(policy.scanDelayMs, lastDetectAt + policy.detectIntervalMs - now), busySince: undefined };
  const busy = now - lastScanAt < policy.quietMs;
  if (!busy) return { waitMs: policy.scanDelayMs, busySince: undefined };
  const busySince = timing.busySince ?? lastScanAt;
  const spacing = now - busySince >= policy.floodAfterMs ? policy.floodScanMs : policy.busyScanMs;
  return { waitMs: Math.max(policy.scanDelayMs, lastScanAt + spacing - now), busySince };
}
