import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../lib/negotiate/index';
import { loadSplit, splitPath } from './corpus/general/load';
import { formatScore, scoreCorpus } from './corpus/score';

/** SHA-256 of test.json as first written. The test split is frozen: a change to it must fail here. */
const TEST_SHA256 = 'c789b9aef862f726432f58701a884088d03565578c30b68e42a65617b2b0547f';

describe('offer parser on the held-out generalisation split', () => {
  const test = loadSplit('test');

  it('reads the frozen test split unchanged', () => {
    const hash = createHash('sha256').update(readFileSync(splitPath('test'))).digest('hex');
    expect(hash).toBe(TEST_SHA256);
  });

  it('the corpus holds at least 600 offers and 600 lines without one, in both languages', () => {
    const all = [...loadSplit('train'), ...loadSplit('dev'), ...test];
    expect(all.filter((e) => e.expect.length > 0).length).toBeGreaterThanOrEqual(600);
    expect(all.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(600);
    expect(all.filter((e) => e.lang === 'en').length).toBeGreaterThan(200);
    expect(new Set(all.map((e) => e.text)).size).toBe(all.length);
    expect(test.length / all.length).toBeGreaterThan(0.13);
    expect(test.length / all.length).toBeLessThan(0.17);
  });

  it('field F1 is at least 0.95 and at most 1 % of lines without an offer get one', () => {
    const score = scoreCorpus(test, (e) => parseOffer(e.text, e.opts));
    console.log(formatScore(score, 'generalisation corpus, test split'));
    console.log(`false offers: ${score.falseOffers} of ${score.negatives} lines without an offer`);
    expect(score.negatives).toBeGreaterThan(50);
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.falseOffers / score.negatives).toBeLessThanOrEqual(0.01);
  });
});
