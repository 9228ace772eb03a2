import { describe, expect, it } from 'vitest';
import { keepingRecent } from '../../lib/phrasing/classify/memo';
import { classifyAgentMessage } from '../../lib/phrasing/index';

describe('keepingRecent', () => {
  const counting = () => {
    const reads: string[] = [];
    const read = (text: string) => {
      reads.push(text);
      return { text, words: text.split(' ') };
    };
    return { reads, read };
  };

  it('reads a text once while it is kept and hands every caller the same answer', () => {
    const { reads, read } = counting();
    const kept = keepingRecent(read, 3);
    const first = kept('a b');
    expect(kept('a b')).toBe(first);
    expect(kept('c')).toEqual({ text: 'c', words: ['c'] });
    expect(reads).toEqual(['a b', 'c']);
  });

  it('lets go of the least recently used answer once more than `kept` are held', () => {
    const { reads, read } = counting();
    const kept = keepingRecent(read, 2);
    kept('one');
    kept('two');
    kept('one'); // used again: "two" is now the oldest
    kept('three');
    kept('one');
    kept('two');
    expect(reads).toEqual(['one', 'two', 'three', 'two']);
  });

  it('freezes answers, arrays within them included, so one caller cannot change what another sees', () => {
    const kept = keepingRecent((text: string) => ({ text, words: text.split(' ') }), 4);
    const answer = kept('x y');
    expect(Object.isFrozen(answer)).toBe(true);
    expect(() => (answer.words as string[]).push('z')).toThrow(TypeError);
    expect(kept('x y').words).toEqual(['x', 'y']);
  });

  it('refuses a size that keeps nothing', () => {
    expect(() => keepingRecent((t: string) => ({ t }), 0)).toThrow(/positive integer/);
    expect(() => keepingRecent((t: string) => ({ t }), 1.5)).toThrow(/positive integer/);
  });
});

describe('classifyAgentMessage keeps its readings', () => {
  it('answers a message read again with the same reading, whose words and explanation still work', () => {
    const text = 'For a fee of $300 we can get the late payments deleted from your credit report.';
    const first = classifyAgentMessage(text);
    expect(classifyAgentMessage(text)).toBe(first);
    expect(first.redFlags).toContain('credit-repair');
    expect(Object.isFrozen(first.redFlags)).toBe(true);
    expect(first.wordsBehind?.redFlags['credit-repair']).toMatch(/deleted/);
    expect(first.explanation?.redFlags['credit-repair']?.length).toBeGreaterThan(0);
  });
});
