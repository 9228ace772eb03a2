import { describe, expect, it } from 'vitest';
import { openParleyDB } from '../../lib/db/database';
import { manualRecord, saveManualEntry } from '../../lib/db/manual-entry';
import { loadAllBundles, loadBundle, recordSummaries, replacePlanFollowUps, sameTranscript, updateRecord } from '../../lib/db/records-queries';
import type { Offer } from '../../lib/negotiate/types';
import { extractFromTranscript } from '../../lib/records/extract/transcript';
import { verifyExport } from '../../lib/records/integrity/verify-export';
import { endOfLocalDay, parseDay } from '../../lib/records/time';
import type { FollowUp, SessionBundle } from '../../lib/records/types';
import { addMonths, agreedSchedule, knownFirstDue, planFollowUps, proposedFirstDue, saidFirstDue, scheduleRows, storedFirstDue } from '../../lib/ui/records/agreed-plan';
import { recordFiles, scheduleIcsFile, withSchedule } from '../../lib/ui/records/exports';
import { offersStated } from '../../lib/ui/offers-stated';
import { recordOffers, sameOffer, termsOnly } from '../../lib/ui/records/offers';
import { parseRecordPageQuery, recordPagePath } from '../../lib/ui/records/record-page';
import { acceptSuggestion, pendingSuggestions, referenceKey } from '../../lib/ui/records/suggestions';
import { EMPTY_TERMS_FORM, termsFromForm } from '../../lib/ui/records/terms-form';
import { cmbBundle, plainBundle, T0 } from '../records/fixtures';

const CN = 480;
const day = (iso: string) => parseDay(iso)!;
let n = 0;
const freshDb = () => openParleyDB(`records-lib-${++n}-${Math.random()}`);

const installment: Offer = { kind: 'installment', currency: 'CNY', periods: 3, monthlyFeeRate: 0.006, amount: 300_000 };

describe('suggestions', () => {
  const messages = cmbBundle().messages;
  const found = extractFromTranscript(messages, { sessionId: 'sess-cmb-1', utcOffsetMinutes: CN });

  it('proposes only what the record does not hold, and nothing dismissed', () => {
    const empty = pendingSuggestions({}, [], found, new Set());
    expect(empty.map((s) => s.kind).sort()).toEqual(['agent', 'date', 'date', 'followUp', 'followUp', 'reference']);
    const ref = empty.find((s) => s.kind === 'reference')!;
    expect(pendingSuggestions({}, [], found, new Set([ref.key])).some((s) => s.kind === 'reference')).toBe(false);
    const held = pendingSuggestions(
      { references: [{ kind: 'other', value: '202611230001', confirmed: false }], agents: [{ name: '小王', id: '8823' }], datesMentioned: found.datesMentioned },
      found.followUps,
      found,
      new Set(),
    );
    expect(held).toEqual([]);
  });

  it('proposes the registry bank name until the record names a bank, or the user says no', () => {
    expect(pendingSuggestions({}, [], found, new Set(), '招商银行')[0]).toEqual({ key: 'bank:招商银行', kind: 'bank', bankName: '招商银行' });
    expect(acceptSuggestion({}, pendingSuggestions({}, [], found, new Set(), '招商银行')[0]!).patch).toEqual({ bankName: '招商银行' });
    expect(pendingSuggestions({ bankName: '招行' }, [], found, new Set(), '招商银行').some((s) => s.kind === 'bank')).toBe(false);
    expect(pendingSuggestions({}, [], found, new Set(['bank:招商银行']), '招商银行').some((s) => s.kind === 'bank')).toBe(false);
  });

  it('an agent known by name alone is still proposed when the transcript adds the staff id', () => {
    const s = pendingSuggestions({ agents: [{ name: '小王' }] }, [], found, new Set()).find((x) => x.kind === 'agent');
    expect(s).toBeDefined();
    expect(acceptSuggestion({ agents: [{ name: '小王' }] }, s!).patch.agents).toEqual([{ name: '小王', id: '8823' }]);
  });

  it('confirming a reference stores it as checked; a follow-up comes back to be stored', () => {
    const all = pendingSuggestions({}, [], found, new Set());
    const ref = all.find((s) => s.kind === 'reference')!;
    expect(ref.key).toBe(referenceKey({ value: '202611230001' }));
    expect(acceptSuggestion({}, ref).patch.references).toEqual([{ kind: 'ticket', value: '202611230001', confirmed: true, sourceMessageId: 'm5' }]);
    const fu = all.find((s) => s.kind === 'followUp')!;
    expect(acceptSuggestion({}, fu)).toEqual({ patch: {}, followUp: found.followUps[0] });
  });
});

describe('agreed plan', () => {
  it('adds months keeping the day, or the month end', () => {
    expect([1, 2, 3, 12].map((m) => addMonths(day('2027-01-31'), m))).toEqual([day('2027-02-28'), day('2027-03-31'), day('2027-04-30'), day('2028-01-31')]);
  });

  it('schedules terms that state the principal even without the user figures', () => {
    const s = agreedSchedule(installment, undefined)!;
    expect(s.payments.map((p) => p.total)).toEqual([101_800, 101_800, 101_800]);
    expect(agreedSchedule({ kind: 'installment', periods: 12 }, undefined)).toBeUndefined();
  });

  it('dates each payment a month apart from the first due date, and makes one reminder each', () => {
    const rows = scheduleRows(agreedSchedule(installment, undefined)!, '2026-12-25');
    expect(rows.map((r) => r.dueDate)).toEqual(['2026-12-25', '2027-01-25', '2027-02-25']);
    const fus = planFollowUps('s1', rows, CN, (r, i, total) => `${i + 1}/${total} ${r.total}`);
    expect(fus.map((f) => [f.id, f.title, f.dueAt])).toEqual([
      ['plan:s1:1', '1/3 101800', endOfLocalDay(day('2026-12-25'), CN)],
      ['plan:s1:2', '2/3 101800', endOfLocalDay(day('2027-01-25'), CN)],
      ['plan:s1:3', '3/3 101800', endOfLocalDay(day('2027-02-25'), CN)],
    ]);
    expect(storedFirstDue(fus, CN)).toBe('2026-12-25');
  });

  it('proposes the first date said about paying after the chat began, else a month later', () => {
    const start = Date.UTC(2026, 10, 23, 6);
    const texts: Record<string, string> = {
      m1: '首期还款日为12月25日，协议将在3个工作日内发送给您。',
      m2: 'Your first payment is due on December 28.',
      m3: '上月20日的还款已收到。',
    };
    const text = (id: string) => texts[id];
    const dates = [
      { date: '2026-11-26', text: '3个工作日', relative: true, sourceMessageId: 'm1' },
      { date: '2026-12-25', text: '12月25日', relative: true, sourceMessageId: 'm1' },
      { date: '2026-11-20', text: '20日', relative: true, sourceMessageId: 'm3' },
    ];
    expect(proposedFirstDue(start, dates, text, CN)).toBe('2026-12-25');
    expect(proposedFirstDue(start, [{ date: '2026-12-28', text: 'December 28', relative: false, sourceMessageId: 'm2' }], text, CN)).toBe('2026-12-28');
    expect(proposedFirstDue(start, [dates[0]!, dates[2]!], text, CN)).toBe('2026-12-23');
    expect(proposedFirstDue(start, [], text, CN)).toBe('2026-12-23');
  });

  describe('the first due date a confirmation request states', () => {
    const start = Date.UTC(2026, 10, 23, 6);
    const texts: Record<string, string> = {
      agreed: '已为您提交停息挂账分24期申请，受理编号HX20261123，首期还款日为2027年1月5日。',
      later: '协议将在3个工作日内发送给您。',
      en: 'I have submitted your plan. Your first payment is due on January 8, 2027.',
    };
    const text = (id: string) => texts[id];
    const said = { date: '2027-01-05', text: '2027年1月5日', relative: false, sourceMessageId: 'agreed' };
    const notPaying = { date: '2026-11-26', text: '3个工作日', relative: true, sourceMessageId: 'later' };
    const saidEn = { date: '2027-01-08', text: 'January 8, 2027', relative: false, sourceMessageId: 'en' };
    const reminder = (iso: string): FollowUp => ({ id: `plan:s:${iso}`, sessionId: 's', dueAt: endOfLocalDay(day(iso), CN), title: 'pay', source: 'plan', done: false });
    it.each<[string, FollowUp[], typeof said[], string | undefined]>([
      ['the reminders the person set win over what the chat said', [reminder('2027-01-10'), reminder('2027-02-10')], [said], '2027-01-10'],
      ['the agreement message’s first payment date when no reminder is set', [], [notPaying, said], '2027-01-05'],
      ['an English agreement', [], [saidEn], '2027-01-08'],
      ['a date said about something else is not a due date', [], [notPaying], undefined],
      ['nothing known: no date, never a guess', [], [], undefined],
      ['a reminder alone', [reminder('2027-03-01')], [], '2027-03-01'],
    ])('%s', (_name, followUps, dates, expected) => {
      expect(knownFirstDue(followUps, start, dates, text, CN)).toBe(expected);
    });
    it('reads the date from the agreement as the transcript extraction finds it', () => {
      const messages = [{ id: 'agreed', sessionId: 's', seq: 0, role: 'agent' as const, text: texts.agreed!, at: start + 60_000 }];
      const found = extractFromTranscript(messages, { sessionId: 's', utcOffsetMinutes: CN });
      expect(knownFirstDue([], start, found.datesMentioned, text, CN)).toBe('2027-01-05');
    });
    it('saidFirstDue gives no date where proposedFirstDue proposes a month later', () => {
      expect(saidFirstDue(start, [notPaying], text, CN)).toBeUndefined();
      expect(proposedFirstDue(start, [notPaying], text, CN)).toBe('2026-12-23');
    });
  });

  it('replacing plan reminders keeps the ones already paid and drops the rest of the old plan', async () => {
    const db = freshDb();
    const old: FollowUp[] = [1, 2, 3].map((p) => ({ id: `plan:s1:${p}`, sessionId: 's1', dueAt: p, title: `old ${p}`, source: 'plan', done: p === 1 }));
    await db.followUps.bulkAdd([...old, { id: 'u1', sessionId: 's1', dueAt: 9, title: 'mine', source: 'user', done: false }]);
    const next: FollowUp[] = [1, 2].map((p) => ({ id: `plan:s1:${p}`, sessionId: 's1', dueAt: 10 + p, title: `new ${p}`, source: 'plan', done: false }));
    await replacePlanFollowUps(db, 's1', next);
    expect((await db.followUps.toArray()).map((f) => [f.id, f.title]).sort()).toEqual([
      ['plan:s1:1', 'old 1'],
      ['plan:s1:2', 'new 2'],
      ['u1', 'mine'],
    ]);
    db.close();
  });
});

describe('offers', () => {
  it('lists stored offers, then offers parsed from bank-side messages only, each once and without spans', () => {
    const parse = (text: string) => (text.includes('24期') ? [{ ...installment, periods: 24, spans: { periods: [{ start: 0, end: 3, text: '24期' }] } }] : []);
    const messages = cmbBundle().messages.map((m) => (m.role === 'customer' ? { ...m, text: `${m.text}24期` } : m));
    const found = recordOffers([installment], messages, parse);
    expect(found.map((f) => f.offer.periods)).toEqual([3, 24]);
    expect(found[1]!.offer.spans).toBeUndefined();
    expect(found[1]!.messageId).toBe('m3');
    expect(recordOffers(undefined, messages, undefined)).toEqual([]);
  });

  it('leaves out terms a message names as bait for a scam, as the live panel does', () => {
    const at = T0;
    const messages = [
      { id: 'a1', sessionId: 's', seq: 1, role: 'agent', text: '可以为您分12期，每期手续费率0.6%。', at },
      { id: 'a2', sessionId: 's', seq: 2, role: 'agent', text: '分24期免息也可以，先把短信验证码发给我，我帮您提交。', at },
    ] as unknown as Parameters<typeof recordOffers>[1];
    const found = recordOffers(undefined, messages, offersStated, 'CNY');
    expect(found.map((f) => [f.messageId, f.offer.periods])).toEqual([['a1', 12]]);
  });

  it('compares agreed terms with offers regardless of key order and the confirmed flag', () => {
    expect(sameOffer(termsOnly({ ...installment, confirmed: true }), { amount: 300_000, periods: 3, kind: 'installment', monthlyFeeRate: 0.006, currency: 'CNY' })).toBe(true);
    expect(sameOffer(installment, { ...installment, periods: 4 })).toBe(false);
  });
});

describe('terms typed by hand', () => {
  it.each([
    [{ amount: '3,000', periods: '3', rate: '0.6' }, { ok: true, offer: { kind: 'installment', currency: 'CNY', amount: 300_000, periods: 3, monthlyFeeRate: 0.006 } }],
    [{ kind: 'amortized' as const, amount: '1.2万', rate: '6%' }, { ok: true, offer: { kind: 'amortized', currency: 'CNY', amount: 1_200_000, annualRate: 0.06 } }],
    [{ amount: 'abc' }, { ok: false, error: 'amount' }],
    [{ periods: '2.5' }, { ok: false, error: 'periods' }],
    [{ rate: '150' }, { ok: false, error: 'rate' }],
    [{}, { ok: false, error: 'empty' }],
  ])('%j', (patch, expected) => {
    expect(termsFromForm({ ...EMPTY_TERMS_FORM, ...patch }, 'CNY')).toEqual(expected);
  });
});

describe('exports with the agreed schedule', () => {
  function agreedBundle(): SessionBundle {
    const b = cmbBundle();
    b.session.agreedTerms = { ...installment, confirmed: true };
    b.followUps = [...(b.followUps ?? []), ...planFollowUps(b.session.id, scheduleRows(agreedSchedule(installment)!, '2026-12-25'), CN, () => 'pay')];
    return b;
  }

  it('attaches the dated schedule, which the printable record shows', async () => {
    const b = withSchedule(agreedBundle(), undefined, CN);
    expect(b.schedule?.map((r) => r.dueDate)).toEqual(['2026-12-25', '2027-01-25', '2027-02-25']);
    const [html] = await recordFiles('html', [agreedBundle()], { lang: 'zh', utcOffsetMinutes: CN, now: T0 });
    expect(html!.content).toContain('2027-02-25');
    expect(html!.content).toContain('¥1,018.00');
  });

  it('a JSON archive of several records verifies, and names files by date and bank', async () => {
    const [file] = await recordFiles('json', [agreedBundle(), plainBundle()], { lang: 'en', utcOffsetMinutes: CN, now: T0 });
    expect(file!.filename).toBe('parley_2026-11-23_all_2-sessions.json');
    const check = await verifyExport(file!.content);
    expect(check.valid && check.ok).toBe(true);
  });

  it('the payment calendar has one event per payment, and none until the schedule has dates', () => {
    const ics = scheduleIcsFile(agreedBundle(), '招商银行', { lang: 'zh', utcOffsetMinutes: CN, now: T0 })!;
    expect(ics.filename).toMatch(/^parley_2026-11-23_cmb_[0-9a-f]{8}_schedule\.ics$/);
    expect(ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.content).toContain('DTSTART;VALUE=DATE:20261225');
    const undated = { ...agreedBundle(), followUps: [] };
    expect(scheduleIcsFile(undated, '招商银行', { lang: 'zh', utcOffsetMinutes: CN })).toBeUndefined();
  });
});

describe('records queries and manual entries', () => {
  it('lists newest first with message counts and the next open follow-up', async () => {
    const db = freshDb();
    const a = cmbBundle();
    const b = plainBundle();
    await db.sessions.bulkAdd([a.session, b.session]);
    await db.messages.bulkAdd([...a.messages, ...b.messages]);
    await db.followUps.bulkAdd(a.followUps ?? []);
    const list = await recordSummaries(db);
    expect(list.map((s) => [s.session.id, s.messageCount, s.openFollowUps])).toEqual([
      ['sess-en-2', 3, 0],
      ['sess-cmb-1', 10, 1],
    ]);
    expect(list[1]!.nextDueAt).toBe(a.followUps![0]!.dueAt);
    expect((await loadBundle(db, 'sess-cmb-1'))?.messages.map((m) => m.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await loadAllBundles(db)).map((x) => x.messages.length).sort()).toEqual([10, 3]);
    db.close();
  });

  describe('a transcript already in hand', () => {
    it.each([
      ['the stored ids in order', ['a', 'b', 'c'], true],
      ['one message fewer (one arrived since)', ['a', 'b'], false],
      ['one message more (deleted since)', ['a', 'b', 'c', 'd'], false],
      ['the same ids in another order', ['a', 'c', 'b'], false],
      ['nothing, for an empty transcript', [], false],
    ])('%s', (_name, known, same) => {
      expect(sameTranscript(known.map((id) => ({ id })), ['a', 'b', 'c'])).toBe(same);
    });

    it('is exported as it is when it is what is stored, and read again when it is not', async () => {
      const db = freshDb();
      const a = cmbBundle();
      await db.sessions.add(a.session);
      await db.messages.bulkAdd(a.messages);
      // Marked copies show which list the bundle was built from.
      const shown = a.messages.map((m) => ({ ...m, shown: true }));
      const current = await loadBundle(db, 'sess-cmb-1', shown);
      expect(current?.messages.every((m) => 'shown' in m)).toBe(true);
      expect(current?.messages).not.toBe(shown);
      const stale = await loadBundle(db, 'sess-cmb-1', shown.slice(0, -1));
      expect(stale?.messages.map((m) => m.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(stale?.messages.some((m) => 'shown' in m)).toBe(false);
      expect(await loadBundle(db, 'missing', shown)).toBeUndefined();
      db.close();
    });
  });

  it('clearing a field removes it from the row instead of storing an empty value', async () => {
    const db = freshDb();
    await db.sessions.add(cmbBundle().session);
    expect(await updateRecord(db, 'sess-cmb-1', { notes: undefined, outcome: 'agreed' })).toBe(true);
    const row = await db.sessions.get('sess-cmb-1');
    expect(row && 'notes' in row).toBe(false);
    expect(row?.outcome).toBe('agreed');
    expect(await updateRecord(db, 'missing', { notes: 'x' })).toBe(false);
    db.close();
  });

  it('a manual entry is a record of its channel with the bank line, trimmed, and nothing empty stored', async () => {
    const r = manualRecord({ channel: 'visit', at: T0, bankName: ' 招商银行 ', agentName: '', agentId: ' 0042 ', said: '  ', notes: '带齐材料', id: 'manual-x' });
    expect(r.session).toEqual({ id: 'manual-x', url: '', siteId: 'manual', vendor: 'manual', startedAt: T0, updatedAt: T0, channel: 'visit', bankName: '招商银行', outcome: 'open', agentId: '0042', agents: [{ id: '0042' }], notes: '带齐材料' });
    expect(r.messages).toEqual([]);
    const db = freshDb();
    const id = await saveManualEntry(db, { channel: 'letter', at: T0, bankName: 'Chase', said: 'We will reply within 10 working days.' });
    expect(await db.messages.where('sessionId').equals(id).toArray()).toEqual([{ id: `${id}#0`, sessionId: id, seq: 0, role: 'agent', text: 'We will reply within 10 working days.', at: T0 }]);
    db.close();
  });
});

describe('printable page address', () => {
  it('round-trips ids, language and the print flag; refuses an address without records', () => {
    const q = { ids: ['a b', 'c&d'], lang: 'en' as const, print: true };
    const path = recordPagePath(q);
    expect(path.startsWith('/record.html?')).toBe(true);
    expect(parseRecordPageQuery(path.slice('/record.html'.length))).toEqual(q);
    expect(parseRecordPageQuery(recordPagePath({ ids: [], lang: 'zh', print: false }).slice(12))).toEqual({ ids: [], lang: 'zh', print: false });
    expect(parseRecordPageQuery('?lang=en')).toBeUndefined();
  });
});
