// A slip in typing a cue word is read as the word; a word of its own is read as typed.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { CUE_WORDS } from '../../lib/phrasing/classify/cue-words';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { mendSlip, slippedForms } from '../../lib/phrasing/classify/slips';
import { cueWords } from './classifier/build-cue-words';

describe('the cue words', () => {
  it('holds every word the cues are written in (run build-cue-words.ts when this fails)', () => {
    const listed = new Set(CUE_WORDS);
    expect(cueWords().filter((w) => !listed.has(w))).toEqual([]);
  });
});

describe('slipped forms', () => {
  it('swaps inner neighbours and drops inner letters, keeping the first and last', () => {
    expect(slippedForms('screen')).toEqual(expect.arrayContaining(['scren', 'sreen', 'sceren']));
    expect(slippedForms('screen').every((f) => f.startsWith('s') && f.endsWith('n'))).toBe(true);
    // Five-letter words only by a swap: their four-letter remains are too often words of their own.
    expect(slippedForms('share')).toEqual(['sahre', 'shrae']);
  });

  it.each([
    ['scren', 'screen'],
    ['acess', 'access'],
    ['sahre', 'share'],
    ['psasword', 'password'],
    ['instlal', 'install'],
    ['digtis', 'digits'],
  ])('%s → %s', (typed, word) => expect(mendSlip(typed)).toBe(word));

  it.each(['reminder', 'contacts', 'taking', 'filing', 'tough', 'screen', 'apne'])('%s stays as typed', (w) =>
    expect(mendSlip(w)).toBe(w),
  );
});

describe('a message with slips', () => {
  it('reads as its words', () => expect(normalize('Pls sahre your scren, I need acess')).toBe('please share your screen, i need access'));

  it.each([
    ['Please downlaod AnyDesk and sahre the nine digit code with me.', 'remote-control'],
    ['Tell me the one time psasword we just texted you.', 'asks-secret'],
  ])('%s → %s', (text, flag) => expect(classifyAgentMessage(text).redFlags).toContain(flag));
});
