// The classifier's offer intent: a limit stated as policy, or a sentence that only states the balance, is no offer;
// the same figures addressed to the person are (lib/phrasing/classify/classify.ts).
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses } from '../../lib/phrasing/classify/red-flags';

const intents = (t: string) => classifyAgentMessage(t).intents;
const cues = (t: string) => analyseClauses(normalize(t)).flatMap((c) => c.cues);

describe('policy limits and balances', () => {
  it.each(['个性化分期最长可以分60期。', 'Hardship plans can run for up to 60 months.', '协商分期一般最长能分5年，实际按审批结果。'])('no offer: %s', (t) => {
    expect(cues(t)).toContain('policy-limit');
    expect(intents(t)).not.toContain('offer');
  });

  it.each(['最长可以给您分60期。', '最低还款可以先降到960元，先还三个月看看。', 'I can set you up on 24 months at £50 a month.'])('addressed or a noun, not a limit: %s', (t) => {
    expect(cues(t)).not.toContain('policy-limit');
  });

  it('a limit beside an offer does not hide the offer', () => {
    expect(intents('分期最长可以分60期，这边可以给您分24期，每期手续费0.6%。')).toContain('offer');
  });

  it('a balance statement is marked as one', () => {
    expect(cues('您名下账户目前逾期62天，应还总额为 ¥18,300.00。')).toContain('balance');
    expect(cues('Your current balance is $1,250.')).toContain('balance');
  });
});
