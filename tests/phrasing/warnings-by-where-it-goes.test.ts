// A collection warning said by where the account goes or who comes next (arbitration, the legal department's review,
// a firm named by its trade, a field visit, the score it costs, 追数公司, 法务介入): classes among the read probes' missed
// warnings, written here in other words. Beside them, the arrears "cleared" is the debt paid, not a record wiped: a
// credit file updating after payment is no repair sold.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const warning = (t: string) => intentScores(normalize(t))['collection-warning'];
const rules = (t: string) => detectRedFlags(normalize(t));
/** Whether some clause reads as a record made to go (the cue a model-only credit-repair flag needs). */
const recordGone = (t: string) => analyseClauses(normalize(t)).some((p) => p.cues.includes('record-gone'));

describe('the next step named by where the account goes', () => {
  it.each([
    'If nothing is paid this month the loan goes to arbitration under clause 14.',
    'Your file has been marked for the arbitrator.',
    'Unpaid, the matter will be sent to Harlow Recoveries next week.',
    'We may refer the debt to Apex Collections if we do not hear from you.',
    'Our field officers will visit your home address on Monday.',
    'The account is now with our legal department for review.',
    'Missing this payment will lower your credit score further.',
    '再拖下去就交给追数公司处理了。',
    '这个月还不上的话，法务部门会介入。',
  ])('%s', (t) => expect(warning(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each([
    'Your payment of $120 has been received, thank you.',
    'The legal name on the account must match your ID.',
  ])('no warning: %s', (t) => expect(warning(t)).toBeLessThan(INTENT_THRESHOLD));
});

describe('arrears cleared are a debt paid, not a record wiped', () => {
  it.each([
    'Your credit file will update within a month once the balance is cleared.',
    'Once the arrears are cleared your report shows the account as up to date.',
  ])('%s', (t) => {
    expect(recordGone(t)).toBe(false);
    expect(rules(t)).not.toContain('credit-repair');
  });

  it('a record cleared from the file for a fee is still a repair sold', () => {
    const sold = 'Pay our $300 fee and the late payments get cleared from your credit report within a week.';
    expect(recordGone(sold)).toBe(true);
    expect(rules(sold)).toContain('credit-repair');
  });
});
