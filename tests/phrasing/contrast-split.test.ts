// A refusal and the alternative offered in the same sentence ("not approved, but we can…", 批不下来，但是可以…,
// 做不了，最多只能…) are two moves: the side after the contrast is also read alone (classify.ts CONTRAST), so neither drowns the other. The lines
// here are written apart from the corpora and the writers' probes.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';

const intents = (t: string) => classifyAgentMessage(t).intents;

describe('a refusal followed by an alternative carries both moves', () => {
  it.each([
    'Unfortunately the full waiver was declined by the system, but I can refund the last two late fees as a goodwill gesture.',
    'The request to cancel the interest was not approved, the most we can do is halve it.',
    'Removing the fees isn\'t something I\'m authorised to do, however I can set up a plan of $80 a fortnight.',
    '免息这个真的批不下来，但是可以帮您把还款日延后10天。',
    '您申请的全额减免没有通过，不过我这边可以给您减免一半的违约金。',
  ])('%s', (t) => expect(intents(t)).toEqual(expect.arrayContaining(['offer', 'refuses-waiver'])));
});

describe('a limit stated after a refusal is its alternative, with no "but" needed', () => {
  it.each([
    '36期的分期这边批不了，最多只能帮您做18期，每期手续费0.7%。',
    '停息半年这个我们做不到，最长只能给您延45天。',
    "Sorry, the 60-month term isn't approved; the longest we can set up is 36 months at about $210.",
    'A full freeze on interest is not available on this card, max is a 3-month reduction to 9.9%.',
  ])('%s', (t) => expect(intents(t)).toContain('refuses-waiver'));

  it.each([
    '最多可以帮您分24期，每期手续费0.6%。',
    'The longest plan we offer is 24 months; shall I set it up?',
  ])('a limit alone is no refusal: %s', (t) => expect(intents(t)).not.toContain('refuses-waiver'));
});

describe('an apology before "but" is not read as a move of its own', () => {
  it.each([
    "I'm sorry, but we're unable to waive the over-limit fee.",
    "I'm so sorry, but the waiver request was turned down by the fees team.",
    '很抱歉，但是这笔违约金没办法减免。',
  ])('%s', (t) => {
    const found = intents(t);
    expect(found).toContain('refuses-waiver');
    expect(found).not.toContain('greeting');
  });
});

describe('a question turned to the person after a statement is a second move', () => {
  it.each([
    ['逾期利息这边没办法减，请问您这周哪天能先还一部分？', ['refuses-waiver', 'asks-commitment']],
    ['我们这边调不了费率，那您看月底前能不能先把最低还款还上？', ['refuses-waiver', 'asks-commitment']],
    ["That late fee can't be reversed, could you let me know when you can pay the arrears?", ['refuses-waiver', 'asks-commitment']],
  ] as const)('%s', (t, moves) => expect(intents(t)).toEqual(expect.arrayContaining([...moves])));

  it.each([
    '请问您这个月什么时候可以还款？',
    'Could you tell me when you can make the payment?',
  ])('a question alone carries no refusal: %s', (t) => expect(intents(t)).not.toContain('refuses-waiver'));
});
