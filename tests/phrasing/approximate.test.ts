import { describe, expect, it } from 'vitest';
import { roundApproximateFigures } from '../../lib/phrasing/approximate';

describe('roundApproximateFigures', () => {
  it.each([
    ['I have about ¥1,200.00 a month available.', 'I have about ¥1,200 a month available.'],
    ['I have about $1,199.50 a month.', 'I have about $1,200 a month.'],
    ['roughly £40.49 each', 'roughly £40 each'],
    ['能用于还款的大约是¥1,200.00。', '能用于还款的大约是¥1,200。'],
    ['每期约¥333.34', '每期约¥333'],
    ['about ¥0.40', 'about ¥0.40'],
    // Exact figures and figures after other words are left alone.
    ['I can pay ¥1,200.00 a month.', 'I can pay ¥1,200.00 a month.'],
    ['首月¥1,062.96，之后每月¥1,062.64', '首月¥1,062.96，之后每月¥1,062.64'],
    ['约定的¥100.00', '约定的¥100.00'],
  ])('%s', (input, output) => {
    expect(roundApproximateFigures(input)).toBe(output);
  });
});
