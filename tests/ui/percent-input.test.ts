import { describe, expect, it } from 'vitest';
import { parsePercent, percentText } from '../../lib/ui/percent-input';

describe('a rate typed as a percentage', () => {
  it.each([
    ['0.05', 0.0005],
    ['18%', 0.18],
    ['１８％', 0.18],
    [' 0.035 ', 0.00035],
    ['', null],
    ['18.5.1', undefined],
    ['万分之五', undefined],
    ['-3', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });

  it('writes a fraction back as the person typed it', () => {
    expect([percentText(0.0005), percentText(0.18), percentText(undefined)]).toEqual(['0.05', '18', '']);
  });
});
