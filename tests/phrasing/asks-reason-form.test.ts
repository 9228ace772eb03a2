// Asking why someone fell behind is a question or a request to explain. A sympathetic statement, a reason stated by
// the agent, or a suggestion dressed as a question ("why don't we…") asks nothing. Lines written for this test,
// apart from every corpus.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { intentScores, INTENT_THRESHOLD } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

describe('no reason is asked', () => {
  it.each([
    'I understand things have been difficult lately.',
    '理解您现在的情况，我们一起想办法。',
    'Because of the missed payments, the account is now with our recoveries team.',
    "Why don't we look at a plan that fits your budget?",
    '为什么不先还一部分呢？',
  ])('%s', (t) => expect(classifyAgentMessage(t).intents).not.toContain('asks-reason'));
});

describe('a reason is asked, as a question or a request', () => {
  it.each([
    'I understand things have been difficult. Can you tell me what happened?',
    '理解您的难处，方便说一下是什么原因导致逾期的吗？',
    'Talk me through what changed at work.',
    '请您说明一下逾期的原因。',
    '我这边想弄清楚您没能按期还款的原因。',
  ])('%s', (t) => expect(classifyAgentMessage(t).intents).toContain('asks-reason'));
});

describe('an agent arriving is a greeting', () => {
  it.each(["Thanks for your patience, you're through to Alex.", "You're now connected to Sam."])('%s', (t) =>
    expect(intentScores(normalize(t)).greeting).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});
