import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../lib/records/format';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import { Chain } from '../../lib/records/integrity/chain';
import { toHex } from '../../lib/records/integrity/hash';
import { verifyExport } from '../../lib/records/integrity/verify-export';
import { parseImport } from '../../lib/records/import/parse';
import { cmbBundle, plainBundle } from './fixtures';

const opts = { now: Date.UTC(2026, 10, 23, 9), utcOffsetMinutes: 480 };

async function fresh(): Promise<ExportFile> {
  return buildExport([cmbBundle(), plainBundle()], opts);
}

async function check(file: ExportFile, noted?: string[]) {
  const r = await verifyExport(JSON.parse(JSON.stringify(file)), { notedDigests: noted });
  if (!r.valid) throw new Error(`not valid: ${r.error.message.en}`);
  return r;
}

describe('verifyExport', () => {
  it('passes an untouched export, as text or as an object', async () => {
    const file = await fresh();
    expect((await check(file)).ok).toBe(true);
    const fromText = await verifyExport(serializeExport(file));
    expect(fromText.valid && fromText.ok).toBe(true);
  });

  it('text changed: names the message', async () => {
    const file = await fresh();
    file.sessions[0]!.messages[3]!.text = '月手续费率0.5%';
    const r = await check(file);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.first).toMatchObject({ kind: 'changed', sessionId: 'sess-cmb-1', messageIndex: 3, seq: 3, messageId: 'm3' });
    expect(r.first!.message.en).toContain('message #3');
    expect(r.first!.message.zh).toContain('第 3 条消息');
  });

  it.each([
    ['role', (m: Record<string, unknown>) => (m.role = 'bot')],
    ['time', (m: Record<string, unknown>) => (m.at = '2026-11-23T06:05:00.001Z')],
    ['author', (m: Record<string, unknown>) => (m.author = '小李')],
    ['shown time', (m: Record<string, unknown>) => (m.shownTime = '15:00')],
  ])('%s changed is caught', async (_name, mutate) => {
    const file = await fresh();
    mutate(file.sessions[0]!.messages[6] as unknown as Record<string, unknown>);
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'changed', seq: 6 });
  });

  it('message removed in the middle: names the missing seq', async () => {
    const file = await fresh();
    file.sessions[0]!.messages.splice(4, 1);
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'removed', sessionId: 'sess-cmb-1', messageIndex: 4, seq: 5 });
    expect(r.first!.message.en).toContain('message #4');
  });

  it('messages removed at the end: the manifest count tells', async () => {
    const file = await fresh();
    file.sessions[0]!.messages.splice(8, 2);
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'removed', sessionId: 'sess-cmb-1', seq: 8 });
    expect(r.first!.message.en).toContain('#8–9');
  });

  it('message inserted with a copied seq: flagged as added, the rest still verifies', async () => {
    const file = await fresh();
    const msgs = file.sessions[0]!.messages;
    msgs.splice(5, 0, { ...msgs[4]!, id: 'forged', text: '银行同意减免全部利息' });
    const r = await check(file);
    expect(r.problems.filter((p) => p.sessionId === 'sess-cmb-1' && p.messageIndex !== undefined)).toEqual([
      expect.objectContaining({ kind: 'added', messageIndex: 5, messageId: 'forged' }),
    ]);
  });

  it('message inserted with renumbering: flagged as added at its place', async () => {
    const file = await fresh();
    const msgs = file.sessions[0]!.messages;
    const forged = { ...msgs[5]!, id: 'forged', text: '银行同意减免全部利息' };
    for (const m of msgs.slice(5)) m.seq += 1;
    msgs.splice(5, 0, forged);
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'added', messageIndex: 5, messageId: 'forged' });
  });

  it('message appended without a hash: added', async () => {
    const file = await fresh();
    const msgs = file.sessions[1]!.messages;
    const { hash: _drop, ...last } = msgs[2]!;
    msgs.push({ ...last, id: 'tail', seq: 3, text: 'We agree to waive everything.' });
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'added', sessionId: 'sess-en-2', messageIndex: 3, messageId: 'tail' });
  });

  it('messages appended with a recomputed chain: the recorded digest still marks where the export ended', async () => {
    const file = await fresh();
    const entry = file.sessions[1]!;
    const chain = new Chain();
    const extra = { id: 'tail', sessionId: 'sess-en-2', seq: 3, role: 'agent' as const, text: 'All fees waived.', at: entry.messages[2]!.at };
    const prev = new Uint8Array(entry.messages[2]!.hash!.match(/../g)!.map((h) => parseInt(h, 16)));
    entry.messages.push({ ...extra, hash: toHex(await chain.link(prev, extra)) });
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'added', sessionId: 'sess-en-2', seq: 3, messageId: 'tail' });
  });

  it('messages reordered: flagged as reordered at the first moved message', async () => {
    const file = await fresh();
    const msgs = file.sessions[0]!.messages;
    [msgs[2], msgs[3]] = [msgs[3]!, msgs[2]!];
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'reordered', messageIndex: 2, seq: 3 });
    expect(r.problems.every((p) => p.kind === 'reordered')).toBe(true);
  });

  it('header changed: start time moved', async () => {
    const file = await fresh();
    file.sessions[0]!.session.startedAt = '2026-11-20T06:00:00.000Z';
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'header-changed', sessionId: 'sess-cmb-1' });
    // The messages themselves still chain to the recorded header hash.
    expect(r.problems.some((p) => p.messageIndex !== undefined)).toBe(false);
  });

  it('session digest changed', async () => {
    const file = await fresh();
    file.sessions[1]!.digest = 'f'.repeat(64);
    const r = await check(file);
    expect(r.first).toMatchObject({ kind: 'digest-mismatch', sessionId: 'sess-en-2' });
    expect(r.problems.map((p) => p.kind)).toContain('manifest-mismatch');
  });

  it('manifest digest changed', async () => {
    const file = await fresh();
    file.manifest.sessions[0]!.digest = '0'.repeat(64);
    const r = await check(file);
    expect(r.first?.kind).toBe('manifest-mismatch');
  });

  it('archive digest changed', async () => {
    const file = await fresh();
    file.manifest.archiveDigest = '1'.repeat(64);
    const r = await check(file);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'manifest-mismatch' })]);
  });

  it('a whole session removed from an archive', async () => {
    const file = await fresh();
    file.sessions.splice(1, 1);
    const r = await check(file);
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'removed', sessionId: 'sess-en-2' }));
  });

  it('annotations changed are reported separately from the transcript', async () => {
    const file = await fresh();
    file.sessions[0]!.session.notes = '银行已同意';
    const r = await check(file);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'annotations-changed', sessionId: 'sess-cmb-1' })]);
  });

  it('a file without any hashes is unsealed, not silently fine', async () => {
    const file = await fresh();
    const s = file.sessions[1]!;
    delete s.digest;
    delete s.headerHash;
    for (const m of s.messages) delete m.hash;
    const r = await check(file);
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'unsealed', sessionId: 'sess-en-2' }));
  });

  it('a forger who recomputes every hash passes the self-check but not the digest the user noted', async () => {
    const original = await fresh();
    const noted = original.sessions[0]!.digest!;
    const b = cmbBundle();
    b.messages[3] = { ...b.messages[3]!, text: '月手续费率0.1%' };
    const forged = await buildExport([b, plainBundle()], opts);
    const self = await check(forged);
    expect(self.ok).toBe(true);
    const withNote = await check(forged, [noted]);
    expect(withNote.ok).toBe(false);
    expect(withNote.first?.kind).toBe('noted-digest-mismatch');
    const honest = await check(original, [noted.slice(0, 16).replace(/(.{4})/g, '$1 ').toUpperCase()]);
    expect(honest.ok).toBe(true);
    expect(honest.noted[0]).toMatchObject({ matched: true, sessionId: 'sess-cmb-1' });
    const archive = await check(original, [original.manifest.archiveDigest]);
    expect(archive.noted[0]).toMatchObject({ matched: true, archive: true });
  });

  it('a noted value too short to be a digest never matches', async () => {
    const file = await fresh();
    const r = await check(file, [file.sessions[0]!.digest!.slice(0, 8)]);
    expect(r.first?.kind).toBe('noted-digest-mismatch');
  });

  it('reports an unreadable file as invalid rather than tampered', async () => {
    const r = await verifyExport('{"format":"parley.export","version":1');
    expect(r).toMatchObject({ valid: false, ok: false, error: { code: 'invalid-json' } });
  });

  it('parseImport imports a tampered file but warns where', async () => {
    const file = await fresh();
    file.sessions[0]!.messages[3]!.text = 'edited';
    const r = await parseImport(JSON.stringify(file));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.warnings).toEqual([expect.objectContaining({ code: 'integrity', kind: 'changed', path: 'sessions[0].messages[3]' })]);
  });
});
