import { describe, expect, it } from 'vitest';
import { chromeAboveTranscript } from '../../../lib/capture/structure/position';

// A 520 px widget: header 40 px at the top, composer from 440 px. Boxes are (top, bottom) in pixels.
const COMPOSER = { top: 440, bottom: 500 };

describe('chromeAboveTranscript', () => {
  it.each([
    ['a title and subtitle above an empty transcript', { top: 8, bottom: 44 }, COMPOSER, true],
    ['a one-line title above an empty transcript', { top: 8, bottom: 26 }, COMPOSER, true],
    ['a list with one row inside a scroll box that reaches the quick replies', { top: 48, bottom: 400 }, COMPOSER, false],
    ['a list that fills the widget down to the composer', { top: 48, bottom: 436 }, COMPOSER, false],
    ['a short list with only a quick-reply bar below it', { top: 300, bottom: 380 }, COMPOSER, false],
    ['a tall list further up than its own height would explain, but taller than the gap', { top: 0, bottom: 300 }, COMPOSER, false],
    ['the whole widget, composer included', { top: 0, bottom: 520 }, COMPOSER, false],
    ['a candidate below the composer (a footer)', { top: 505, bottom: 520 }, COMPOSER, false],
    ['a candidate that is not laid out', { top: 0, bottom: 0 }, COMPOSER, false],
    ['a composer that is not laid out', { top: 8, bottom: 44 }, { top: 0, bottom: 0 }, false],
  ])('%s → %s', (_name, region, composer, expected) => {
    expect(chromeAboveTranscript(region, composer)).toBe(expected);
  });
});
