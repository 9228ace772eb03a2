// Needing approval is the agent's own case sent for a decision, not risk control named as what acts on an account, nor
// a limit stated as policy "subject to approval" (the train frames and fourteen writers leave that one unlabelled).
// Written apart from the writers' lines; the Tagalog negators beside them come from the forty-sixth writer's class of
// "we never ask for…" said in Filipino.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const approval = (t: string) => intentScores(normalize(t))['needs-approval'];

describe('the case sent to risk control for a decision', () => {
  it.each([
    '这个减免幅度我得报给风控，他们同意了才行。',
    '您的延期申请已经提交到风控，审完会短信通知您。',
    '能不能批要看风控那边审核。',
    '金额这么大要风控总监签字。',
    'Anything over six months has to be referred to underwriting for a decision.',
  ])('%s', (t) => expect(approval(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('risk control or approval named, and no approval asked', () => {
  it.each([
    '您的卡片触发了风控，暂时无法使用。',
    '账户被风控冻结了，先还最低额度也解不开。',
    '协商分期通常可分12到36期，最终以审核结果为准。',
    '减免比例一般在两到三成之间，具体看审批意见。',
    'Payment arrangements usually run up to 24 months, subject to approval.',
    'Customers 60 days behind may be eligible for a hardship plan, subject to review.',
  ])('%s', (t) => expect(approval(t)).toBeLessThan(INTENT_THRESHOLD));
});

describe('Tagalog negation', () => {
  it.each([
    'Paalala po: hindi po namin hinihingi ang inyong PIN.',
    'Huwag ibigay ang OTP sa kahit sino.',
    'Hindi kailanman tatawag ang bangko para hingin ang password mo.',
  ])('%s reads as negated', (t) => expect(scopeOf(normalize(t))).toBe('neg'));
});
