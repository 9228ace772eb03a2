import { describe, expect, it } from 'vitest';
import { minorToMajorText, parseMajorAmount } from '../../lib/ui/money-input';

describe('parseMajorAmount', () => {
  it.each([
    ['12,345.60', 1234560],
    ['１２３４５', 1234500],
    ['¥ 8000', 800000],
    ['1.2万', 1200000],
    ['3.5k', 350000],
    ['', 0],
  ])('%s → %d', (text, minor) => expect(parseMajorAmount(text)).toBe(minor));

  it.each(['abc', '-5', '1.2.3', '12元钱'])('rejects %s', (text) => expect(parseMajorAmount(text)).toBeUndefined());

  it('round-trips through the display form', () => {
    expect(minorToMajorText(1234560)).toBe('12345.60');
    expect(parseMajorAmount(minorToMajorText(1234560))).toBe(1234560);
    expect(minorToMajorText(800000)).toBe('8000');
    expect(minorToMajorText(0)).toBe('');
  });
});
