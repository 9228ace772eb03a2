import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import type { ExportFile } from '../../lib/records/format';
import { parseImport } from '../../lib/records/import/parse';
import { planImport } from '../../lib/records/import/plan';
import { cmbBundle, cmbFollowUps, cmbMessages, cmbSession, plainBundle } from './fixtures';

const opts = { now: Date.UTC(2026, 10, 23, 9), utcOffsetMinutes: 480 };
const valid = async (): Promise<ExportFile> => JSON.parse(serializeExport(await buildExport([cmbBundle()], opts)));

async function errorOf(input: unknown, o?: Parameters<typeof parseImport>[1]) {
  const r = await parseImport(input, o);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

function backup(tables: Record<string, unknown>) {
  return JSON.stringify({ format: 'parley.backup', version: 1, exportedAt: '2026-11-23T09:00:00.000Z', tables });
}

describe('parseImport errors name the problem', () => {
  it('a wrong role, with its path and both languages', async () => {
    const file = await valid();
    (file.sessions[0]!.messages[3] as { role: string }).role = 'manager';
    const e = await errorOf(JSON.stringify(file));
    expect(e.code).toBe('invalid-field');
    expect(e.path).toBe('sessions[0].messages[3].role');
    expect(e.message.en).toBe('sessions[0].messages[3].role: expected one of customer|agent|bot|system');
    expect(e.message.zh).toContain('customer|agent|bot|system');
  });

  it.each([
    ['seq as a string', (f: ExportFile) => ((f.sessions[0]!.messages[1] as { seq: unknown }).seq = '1'), 'sessions[0].messages[1].seq', /expected number, got string/],
    ['missing text', (f: ExportFile) => delete (f.sessions[0]!.messages[2] as { text?: string }).text, 'sessions[0].messages[2].text', /required string is missing/],
    ['a local time', (f: ExportFile) => (f.sessions[0]!.messages[0]!.at = '2026-11-23 14:00'), 'sessions[0].messages[0].at', /UTC ISO-8601/],
    ['a bad hash', (f: ExportFile) => (f.sessions[0]!.messages[0]!.hash = 'xyz'), 'sessions[0].messages[0].hash', /hex/],
    ['an unknown channel', (f: ExportFile) => ((f.sessions[0]!.session as { channel: string }).channel = 'fax'), 'sessions[0].session.channel', /web-chat\|phone/],
    ['a negative seq', (f: ExportFile) => (f.sessions[0]!.messages[0]!.seq = -1), 'sessions[0].messages[0].seq', /too small/],
    ['an impossible deadline', (f: ExportFile) => (f.sessions[0]!.session.agreedTerms!.deadline = '2026-02-30'), 'sessions[0].session.agreedTerms.deadline', /real date/],
    ['follow-up done as a string', (f: ExportFile) => ((f.sessions[0]!.followUps[0] as { done: unknown }).done = 'no'), 'sessions[0].followUps[0].done', /expected boolean/],
  ])('%s', async (_n, mutate, path, pattern) => {
    const file = await valid();
    mutate(file);
    const e = await errorOf(JSON.stringify(file));
    expect(e.code).toBe('invalid-field');
    expect(e.path).toBe(path);
    expect(e.message.en).toMatch(pattern);
  });

  it.each([
    [42, 'not-text'],
    ['', 'invalid-json'],
    ['{"format":', 'invalid-json'],
    ['[1,2]', 'not-an-object'],
    ['null', 'not-an-object'],
    ['{"format":"other.tool","version":1}', 'unknown-format'],
    ['{"version":1}', 'unknown-format'],
    ['{"format":"parley.export","version":2}', 'unsupported-version'],
    ['{"format":"parley.export","version":"1"}', 'unsupported-version'],
    ['{"format":"parley.export","version":1,"__proto__":{"polluted":true}}', 'forbidden-key'],
    ['{"format":"parley.export","version":1,"sessions":[{"constructor":{"prototype":{}}}]}', 'forbidden-key'],
  ])('%j → %s', async (input, code) => {
    expect((await errorOf(input)).code).toBe(code);
  });

  it('reports the path of a forbidden key', async () => {
    const e = await errorOf('{"format":"parley.backup","version":1,"tables":{"profile":[{"a":{"__proto__":{"x":1}}}]}}');
    expect(e).toMatchObject({ code: 'forbidden-key', path: 'tables.profile[0].a' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses input over the size limit before parsing it', async () => {
    const text = serializeExport(await buildExport([cmbBundle()], opts));
    expect((await errorOf(text, { maxChars: text.length - 1 })).code).toBe('too-large');
    expect((await parseImport(text, { maxChars: text.length })).ok).toBe(true);
  });

  it('refuses a real 50 MiB+ input', async () => {
    expect((await errorOf(`"${'x'.repeat(50 * 1024 * 1024)}"`)).code).toBe('too-large');
  });

  it('refuses deep nesting without recursing into it', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect((await errorOf(deep)).code).toBe('too-deep');
    // Brackets inside strings do not count.
    const file = await valid();
    file.sessions[0]!.messages[0]!.text = '['.repeat(500);
    const r = await parseImport(JSON.stringify(file));
    expect(r.ok).toBe(true);
  });

  it('accepts a UTF-8 BOM', async () => {
    expect((await parseImport(`\uFEFF${serializeExport(await buildExport([cmbBundle()], opts))}`)).ok).toBe(true);
  });

  it('refuses duplicate ids and clashing positions', async () => {
    const dupId = await valid();
    dupId.sessions[0]!.messages[4]!.id = 'm3';
    expect(await errorOf(JSON.stringify(dupId))).toMatchObject({ code: 'duplicate-id', path: 'sessions[0].messages[4].id' });
    const dupSeq = await valid();
    dupSeq.sessions[0]!.messages[4]!.seq = 3;
    expect(await errorOf(JSON.stringify(dupSeq))).toMatchObject({ code: 'inconsistent', path: 'sessions[0].messages[4].seq' });
    const moved = await valid();
    moved.sessions[0]!.messages[2]!.sessionId = 'elsewhere';
    expect(await errorOf(JSON.stringify(moved))).toMatchObject({ code: 'inconsistent', path: 'sessions[0].messages[2].sessionId' });
    const twice = JSON.parse(serializeExport(await buildExport([cmbBundle()], opts)));
    twice.sessions.push(twice.sessions[0]);
    expect(await errorOf(JSON.stringify(twice))).toMatchObject({ code: 'duplicate-id', path: 'sessions[1].session.id' });
  });

  it('drops unknown fields of an export instead of carrying them into the store', async () => {
    const file = await valid();
    (file.sessions[0]!.session as Record<string, unknown>).isAdmin = true;
    const r = await parseImport(JSON.stringify(file));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.sessions[0]).not.toHaveProperty('isAdmin');
  });
});

describe('parseImport keeps what an offer means', () => {
  it('keeps a settlement stated as a share of the principal, and its verified digest', async () => {
    const settlement = { kind: 'settlement' as const, currency: 'CNY' as const, settlementRatio: 0.7, settlementBase: 'principal' as const, settlementAmount: 2_520_000 };
    const bundle = { ...cmbBundle(), session: cmbSession({ offers: [settlement], agreedTerms: { ...settlement, confirmed: true } }) };
    const r = await parseImport(serializeExport(await buildExport([bundle], opts)));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.sessions[0]!.offers![0]).toMatchObject({ settlementRatio: 0.7, settlementBase: 'principal' });
    expect(r.data.sessions[0]!.agreedTerms).toMatchObject({ settlementBase: 'principal', confirmed: true });
  });
});

describe('parseImport of a full backup (parley.backup/1)', () => {
  it('returns rows as stored, keeps fields a later schema adds, and hands back the other tables', async () => {
    const session = { ...cmbSession(), tabId: 7, futureField: 'kept' };
    const r = await parseImport(
      backup({
        sessions: [session],
        messages: cmbMessages(),
        followUps: cmbFollowUps(),
        userPhrases: [{ id: 'p1', text: '我想申请分期' }],
        profile: [{ id: 'me', income: 800000 }],
        settings: [{ key: 'lang', value: 'zh' }],
      }),
    );
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.kind).toBe('backup');
    expect(r.data.sessions).toStrictEqual([session]);
    expect(r.data.messages).toStrictEqual(cmbMessages());
    expect(r.data.otherTables).toEqual({
      userPhrases: [{ id: 'p1', text: '我想申请分期' }],
      profile: [{ id: 'me', income: 800000 }],
      settings: [{ key: 'lang', value: 'zh' }],
    });
    expect(r.data.integrity).toBeUndefined();
  });

  it('names a bad row by table and index', async () => {
    const msgs = cmbMessages();
    (msgs[2] as { at: unknown }).at = '2026-11-23T06:02:00.000Z';
    expect(await errorOf(backup({ sessions: [cmbSession()], messages: msgs }))).toMatchObject({
      code: 'invalid-field',
      path: 'tables.messages[2].at',
    });
  });

  it('refuses a message whose session is not in the backup', async () => {
    expect(await errorOf(backup({ sessions: [], messages: cmbMessages() }))).toMatchObject({ code: 'inconsistent', path: 'tables.messages[0].sessionId' });
  });

  it('refuses rows of other tables that are not objects', async () => {
    expect(await errorOf(backup({ sessions: [], messages: [], settings: ['lang=zh'] }))).toMatchObject({ code: 'invalid-field', path: 'tables.settings[0]' });
  });
});

describe('planImport', () => {
  it('adds what is new and skips what exists, so a second import adds nothing', async () => {
    const r = await parseImport(serializeExport(await buildExport([cmbBundle(), plainBundle()], opts)));
    if (!r.ok) throw new Error(r.error.message.en);
    const first = planImport(r.data, { sessionIds: new Set(), messageIds: new Set() });
    expect(first.sessions.add).toHaveLength(2);
    expect(first.messages.add).toHaveLength(13);
    expect(first.followUps.add).toHaveLength(2);
    const stored = {
      sessionIds: new Set(first.sessions.add.map((s) => s.id)),
      messageIds: new Set(first.messages.add.map((m) => m.id)),
      followUpIds: new Set(first.followUps.add.map((f) => f.id)),
    };
    const second = planImport(r.data, stored);
    expect(second.sessions.add).toEqual([]);
    expect(second.messages.add).toEqual([]);
    expect(second.followUps.add).toEqual([]);
    expect(second.sessions.skip).toEqual(['sess-cmb-1', 'sess-en-2']);
    expect(second.messages.skip).toHaveLength(13);
  });

  it('adds the missing messages of an existing session and reports a clash of positions', () => {
    const messages = cmbMessages();
    const plan = planImport(
      { sessions: [cmbSession()], messages, followUps: [] },
      {
        sessionIds: new Set(['sess-cmb-1']),
        messageIds: new Set(['m0', 'm1', 'm2']),
        messageSeqs: new Set(['sess-cmb-1\u00000', 'sess-cmb-1\u00001', 'sess-cmb-1\u00002', 'sess-cmb-1\u00003']),
      },
    );
    expect(plan.sessions.skip).toEqual(['sess-cmb-1']);
    expect(plan.messages.skip).toEqual(['m0', 'm1', 'm2']);
    expect(plan.messages.conflicts).toEqual([{ id: 'm3', sessionId: 'sess-cmb-1', seq: 3 }]);
    expect(plan.messages.add.map((m) => m.id)).toEqual(['m4', 'm5', 'm6', 'm7', 'm8', 'm9']);
  });
});
