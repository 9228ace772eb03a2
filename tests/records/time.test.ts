import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  endOfLocalDay,
  formatDay,
  localStamp,
  fromUtcIso,
  icsUtcDateTime,
  localDay,
  parseDay,
  toUtcIso,
  weekday,
} from '../../lib/records/time';

const day = (s: string) => parseDay(s)!;

describe('time helpers', () => {
  it('writes and reads UTC ISO with milliseconds exactly', () => {
    const ms = Date.UTC(2026, 10, 23, 6, 2, 3, 45);
    expect(toUtcIso(ms)).toBe('2026-11-23T06:02:03.045Z');
    expect(fromUtcIso('2026-11-23T06:02:03.045Z')).toBe(ms);
  });

  it.each(['2026-11-23T06:02:03Z', '2026-11-23T14:02:03.045+08:00', '2026-02-30T00:00:00.000Z', '2026-11-23 06:02:03.045Z', ''])(
    'refuses the non-canonical time %j',
    (s) => expect(fromUtcIso(s)).toBeUndefined(),
  );

  it.each([NaN, 1.5, -1, Infinity, 253_402_300_800_000])('refuses to write the timestamp %s', (ms) => {
    expect(() => toUtcIso(ms)).toThrow(RangeError);
  });

  it('parses only real calendar days', () => {
    expect(formatDay(day('2028-02-29'))).toBe('2028-02-29');
    expect(parseDay('2026-02-29')).toBeUndefined();
    expect(parseDay('2026-13-01')).toBeUndefined();
    expect(parseDay('26-11-01')).toBeUndefined();
  });

  it('knows the weekday', () => {
    expect(weekday(day('2026-11-23'))).toBe(1); // Monday
    expect(weekday(day('1970-01-01'))).toBe(4);
  });

  it.each([
    ['2026-11-23', 3, '2026-11-26'], // Mon + 3 = Thu
    ['2026-11-26', 3, '2026-12-01'], // Thu + 3 skips Sat/Sun
    ['2026-11-27', 1, '2026-11-30'], // Fri + 1 = Mon
    ['2026-11-28', 1, '2026-11-30'], // Sat + 1 = Mon
    ['2026-11-29', 5, '2026-12-04'], // Sun + 5 = Fri
    ['2026-11-23', 0, '2026-11-23'],
  ])('%s plus %i working days is %s', (from, n, to) => {
    expect(formatDay(addWorkingDays(day(from), n))).toBe(to);
  });

  it('puts an instant on the user’s calendar day and ends that day in their zone', () => {
    const lateUtc = Date.UTC(2026, 10, 22, 23, 30); // 07:30 on the 23rd in Beijing
    expect(formatDay(localDay(lateUtc, 480))).toBe('2026-11-23');
    expect(formatDay(localDay(lateUtc, 0))).toBe('2026-11-22');
    expect(toUtcIso(endOfLocalDay(day('2026-11-23'), 480))).toBe('2026-11-23T15:59:59.999Z');
    expect(toUtcIso(endOfLocalDay(day('2026-11-23'), -300))).toBe('2026-11-24T04:59:59.999Z');
  });

  it('formats iCalendar UTC times', () => {
    expect(icsUtcDateTime(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('20260102T030405Z');
  });
});

describe('localStamp: printed times are local with the zone named', () => {
  it.each([
    ['2026-11-23T06:00:00.000Z', 480, '2026-11-23 14:00 (UTC+08:00)'],
    ['2026-11-23T20:30:00.000Z', 480, '2026-11-24 04:30 (UTC+08:00)'],
    ['2026-11-23T06:00:00.000Z', -300, '2026-11-23 01:00 (UTC-05:00)'],
    ['2026-07-01T12:00:00.000Z', 330, '2026-07-01 17:30 (UTC+05:30)'],
    ['2026-07-01T12:00:00.000Z', 0, '2026-07-01 12:00 (UTC+00:00)'],
    ['not a time', 480, 'not a time'],
  ])('%s at %i → %s', (iso, offset, want) => {
    expect(localStamp(iso, offset)).toBe(want);
  });
});
