// Classes found on the twenty-seventh to thirty-second writers' first contact (corpus/probe/README.md "Read probes"):
// refusals in indirect words (non-refundable, "can't be split", 不能分期, 系统不允许, 不会同意), a question about the
// person's paying as a request for a commitment, a decision waiting on a process (走流程, 上会, a queue, "manual review");
// scams in new clothes (a bureau blacklist, an insider at the credit centre, a custody or "new" account, a personal
// e-mail as payee, the agent reading the codes off a shared screen) and the bank's own words beside them (a scam told
// as the person's story, "I'm not asking for…", 都是假的, a code typed "there"). The lines are written apart from the
// writers'.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import type { IntentId } from '../../lib/phrasing/types';

const intents = (t: string) => classifyAgentMessage(t).intents;
const cue = (t: string, intent: IntentId) => intentScores(normalize(t))[intent];

describe('refusals in indirect words', () => {
  it.each([
    "The late fee is non-refundable, I'm afraid.",
    "Your balance can't be split into instalments at this stage.",
    "I'm not in a position to waive the annual fee.",
    '违约金这块不能减免，合同上写得很清楚。',
    '您这个账户已经办过一次延期，系统不允许再申请。',
    '每月三百的方案公司不会同意的。',
    '罚息减不了，这是系统自动算的。',
  ])('%s', (t) => expect(intents(t)).toContain('refuses-waiver'));

  it('names its relief in the same words', () => {
    expect(cue("A further payment holiday isn't something we offer once the account is in default.", 'refuses-waiver')).toBeGreaterThanOrEqual(INTENT_THRESHOLD);
    expect(cue('这笔欠款不能分期，只能一次性处理。', 'refuses-waiver')).toBeGreaterThanOrEqual(INTENT_THRESHOLD);
  });
});

describe("a question about the person's paying asks for a commitment", () => {
  it.each([
    "Can you confirm you'll pay the $95 by Friday?",
    "What's the earliest you could get the first payment to us?",
    'Please let me know by when you will pay the overdue amount.',
    '您这周五之前能把最低还款还上吗？',
    '你几点可以过数？',
    '下个月5号之前可以先缴一部分吗？',
  ])('%s', (t) => expect(intents(t)).toContain('asks-commitment'));

  it.each(['When you pay, the interest stops.', 'Did you pay anything last month?', '您上个月已经还了吗？'])(
    'a statement or a payment already made asks for nothing: %s',
    (t) => expect(cue(t, 'asks-commitment')).toBeLessThan(INTENT_THRESHOLD),
  );
});

describe('a decision that waits on a process or someone else', () => {
  it.each([
    "I've logged it for manual review and a credit officer will decide this week.",
    'My TL has to look at this before I can confirm it.',
    "It's sitting in the approval queue, awaiting a credit decision.",
    '减免要走流程，我先帮您报上去，等审批结果。',
    '延期超过三个月要上会讨论，我这边做不了决定。',
    '这个得组长签字才行，我先帮您提报。',
  ])('%s', (t) => expect(intents(t)).toContain('needs-approval'));
});

describe('scams in new clothes', () => {
  it.each([
    ['Pay the NGN 30,000 clearance fee and your name comes off the bureau blacklist today.', 'credit-repair'],
    ['For RM900 our consultant gets the CCRIS entries deleted from the bureau.', 'credit-repair'],
    ['我们和征信中心有合作，交两千块服务费就帮您处理干净。', 'credit-repair'],
    ['交完钱之后，征信报告就干净了。', 'credit-repair'],
    ['Kindly lodge the $700 to the custody account below.', 'safe-account'],
    ['Going forward please remit your instalments to the new account: Acct 55012211, Beneficiary J. Doe.', 'safe-account'],
    ['Pay the arrears by e-Transfer to collections.team@gmail.com today.', 'safe-account'],
    ['请把逾期款全额汇入以下保全账户。', 'safe-account'],
    ['以后还款请扫这个收款码，原来的APP已经停用了。', 'safe-account'],
    ["Install the update from this link and tap Allow on Accessibility when asked, otherwise the plan won't load.", 'remote-control'],
    ["Keep sharing your screen while the OTPs arrive, I'll read them myself.", 'asks-secret'],
    ['Hey, the bank just sent you a code — can you read the whole thing to me?', 'asks-secret'],
    ['如需协商请回复完整卡号和有效期。', 'asks-secret'],
    ['需要您网银的账号和密码，我后台帮您操作。', 'asks-secret'],
    // The thirty-first and thirty-second writers' classes: a person's payment handle, a score "back to 750", a record
    // gone from a named bureau, 注销不良记录, digits read off a remote app, a code "from the SMS", pressure to avoid the app.
    ["Send the settlement to our agent's M-Pesa line before 5pm.", 'safe-account'],
    ["Pay the S$800 to my personal PayNow number and it's settled.", 'safe-account'],
    ["Pay into this personal GCash account, not the bank's.", 'safe-account'],
    ['把5,000元转到这个支付宝账户，明天征信上的逾期就没了。', 'credit-repair'],
    ['For $200 your score goes back to 750 within a month.', 'credit-repair'],
    ['Pay the £180 admin fee and the default will disappear from Experian.', 'credit-repair'],
    ["We'll dispute every late mark for $99, even the ones that are accurate.", 'credit-repair'],
    ['交一笔手续费，我们帮您注销不良记录。', 'credit-repair'],
    ['打开软件后把画面上的九位数发给我。', 'asks-secret'],
    ['Please confirm your online banking user ID and password so I can apply the waiver.', 'asks-secret'],
    ['Send me the code from the SMS we just sent you.', 'asks-secret'],
    ['You must wire the full $3,100 to the holding account below — do not use the app.', 'safe-account'],
  ])('%s', (t, flag) => expect(detectRedFlags(normalize(t))).toContain(flag));
});

describe("the bank's own words beside them raise no red flag", () => {
  it.each([
    'You were told that a fee would remove the default from your file — that was a scam.',
    "To be clear, I'm not asking for your card PIN, only your date of birth.",
    '防骗提醒：要求您开启悬浮窗权限的“客服”都是假的。',
    '近期有人冒充我行以“征信修复”为名收费，请勿相信。',
    "Log in to the app and tap Accept; you'll be asked to enter the code we text you there.",
    '您可以在网站缴款，或者用转数快转去银行的还款户口，户口名一定是本行。',
    'A late payment drops off your report after six years.',
    '提醒您：有骗徒冒充银行职员，叫客人装远程控制软件，千万不要跟着做。',
    '如收到陌生短信要求下载App或描述文件，请不要点击。',
    '您父亲说有人自称是我们的员工，要他把钱转到私人账户？我们核实一下。',
    'Hi, this is Leo from QuickCash support, how can I help?',
    '请问您是这个支付宝账号的实名用户本人吗？',
    'You can pay from your personal account or at any branch.',
  ])('%s', (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]));
});
