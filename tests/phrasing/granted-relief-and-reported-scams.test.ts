// Classes found on the twenty-seventh and twenty-eighth writers' first contact and in the read probes before them
// (corpus/probe/README.md "Read probes"): relief already granted and offers said with a hedge; a limit beside an offer;
// false alarms on the bank's own words (a consumer loan, a late fee taken off, a warning against APKs, someone else's
// story told on through "然后" or "who…", a message the person received, a record that cannot be deleted, a code to be
// typed "there, not here"); and scams in chat shorthand, escrow and person-to-person payment IDs, Cantonese credit
// "cleaning" and codes asked for by a supervisor. The lines here are written apart from the writers'.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const rules = (t: string) => detectRedFlags(normalize(t));
const offerCue = (t: string) => intentScores(normalize(t)).offer;

describe('relief already granted and hedged offers are offer cues', () => {
  it.each([
    "I've waived this month's late charge for you.",
    "We've taken the $15 over-limit fee off your balance.",
    'The interest on your card has been frozen for the next three months.',
    'Your repayment plan has been approved, first payment is due on the 12th.',
    '本期的违约金已经帮您减免了，请留意账单。',
    '您的分期申请已经通过了，首期下月扣款。',
    '已经为您把还款日顺延到25号了。',
    'We might be able to lower your monthly payment if you can send your latest payslip.',
    "There's a short-term payment arrangement for you if money is tight right now.",
    '我们有一个停息分期的方案可以帮您申请，您看要不要了解一下？',
    // Relief stated as the terms, with no one said to grant it, and the able agent a clause away from the relief.
    '罚息从下个月起冻结，不再累加。',
    '住院这段时间的月供可以暂缓。',
    '这三个月可以先只还利息。',
    '办理后每月只需还2,100元。',
    '一次过还$15,000就当结清。',
    '年费免不了，不过可以把首期推到下个月。',
    'Your first payment under the plan would be $60 on the 3rd.',
    'The rest is spread over 18 months at no extra interest.',
    'The processing fee is waived if you sign up this week.',
    "We're happy to take $75 now and add the rest to your next payments.",
    'I can convert the overdue amount into 8 monthly EMIs.',
    '我们可以接受一次性还款9,000元结清全部欠款。',
  ])('%s', (t) => expect(offerCue(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each([
    "I've waived this month's late charge for you.",
    "We've taken the $15 over-limit fee off your balance.",
    'We might be able to lower your monthly payment if you can send your latest payslip.',
    '我们有一个停息分期的方案可以帮您申请，您看要不要了解一下？',
  ])('and the classifier reports the offer: %s', (t) => expect(classifyAgentMessage(t).intents).toContain('offer'));

  it.each([
    'A late fee of $25 has been added to your statement.',
    "We've frozen your card because of the missed payments.",
    '您的减免申请已经被拒绝了。',
  ])('a charge added, a card frozen or a refusal grants nothing: %s', (t) => expect(offerCue(t)).toBeLessThan(INTENT_THRESHOLD));
});

describe('a limit beside an offer does not cancel the offer', () => {
  it('offers the deferral and states its limit', () => {
    expect(classifyAgentMessage('可以帮您办理延期还款，最长可以延后20天，期间不收罚息。').intents).toContain('offer');
  });
  it('a limit alone is still policy', () => {
    expect(classifyAgentMessage('个性化分期最长可以分60期。').intents).not.toContain('offer');
    expect(classifyAgentMessage('Plans usually run up to 60 months.').intents).not.toContain('offer');
  });
});

describe("the bank's own words raise no red flag", () => {
  it.each([
    "We've reversed the late fee on your account as a one-off.",
    '也可以把欠款转成消费贷，利率低一点，每月固定还款。',
    '请只在应用商店下载我们的官方APP，不要点陌生链接装APK。',
    'The code we send is for signing in to your own app; type it there, not in this chat.',
    '对方让你装了一个会议软件，然后把验证码念给他，对吗？',
    '按你讲的，那个自称法官的人要你往私人账户汇钱，这是典型的诈骗。',
    '你收到的那条短信写着 "提供卡密可享五折"，那不是我们发的。',
    '准确的逾期记录是删除不了的。',
    'The man you spoke to, who asked for your card PIN, does not work for us.',
  ])('%s', (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]));
});

describe('scams in shorthand, payment IDs, Cantonese and a supervisor’s name', () => {
  it.each([
    ['pls share ur screen w me so i can finish the plan', 'remote-control'],
    ['Send the $2,000 to the escrow account held by the court registrar before 5pm.', 'safe-account'],
    ['请把欠款转到法院托管账户，否则明天强制执行。', 'safe-account'],
    ['今日之内转去我哋同事个转数快，唔好用银行app。', 'safe-account'],
    ['交800块铲单费，我们后台帮你把逾期删了。', 'credit-repair'],
    ['畀$1,500我哋，三日内帮你洗底。', 'credit-repair'],
    ['借我们合作平台一笔钱还清，征信记录马上清光。', 'credit-repair'],
    ["Pay the $200 service charge and we'll wipe the late payment flag from your bureau file.", 'credit-repair'],
    ["Sign up with us and your 'defaulted' status becomes 'clean' on the report.", 'credit-repair'],
    ['My team leader needs your OTP to release the waiver.', 'asks-secret'],
    ['Please confirm the PIN on your card so I can finish the check.', 'asks-secret'],
    ["We'll send you two codes, forward each one to me straight away.", 'asks-secret'],
    ['请报一下您的银行卡交易密码，方便核实。', 'asks-secret'],
    ['收到嘅驗證碼覆返我就得。', 'asks-secret'],
    ['装好之后话我知个ID。', 'asks-secret'],
    ['打开软件后把屏幕上的会议号发我。', 'asks-secret'],
  ])('%s', (t, flag) => expect(rules(t)).toContain(flag));

  it('spells chat shorthand out, and leaves a letter inside a Chinese word alone', () => {
    expect(normalize('Pls send ur acct no. thru the app')).toBe('please send your account no. through the app');
    expect(normalize('U盘')).toBe('u盘');
  });
});
