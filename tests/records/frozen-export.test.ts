/**
 * Files exported before the hash implementation changed must still verify, and everything derived from a hash
 * (file names, follow-up ids) must come out the same. The fixtures in ./frozen were written by the earlier code and
 * are never regenerated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../lib/records/export/json';
import { shortId } from '../../lib/records/export/filename';
import { followUpId } from '../../lib/records/extract/promises';
import { verifyExport } from '../../lib/records/integrity/verify-export';
import { cmbBundle, plainBundle, T0 } from './fixtures';

const frozenText = readFileSync(new URL('./frozen/export-before-noble.json', import.meta.url), 'utf8');
const ids = JSON.parse(readFileSync(new URL('./frozen/ids-before-noble.json', import.meta.url), 'utf8')) as {
  shortId: Record<string, string>;
  followUpId: Record<string, string>;
};

describe('an export written before the hash implementation changed', () => {
  it('verifies, with every session and the archive digest intact', async () => {
    const r = await verifyExport(frozenText);
    if (!r.valid) throw new Error(r.error.message.en);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.sessions).toHaveLength(3);
    expect(r.archiveDigest).toBe(JSON.parse(frozenText).manifest.archiveDigest);
  });

  it('the frozen digest noted by the user still matches', async () => {
    const archiveDigest = JSON.parse(frozenText).manifest.archiveDigest as string;
    const r = await verifyExport(frozenText, { notedDigests: [archiveDigest.slice(0, 16)] });
    expect(r.valid && r.noted[0]?.matched).toBe(true);
  });

  it('one changed character is still caught (the check is not vacuous)', async () => {
    const r = await verifyExport(frozenText.replace('信用卡逾期协商', '信用卡逾期协商!'));
    expect(r.valid && r.ok).toBe(false);
  });

  it('the same records exported today give the same bytes', async () => {
    const opts = { now: Date.UTC(2026, 10, 23, 9, 0, 0), utcOffsetMinutes: 480, app: { name: 'Parley', version: '0.1.0' } };
    const again = await exportJson([cmbBundle(), plainBundle(), plainBundle('sess-en-3', T0 + 2 * 86_400_000)], opts);
    expect(again.content).toBe(frozenText);
  });

  it('hash-derived ids are unchanged', () => {
    for (const [sessionId, expected] of Object.entries(ids.shortId)) expect(shortId(sessionId)).toBe(expected);
    expect(followUpId('sess-cmb-1', 'm4', 'callback', 20417)).toBe(ids.followUpId['sess-cmb-1|m4|callback|20417']);
  });
});
