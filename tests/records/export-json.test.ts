import { describe, expect, it } from 'vitest';
import { buildExport, exportJson, serializeExport } from '../../lib/records/export/json';
import { bankSlug, sessionFilename } from '../../lib/records/export/filename';
import { parseImport } from '../../lib/records/import/parse';
import { exportFileSchema } from '../../lib/records/import/schema';
import { bigBundle, cmbBundle, cmbFollowUps, cmbMessages, cmbSession, plainBundle, T0 } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const opts = { now: NOW, utcOffsetMinutes: 480, app: { name: 'Parley', version: '9.9.9' } };

describe('JSON export (parley.export/1)', () => {
  it('writes the documented envelope with UTC ISO times and a hash per message', async () => {
    const file = await buildExport([cmbBundle()], opts);
    expect(file.format).toBe('parley.export');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(file.app).toEqual({ name: 'Parley', version: '9.9.9' });
    const entry = file.sessions[0]!;
    expect(entry.session.startedAt).toBe('2026-11-23T06:00:00.000Z');
    expect(entry.messages.map((m) => m.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(entry.messages.every((m) => /^[0-9a-f]{64}$/.test(m.hash ?? ''))).toBe(true);
    expect(entry.digest).toBe(entry.messages[9]!.hash);
    expect(entry.followUps.map((f) => f.dueAt)).toEqual(['2026-11-25T15:59:59.999Z', '2026-11-26T15:59:59.999Z']);
    expect(file.manifest).toMatchObject({ sessionCount: 1, messageCount: 10, sessions: [{ id: 'sess-cmb-1', messageCount: 10, digest: entry.digest }] });
    expect(exportFileSchema.safeParse(file).success).toBe(true);
  });

  it('never exports the tab id', async () => {
    const b = cmbBundle();
    b.session.tabId = 42;
    const text = serializeExport(await buildExport([b], opts));
    expect(text).not.toContain('tabId');
  });

  it('is deterministic whatever order the store returned rows in', async () => {
    const a = cmbBundle();
    const b = { ...cmbBundle(), messages: [...cmbMessages()].reverse(), followUps: [...cmbFollowUps()].reverse() };
    const fa = serializeExport(await buildExport([a, plainBundle()], opts));
    const fb = serializeExport(await buildExport([plainBundle(), b], opts));
    expect(fb).toBe(fa);
  });

  it('an archive lists every session with its digest and message count, and one archive digest', async () => {
    const file = await buildExport([plainBundle(), cmbBundle(), plainBundle('sess-en-3', T0 + 2 * 86_400_000)], opts);
    expect(file.manifest.sessions.map((s) => [s.id, s.messageCount])).toEqual([
      ['sess-cmb-1', 10],
      ['sess-en-2', 3],
      ['sess-en-3', 3],
    ]);
    expect(file.manifest.sessionCount).toBe(3);
    expect(file.manifest.messageCount).toBe(16);
    expect(file.manifest.archiveDigest).toMatch(/^[0-9a-f]{64}$/);
    const other = await buildExport([plainBundle(), cmbBundle()], opts);
    expect(other.manifest.archiveDigest).not.toBe(file.manifest.archiveDigest);
  });

  it('refuses a bundle whose messages belong to another session', async () => {
    const b = cmbBundle();
    b.messages[2] = { ...b.messages[2]!, sessionId: 'other' };
    await expect(buildExport([b], opts)).rejects.toThrow(/belongs to session other/);
  });

  it('names files by local date, bank and a short id', async () => {
    const single = await exportJson([cmbBundle()], opts);
    expect(single.filename).toMatch(/^parley_2026-11-23_cmb_[0-9a-f]{8}\.json$/);
    expect(single.mime).toBe('application/json');
    const all = await exportJson([cmbBundle(), plainBundle()], opts);
    expect(all.filename).toBe('parley_2026-11-23_all_2-sessions.json');
    // 23:30 UTC on the 22nd is already the 23rd in Beijing.
    const late = cmbSession({ startedAt: Date.UTC(2026, 10, 22, 23, 30) });
    expect(sessionFilename(late, 'md', { utcOffsetMinutes: 480 })).toMatch(/^parley_2026-11-23_/);
    expect(sessionFilename(late, 'md', { utcOffsetMinutes: 0 })).toMatch(/^parley_2026-11-22_/);
  });

  it.each([
    [{ bankName: '中国工商银行', siteId: 'x' }, 'icbc'],
    [{ bankName: '中国银行', siteId: 'x' }, 'boc'],
    [{ bankName: 'Barclays UK', siteId: 'x' }, 'barclays-uk'],
    [{ bankName: '某某农商行', siteId: 'rcb-site' }, 'rcb-site'],
    [{ siteId: '../../etc' }, 'etc'],
    [{ siteId: '' }, 'unknown'],
  ])('bank slug of %j is %s', (s, slug) => {
    expect(bankSlug(s)).toBe(slug);
  });
});

describe('round trip', () => {
  it('export → parseImport gives back identical records', async () => {
    const bundles = [cmbBundle(), plainBundle()];
    const text = serializeExport(await buildExport(bundles, opts));
    const r = await parseImport(text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.kind).toBe('export');
    expect(r.data.exportedAt).toBe(NOW);
    expect(r.data.warnings).toEqual([]);
    expect(r.data.integrity?.ok).toBe(true);
    expect(r.data.sessions).toStrictEqual(bundles.map((b) => b.session));
    expect(r.data.messages).toStrictEqual(bundles.flatMap((b) => b.messages));
    expect(r.data.followUps).toStrictEqual(cmbFollowUps().sort((a, b) => a.dueAt - b.dueAt));
  });

  it('survives a second round trip byte for byte', async () => {
    const first = serializeExport(await buildExport([cmbBundle()], opts));
    const r = await parseImport(first);
    if (!r.ok) throw new Error(r.error.message.en);
    const bundle = { session: r.data.sessions[0]!, messages: r.data.messages, followUps: r.data.followUps };
    expect(serializeExport(await buildExport([bundle], opts))).toBe(first);
  });

  it('keeps a 2,000-message session intact', async () => {
    const big = bigBundle(2000);
    const r = await parseImport(serializeExport(await buildExport([big], opts)));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.messages).toStrictEqual(big.messages);
    expect(r.data.integrity?.ok).toBe(true);
  });
});
