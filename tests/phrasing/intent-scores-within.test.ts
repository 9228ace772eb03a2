// A sentence's lexicon scores read from the whole message's scan (and, right after the whole was scored, without the
// context-free cues that found nothing in it) are the scores of the sentence read alone, on every dev and writer line.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intentScores, intentScoresWithin } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseSentences } from '../../lib/phrasing/classify/red-flags';
import { readCorpus } from './corpus/generalisation/corpus-line';

const GEN = 'tests/phrasing/corpus/generalisation';
const lines = [`${GEN}/dev.jsonl`, ...readdirSync(GEN).filter((f) => f.endsWith('-writer.jsonl')).map((f) => `${GEN}/${f}`)].flatMap((f) => readCorpus(f));

describe('intentScoresWithin', () => {
  it('gives each sentence the scores it has read alone', () => {
    let sentences = 0;
    const differ: string[] = [];
    for (const line of lines) {
      const normalized = normalize(line.text);
      const parts = analyseSentences(normalized);
      if (parts.length < 2) continue;
      intentScores(normalized);
      const within = parts.map((s) => {
        const at = normalized.indexOf(s.text);
        return at < 0 ? null : intentScoresWithin(normalized, at, at + s.text.length);
      });
      parts.forEach((s, k) => {
        if (within[k] === null) return;
        sentences++;
        if (JSON.stringify(within[k]) !== JSON.stringify(intentScores(s.text))) differ.push(s.text);
      });
    }
    expect(sentences).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });

  it('is not fooled by a sentence whose whole was never scored', () => {
    const whole = normalize('您好。很抱歉，您的分期申请被拒绝了。');
    intentScores(normalize('An unrelated message.'));
    const at = whole.indexOf('很抱歉');
    expect(intentScoresWithin(whole, at, whole.length)['refuses-waiver']).toBeGreaterThan(0);
  });
});
