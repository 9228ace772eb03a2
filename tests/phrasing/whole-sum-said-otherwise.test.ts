// The whole sum asked for in words the demand cues did not know, classes found among the forty-seventh and
// forty-eighth writers' first-contact misses (corpus/probe/README.md) and written here apart from their lines: the
// full overdue, in one go, "the outstanding amount", "all of them", "is to be paid", 一起还 / 一并结清, and collections
// shorthand spelt out (o/s, eod, tmrw, pmt). Beside them, a plan's own words, which ask for no whole sum.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

const demand = (t: string) => intentScores(normalize(t))['demands-full-payment'];

describe('the whole sum said otherwise', () => {
  it.each([
    'We need the full overdue, $918, by Friday.',
    'The arrears are to be paid by the 12th, all of them.',
    'Please clear it in one go before 5pm today.',
    '今天需要您把欠款全部还上，一共8,200元。',
    '三期的欠款需要今天一并结清。',
    'pls pay the o/s amt by eod',
    'full o/s $640 must reach us tmrw',
  ])('%s', (t) => expect(demand(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each(['We can split the full overdue into six monthly instalments.', '现在可以帮您申请分期，每期还800元。'])('no demand: %s', (t) =>
    expect(demand(t)).toBeLessThan(INTENT_THRESHOLD),
  );

  it('spells the collections shorthand out', () => {
    expect(normalize('pls pay o/s amt by eod, pmt due tmrw')).toBe('please pay outstanding amount by end of day, payment due tomorrow');
  });
});
