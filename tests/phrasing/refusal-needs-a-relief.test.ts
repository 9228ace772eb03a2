// A refusal refuses some relief: with no word of one in the message and no refusal cue, the model's "refusal" is the
// tone of other negations (a warning, records that cannot be removed, a scammer's "don't touch anything"), and the
// classifier sets it aside (classify.ts intentRuledOut); so it does when the only refusal is of records being removed
// from a credit file. Lines written apart from the corpora and the writers' probes.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage, intentRuledOut } from '../../lib/phrasing/classify/classify';
import { intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

const ruledOut = (t: string) => intentRuledOut('refuses-waiver', normalize(t), intentScores(normalize(t))['refuses-waiver']);

describe('a refusal with no relief named is set aside', () => {
  it.each([
    'Staff here will never ask you for a one-time passcode, not by chat and not by phone.',
    '本行员工不会让您安装任何软件，也不会索要验证码。',
    'Correct entries on a credit file cannot be deleted by anyone.',
    '屏幕黑了不用管，千万别按电源键，我这边在处理。',
  ])('%s', (t) => {
    expect(ruledOut(t)).toBe(true);
    expect(classifyAgentMessage(t).intents).not.toContain('refuses-waiver');
  });
});

describe('a refusal that names what it refuses stays possible', () => {
  it.each([
    ["Sorry, can't knock anything off the balance.", false],
    ['违约金这部分没办法减免。', false],
    ['The late fee stays, I am afraid.', false],
    ['No, the answer is no.', true],
  ] as const)('%s', (t, out) => expect(ruledOut(t)).toBe(out));

  it('leaves every other intent to the model', () => {
    expect(intentRuledOut('offer', normalize('We never ask for codes.'), 0)).toBe(false);
    expect(intentRuledOut('asks-reason', normalize('I understand things have been difficult.'), 1)).toBe(true);
  });
});

describe('records that cannot be removed from a credit file are no refused waiver', () => {
  it.each([
    'Late payments that were reported correctly cannot be deleted from your credit report, whoever offers to do it for a fee.',
    '如实上报的逾期记录我们没有办法删除，任何收费的"修复"都不可信。',
    'Nobody can wipe an accurate default off your credit file. Paying it now stops new marks.',
  ])('%s', (t) => {
    expect(ruledOut(t)).toBe(true);
    expect(classifyAgentMessage(t).intents).not.toContain('refuses-waiver');
  });

  it.each([
    "We can't remove the late payments from your credit file, and the £35 fee can't be waived either.",
    '逾期记录没法删除，违约金也不能减免。',
    'The interest freeze was declined. Missed payments will still be reported to the credit bureaus.',
  ])('a refusal beside them stays: %s', (t) => expect(ruledOut(t)).toBe(false));
});
