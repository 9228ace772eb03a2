import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldLine, followUpsToIcs, icsFile, scheduleToIcs } from '../../lib/records/ics';
import { cmbFollowUps } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 9, 30, 15);
const octets = (s: string) => new TextEncoder().encode(s).length;

/** RFC 5545 unfolding: remove every CRLF followed by one space or tab. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

function property(ics: string, name: string): string[] {
  return unfold(ics)
    .split('\r\n')
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    .map((l) => l.slice(l.indexOf(':') + 1));
}

const plan = {
  title: '招商银行信用卡, 个性化分期; 24期 \\ 停息',
  currency: 'CNY' as const,
  payments: [
    { dueDate: '2026-12-25', amount: 177_000 },
    { dueDate: '2027-01-25', amount: 177_000 },
    { dueDate: '2027-02-25', amount: 176_999 },
  ],
};

describe('iCalendar export', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'还款计划'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('writes one all-day event with a reminder per payment', () => {
    const ics = scheduleToIcs(plan, { now: NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(property(ics, 'DTSTART')).toEqual(['20261225', '20270125', '20270225']);
    expect(property(ics, 'DTEND')).toEqual(['20261226', '20270126', '20270226']);
    expect(unfold(ics)).toContain('DTSTART;VALUE=DATE:20261225');
    expect(property(ics, 'DTSTAMP')).toEqual(['20261123T093015Z', '20261123T093015Z', '20261123T093015Z']);
    expect(property(ics, 'TRIGGER')).toEqual(['-PT15H', '-PT15H', '-PT15H']);
    expect(unfold(ics).match(/BEGIN:VALARM/g)).toHaveLength(3);
    const uids = property(ics, 'UID');
    expect(new Set(uids).size).toBe(3);
    expect(property(ics, 'SUMMARY')[2]).toBe('还款 3/3：¥1\\,769.99 — 招商银行信用卡\\, 个性化分期\\; 24期 \\\\ 停息');
    expect(property(ics, 'DESCRIPTION')[0]).toContain('\\n第 1 期，共 3 期\\n');
  });

  it('gives stable UIDs, so re-importing updates instead of duplicating', () => {
    expect(property(scheduleToIcs(plan, { now: NOW }), 'UID')).toEqual(property(scheduleToIcs(plan, { now: NOW + 1000 }), 'UID'));
  });

  it('refuses an impossible due date or a malformed reminder', () => {
    expect(() => scheduleToIcs({ ...plan, payments: [{ dueDate: '2027-02-29', amount: 1 }] })).toThrow(/payments\[0\]/);
    expect(() => scheduleToIcs(plan, { alarm: 'PT' })).toThrow(RangeError);
    expect(() => scheduleToIcs(plan, { alarm: 'yesterday' })).toThrow(RangeError);
    expect(property(scheduleToIcs(plan, { now: NOW, alarm: '-P1D' }), 'TRIGGER')[0]).toBe('-P1D');
  });

  it('puts follow-ups on the user’s calendar day and leaves out the done ones', () => {
    const ics = followUpsToIcs(cmbFollowUps(), { now: NOW, utcOffsetMinutes: 480, lang: 'en' });
    expect(property(ics, 'DTSTART')).toEqual(['20261126']);
    expect(property(ics, 'SUMMARY')).toEqual(['银行承诺回电']);
    const all = followUpsToIcs(cmbFollowUps(), { now: NOW, utcOffsetMinutes: 480, includeDone: true });
    expect(property(all, 'DTSTART')).toEqual(['20261126', '20261125']);
    // West of UTC the same instant can fall on the next day.
    expect(property(followUpsToIcs(cmbFollowUps(), { now: NOW, utcOffsetMinutes: -300 }), 'DTSTART')).toEqual(['20261126']);
    expect(property(followUpsToIcs(cmbFollowUps(), { now: NOW, utcOffsetMinutes: 540 }), 'DTSTART')).toEqual(['20261127']);
  });

  it('wraps content as a calendar file', () => {
    expect(icsFile('x', 'plan')).toEqual({ filename: 'plan.ics', mime: 'text/calendar;charset=utf-8', content: 'x' });
  });
});
