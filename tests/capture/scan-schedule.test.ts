import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_POLICY, nextScan, type ScanTiming } from '../../lib/capture/scan-schedule';

const policy = { scanDelayMs: 30, quietMs: 90, detectIntervalMs: 250, busyScanMs: 200, floodAfterMs: 3000, floodScanMs: 600 };
const at = (t: Partial<ScanTiming>): ScanTiming => ({ now: 10_000, located: true, lastScanAt: -Infinity, lastDetectAt: -Infinity, busySince: undefined, ...t });

describe('nextScan', () => {
  it.each([
    ['a quiet chat is read one debounce after a change', at({ lastScanAt: 9_000 }), 30, undefined],
    ['a change just after a scan starts a busy spell and waits for the busy spacing', at({ lastScanAt: 9_990 }), 190, 9_990],
    ['busy for 89 ms after a scan: still busy', at({ lastScanAt: 9_911 }), 111, 9_911],
    ['a busy spell keeps its start', at({ lastScanAt: 9_990, busySince: 8_000 }), 190, 8_000],
    ['a spell of three seconds is a flood: wider spacing', at({ lastScanAt: 9_990, busySince: 7_000 }), 590, 7_000],
    ['a pause longer than three debounces ends the spell', at({ lastScanAt: 9_900, busySince: 1_000 }), 30, undefined],
    ['no chat yet: detection at most every detect interval', at({ located: false, lastDetectAt: 9_900 }), 150, undefined],
    ['no chat yet, long since the last detection: one debounce', at({ located: false, lastDetectAt: 1_000 }), 30, undefined],
  ])('%s', (_name, timing, waitMs, busySince) => {
    expect(nextScan(timing, policy)).toEqual({ waitMs, busySince });
  });

  it('never scans sooner than one debounce, even with a busy spacing shorter than it', () => {
    expect(nextScan(at({ lastScanAt: 9_990 }), { ...policy, busyScanMs: 5 })).toEqual({ waitMs: 30, busySince: 9_990 });
  });

  it('keeps a quiet chat fast and a fast chat within a fifth of a second by default', () => {
    expect(nextScan(at({ lastScanAt: 0 })).waitMs).toBe(DEFAULT_SCAN_POLICY.scanDelayMs);
    expect(DEFAULT_SCAN_POLICY.scanDelayMs).toBeLessThanOrEqual(50);
    // A burst is still read in scans spaced by the busy spacing, however short the debounce.
    expect(nextScan(at({ lastScanAt: 9_950 })).waitMs).toBe(DEFAULT_SCAN_POLICY.busyScanMs - 50);
    expect(nextScan(at({ lastScanAt: 9_999, busySince: 9_000 })).waitMs).toBeLessThanOrEqual(200);
  });
});
