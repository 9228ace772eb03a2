// A refusal said as one verb phrase: the inability and the relief it withholds are one act (没办法给您降, 不给你减了,
// 调不了, "won't let me knock anything off", "not able to push the date back"), with no second word naming the relief.
// A class of the read probes' missed refusals (most of them had no lexicon cue at all), written here in other words,
// beside the same words asked as a question (能不能给您延期, 可不可以豁免), said of a credit record, or in a warning.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';

const refusal = (t: string) => intentScores(normalize(t))['refuses-waiver'];

describe('the inability and the relief as one act is a refusal', () => {
  it.each([
    '不好意思，这个我没办法给您降。',
    '这回就不帮你减了，上个月刚给过一次。',
    '我们没有权限给您调低这部分费用。',
    '我们现在不做停息挂账了。',
    '罚金这一块我这边调不了。',
    '年費真係免唔到，唔好意思。',
    '这个数字我实在动不了，合同就是这么签的。',
    'Honestly the system will not let me take anything off that balance.',
    "We're not able to push the payment date back a second time.",
    "I don't have the authority to write anything off, sorry.",
    "I can't switch you to the lower rate on an existing balance.",
    'There is no waiver available on charges of this kind.',
    "Sadly it's a firm no from the fees team on the refund.",
  ])('%s', (t) => expect(refusal(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('the same words where nothing is refused', () => {
  it.each([
    // asked, not answered: the 不 of an A-not-A question negates nothing
    '我去问问主管能不能给您延期，请稍等。',
    '這個我要問下上司可不可以豁免，你等等。',
    // the person's own inability, not the bank's
    '如果您这个月实在还不上，可以先联系我们。',
    // a scam warning in the bank's voice
    '银行不会让您把钱转到所谓的安全账户。',
    // what a question about the plan says
    'Can you tell me whether you would be able to pay the reduced amount?',
  ])('%s', (t) => expect(refusal(t)).toBeLessThan(INTENT_THRESHOLD));

  it('reads the removal of an accurate record as a rule stated, not a refusal', () => {
    const c = classifyAgentMessage("We can't take accurate late payments off your credit report, and nobody else can either.");
    expect(c.intents).not.toContain('refuses-waiver');
  });
});

describe('a decision not the agent\'s to make, and an accurate record stated, refuse nothing', () => {
  it.each([
    '减免多少我这边做不了主，要等风控审批。',
    "I can't sign off on a write-off of that size on my own; I'll pass it to my team leader today.",
    'Correctly reported missed-payment entries stay on your file; nobody can delete them for a fee.',
    "Negative listings that were reported accurately can't be changed by us or by anyone else.",
  ])('%s', (t) => expect(classifyAgentMessage(t).intents).not.toContain('refuses-waiver'));

  it('still reads a fee that cannot be removed as a refusal', () => {
    expect(classifyAgentMessage("Sorry, we can't remove the late fee from this statement.").intents).toContain('refuses-waiver');
  });
});
