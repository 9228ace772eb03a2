import { describe, expect, it } from 'vitest';
import { restoreFile } from '../../lib/db/backup';
import { debtsForExport } from '../../lib/debts/format';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import { verifyExport } from '../../lib/records/integrity/verify-export';
import { parseImport } from '../../lib/records/import/parse';
import { DEBTS, freshDb } from '../db/backup-fixtures';
import { cmbBundle, plainBundle } from '../records/fixtures';

const opts = { now: Date.UTC(2026, 10, 23, 9), utcOffsetMinutes: 480 };

describe('debts in exports', () => {
  it('an export of one record carries the debts that list it; an export of everything carries every debt', () => {
    expect(debtsForExport(DEBTS, ['sess-cmb-1'], false).map((d) => d.id)).toEqual(['debt-cmb']);
    expect(debtsForExport(DEBTS, ['nothing'], false)).toEqual([]);
    expect(debtsForExport(DEBTS, [], true).map((d) => d.id)).toEqual(['debt-cmb', 'debt-huabei']);
  });

  it('writes them with UTC ISO times, reads them back exactly, and the record still verifies', async () => {
    const text = serializeExport(await buildExport([cmbBundle()], { ...opts, debts: DEBTS }));
    const file = JSON.parse(text) as { debts: { createdAt: string; id: string }[] };
    expect(file.debts.map((d) => d.id)).toEqual(['debt-cmb', 'debt-huabei']);
    expect(file.debts[0]!.createdAt).toBe('2026-11-23T06:00:00.000Z');
    expect((await verifyExport(text)).ok).toBe(true);
    const parsed = await parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(parsed.data.debts).toEqual(DEBTS);
  });

  it('an export without debts (every file written before) reads as before, with no debts', async () => {
    const text = serializeExport(await buildExport([plainBundle()], opts));
    expect(JSON.parse(text)).not.toHaveProperty('debts');
    const parsed = await parseImport(text);
    expect(parsed.ok && parsed.data.debts).toEqual([]);
  });

  it.each([
    ['a negative balance', (d: Record<string, unknown>) => (d.principal = -5), 'debts[0].principal', /too small/],
    ['an unknown status', (d: Record<string, unknown>) => (d.status = 'forgiven'), 'debts[0].status', /not-contacted\|negotiating/],
    ['a local time', (d: Record<string, unknown>) => (d.createdAt = '2026-11-23 14:00'), 'debts[0].createdAt', /UTC ISO-8601/],
    ['a typed plan with a month 13', (d: Record<string, unknown>) => (d.agreed = { from: 'typed', offer: { kind: 'installment' }, firstDue: '2026-13' }), 'debts[0].agreed.firstDue', /YYYY-MM/],
    ['an agreed plan with an unknown kind', (d: Record<string, unknown>) => (d.agreed = { from: 'typed', offer: { kind: 'gift' }, firstDue: '2026-12' }), 'debts[0].agreed.offer.kind', /installment/],
    ['a daily rate of 5 %', (d: Record<string, unknown>) => (d.rate = { value: 0.05, per: 'day' }), 'debts[0].rate', /at most 0.01 a day/],
    ['a record listed twice', (d: Record<string, unknown>) => (d.recordIds = ['a', 'a']), 'debts[0].recordIds', /each record once/],
  ])('refuses %s, naming where', async (_name, spoil, path, message) => {
    const file = JSON.parse(serializeExport(await buildExport([cmbBundle()], { ...opts, debts: DEBTS }))) as { debts: Record<string, unknown>[] };
    spoil(file.debts[0]!);
    const r = await parseImport(JSON.stringify(file));
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.path).toBe(path);
    expect(r.error.message.en).toMatch(message);
  });

  it('refuses two debts with one id', async () => {
    const file = JSON.parse(serializeExport(await buildExport([cmbBundle()], { ...opts, debts: DEBTS }))) as { debts: Record<string, unknown>[] };
    file.debts[1]!.id = file.debts[0]!.id;
    const r = await parseImport(JSON.stringify(file));
    expect(!r.ok && r.error.code).toBe('duplicate-id');
  });

  it('importing an export adds its debts once, never overwriting one already here', async () => {
    const db = freshDb('debts-import');
    const text = serializeExport(await buildExport([cmbBundle()], { ...opts, debts: DEBTS }));
    await db.debts.add({ ...DEBTS[0]!, creditorName: 'edited here' });
    const r = await restoreFile(db, text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect([r.added.debts, r.skipped.debts]).toEqual([1, 1]);
    expect((await db.debts.get('debt-cmb'))!.creditorName).toBe('edited here');
    expect(await db.debts.get('debt-huabei')).toEqual(DEBTS[1]);
    const again = await restoreFile(db, text);
    expect(again.ok && again.added.debts).toBe(0);
    db.close();
  });

  it('a backup with a bad debt row is refused whole, and nothing is written', async () => {
    const db = freshDb('debts-bad-backup');
    const backup = {
      format: 'parley.backup',
      version: 1,
      exportedAt: '2026-11-23T09:00:00.000Z',
      tables: { sessions: [cmbBundle().session], messages: cmbBundle().messages, debts: [{ ...DEBTS[0]!, currency: 'JPY' }] },
    };
    const r = await restoreFile(db, JSON.stringify(backup));
    expect(!r.ok && r.error.path).toBe('tables.debts[0].currency');
    expect(await db.sessions.count()).toBe(0);
    db.close();
  });
});

describe('the Records tab’s exports', () => {
  it('a JSON export carries the debts it is given; Markdown, HTML and CSV do not name them', async () => {
    const { recordFiles } = await import('../../lib/ui/records/exports');
    const base = { lang: 'en' as const, utcOffsetMinutes: 480, now: opts.now, debts: DEBTS.slice(0, 1) };
    const [json] = await recordFiles('json', [cmbBundle()], base);
    expect((JSON.parse(json!.content) as { debts: { id: string }[] }).debts.map((d) => d.id)).toEqual(['debt-cmb']);
    for (const format of ['markdown', 'html', 'csv'] as const) {
      const [file] = await recordFiles(format, [cmbBundle()], base);
      expect(file!.content).not.toContain('debt-cmb');
    }
  });
});
