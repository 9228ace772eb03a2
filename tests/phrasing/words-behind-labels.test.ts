// The words of a message behind each label, quoted by the panel so the person can check what Parley read: in the
// agent's own spelling (Traditional characters, capitals, spacing), short enough to read at a glance, and none for a
// label nothing in words stands for.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { originalWords } from '../../lib/phrasing/classify/original-words';

describe('originalWords', () => {
  it.each([
    ['請打開遠端螢幕共享，我幫您操作。', '远程屏幕共享', '遠端螢幕共享'],
    ['Please INSTALL AnyDesk now.', 'please install anydesk', 'Please INSTALL AnyDesk'],
    ['罚息 无法减免', '无法减免', '无法减免'],
  ])('finds in %s the words normalized as %s', (text, normalized, typed) => expect(originalWords(text, normalized)).toBe(typed));

  it('gives back the normalized words when the message does not hold them', () => {
    expect(originalWords('nothing to see here', 'verification code')).toBe('verification code');
    expect(originalWords('anything', '   ')).toBe('');
  });
});

describe('the words behind each label', () => {
  it('quotes the cue of each intent from the message as written', () => {
    const text = '沒辦法給您降利率，您今天能先還多少？';
    const c = classifyAgentMessage(text);
    expect(c.intents).toEqual(expect.arrayContaining(['refuses-waiver', 'asks-commitment']));
    for (const i of c.intents) {
      const words = c.wordsBehind?.intents[i];
      expect(words, i).toBeDefined();
      expect(text).toContain(words);
    }
    expect(c.wordsBehind?.intents['refuses-waiver']).toBe('沒辦法給您降');
  });

  it('prefers the strongest cue short enough to read, over a pair of halves far apart', () => {
    const c = classifyAgentMessage('We can offer 12 monthly payments of $150, starting on the 5th.');
    expect(c.wordsBehind?.intents.offer).toBe('We can offer');
  });

  it('quotes the clauses a red-flag rule paired', () => {
    const text = 'Hi, I can reverse the fee today. Just read me the code we texted to your phone.';
    const c = classifyAgentMessage(text);
    expect(c.redFlags).toContain('asks-secret');
    expect(text).toContain(c.wordsBehind?.redFlags['asks-secret']);
  });

  it('has nothing to quote for a message with nothing found', () => {
    expect(classifyAgentMessage('好的').wordsBehind).toBeUndefined();
  });
});
