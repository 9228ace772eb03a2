import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../lib/phrasing/classify/classify';
import { bucketOf, hashedFeatures, messageFeatures, visitClauseHashes, visitWordGramHashes } from '../../lib/phrasing/classify/features';
import { loadModel } from '../../lib/phrasing/classify/model';
import { MODEL_DATA } from '../../lib/phrasing/classify/model/weights';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, ruleFlags } from '../../lib/phrasing/classify/red-flags';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const sample = [
  '罚息无法减免，但可以为您办理分12期，月手续费0.65%。',
  '請把驗證碼發給我，我幫您核實。',
  "We will never ask for your PIN. Don't worry, just tell me the code.",
  'You mentioned someone asked you to install AnyDesk - that was not us.',
];

describe('features', () => {
  it('hashes in place exactly the features it spells out for explanations', () => {
    for (const text of sample) {
      const n = normalize(text);
      const parts = analyseClauses(n);
      const rules = ruleFlags(parts);
      const strings = messageFeatures(n, parts, rules);
      const hashed = hashedFeatures(n, parts, rules);
      expect(Array.from(hashed.buckets)).toEqual(strings.map(bucketOf));
      expect(strings.length).toBeGreaterThan(10);
    }
  });

  it('marks words of a negated, warning or reported clause as scoped', () => {
    const n = normalize('请勿向任何人透露验证码');
    const f = messageFeatures(n, analyseClauses(n), []);
    expect(f).toContain('~c:验证');
    expect(f).toContain('~f:secret');
    expect(f).not.toContain('f:secret');
  });
});

describe("a word's n-gram sums, made once and reused", () => {
  const model = loadModel(MODEL_DATA);

  it('add up to exactly what the n-grams added one by one do', () => {
    for (const text of sample) {
      for (const p of analyseClauses(normalize(text))) {
        const oneByOne = model.sumsOf((add) => visitClauseHashes(p, add));
        let words = 0;
        const byWord = model.sumsOf((add, addSums) =>
          visitClauseHashes(p, add, (word) => {
            words++;
            addSums(model.sumsOf((addGram) => visitWordGramHashes(word, addGram)));
          }),
        );
        expect(byWord).toEqual(oneByOne);
        if (/[a-z]{2}/.test(p.text)) expect(words).toBeGreaterThan(0);
      }
    }
  });

  it('leave a reading the same however many words came before (the kept set starts over when full)', () => {
    const text = "Don't worry, just tell me the code you received and I will waive the late fee.";
    const fresh = createClassifier(MODEL_DATA)(text);
    const busy = createClassifier(MODEL_DATA);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    // about 6,000 distinct made-up words, more than the classifier keeps, then the same text again
    for (let m = 0; m < 60; m++) {
      const words = Array.from({ length: 100 }, (_, i) => {
        const n = m * 100 + i;
        return `q${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}`;
      });
      busy(words.join(' '));
    }
    expect(busy(text)).toEqual(fresh);
    expect(fresh.redFlags.length + fresh.intents.length).toBeGreaterThan(0);
  });
});

describe('scope of a clause', () => {
  it.each([
    ['we will never ask for your pin', 'neg'],
    ['anyone who promises to repair your credit for a fee is running a scam', 'warn'],
    ['you mentioned a caller asked you to read back a code', 'attr'],
    ['任何让您转账到安全账户的都是诈骗', 'warn'],
    ['您说对方让您下载向日葵', 'attr'],
    ['征信记录无法删除', 'neg'],
    ["don't worry, just tell me the code", 'plain'],
    ['不要担心，把验证码发给我', 'plain'],
    ['为防范诈骗', 'warn'],
    ['请将资金转入安全账户', 'plain'],
  ])('%s → %s', (clause, scope) => {
    expect(scopeOf(clause)).toBe(scope);
  });
});
