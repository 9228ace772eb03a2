// Classes found on the twenty-first and twenty-second writers' first contact (corpus/probe/README.md "Read probes"):
// remote control with no app named (the screen handed over, the agent let in, a camera aimed at a screen, a screen
// that moves by itself, a meeting joined by code, an install from the agent's link), and the bank's own words after
// the fact (what the caller asked for, checking for unknown items, a photo with the card numbers covered, "no screen
// sharing involved", a question about the person's report, a family member's words, a clause narrowing a warning);
// scams in other words (a gift card's serial, a colleague's account); greetings after an SMS header, a name or a role;
// the whole sum demanded as a total, a requirement or the only condition. Also the twenty-third writer's classes. The
// lines here are written apart from the writers'.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { clauses, normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';

const rules = (t: string) => detectRedFlags(normalize(t));

describe('remote control with no app named', () => {
  it.each([
    '请把电脑画面共享出来，我看着帮您提交。',
    '手机投到电视或者电脑上都行，我这边同步看。',
    '审核期间请保持共享状态，不要退出。',
    'Go ahead and share screen with me so I can walk you through it.',
    'Press start sharing on the window that opened.',
    'Could you cast your phone to the laptop for me?',
    'Just let me on your phone for two minutes and it will be sorted.',
    'Approve the connection and I will set up the plan on my side.',
    'There is a toggle in settings that lets me see what you see, switch it on.',
    '用另一台手机对着电脑屏幕，我教您点哪里。',
    'Point your other phone so the camera faces the laptop screen.',
    '屏幕上会自己动，是我在这边帮您弄，不用管。',
    'Type the meeting code 551 208 into the page and wait for me.',
    '先装好辅助工具，链接我发给您了。',
    'Install the file I sent and open it.',
    'Turn on "Unknown apps" for your browser first.',
    'A box will pop up in a second, tap Allow and I will do it for you.',
  ])('%s', (t) => expect(rules(t)).toContain('remote-control'));

  it.each([
    // The bank's own face check opens the camera, pointed at the face.
    '请打开摄像头，按屏幕提示完成人脸识别。',
    // 投诉 is a complaint, not a screen cast.
    '如有不满意，您可以用手机投诉到我们的服务热线。',
    // The agent's own screen and the person's own app.
    'I can see your account on my screen: the arrears are £410.',
    'You can download the form from the link I sent and post it back.',
  ])('not remote control: %s', (t) => expect(rules(t)).not.toContain('remote-control'));
});

describe("the bank's own words after the fact, and scams in other words", () => {
  it.each([
    'When they called, did they mention moving money to a holding account?',
    'Did the text you got include a link to an app?',
    '您刚说对方发了个"协助工具"给您，您有点开安装吗？',
    '事后请检查手机里是否有陌生的设备管理授权，有的话撤销。',
    'Please check for any unfamiliar apps with screen access and revoke them.',
    'Send us photos of the letter, and cover the card numbers before you do.',
    '麻烦把账单拍照发来，卡号的部分遮住就行。',
    'It is a video check in our own app, no screen sharing involved.',
    // A question about the report goes on with it; a family member's words; a clause narrowing a warning.
    '您刚才说有人让您装远程软件，请问您装了吗？',
    'Your daughter said a caller got her to install a screen sharing app, is that right?',
    '千祈唔好裝陌生人叫你裝嘅app，特別係要你開無障礙權限嘅。',
    // Someone else's words in other registers: "that person", Hinglish "you said", "if any agent says … that's fraud".
    '所以那个人让你装一个远程软件，然后说帮你操作网银？',
    "Aapne bola ki kisi ne 'safe account' mein paisa daalne ko kaha tha?",
    'Koi agent bole ki fee do aur CIBIL clean kar denge, toh woh fraud hai.',
    // The message or the caller reported, what a third party said after the verb of saying, advice after the fact, a
    // warning that goes on with "whether by…", a code kept for the person alone.
    'The text you forwarded says "send your OTP to stop legal action". That is not from us.',
    '根据您的描述，对方说只要付钱就能洗白信用记录，这不是本行的服务。',
    'We never use browser extensions for repayments. If you have installed one, remove it and call us.',
    'A real agent will never ask to watch you log in, whether by screen share, video call or a second phone.',
    '视频核身请在本行官方App完成，验证码仅限您本人输入。',
  ])('no red flag: %s', (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]));

  it.each([
    // Still requests: progress checks, a check offered as the pretext, a request beside a covered photo.
    ['你有下载好了吗？下好后把屏幕共享给我。', 'remote-control'],
    ['We need to check whether your phone is safe, install the helper tool I sent.', 'remote-control'],
    ['Cover the back of the card in the photo but read me the code on the front.', 'asks-secret'],
    // Words for the same things in other places: a gift card's serial, a connection code, a colleague's FPS account,
    // a "credit-loan repair" plan, a bureau correction cell, the back of the card in Cantonese.
    ['买好点数卡之后，把序号拍照发给我。', 'asks-secret'],
    ['下载好后，把九位数的连线代码给我。', 'asks-secret'],
    ['先将按金转入我哋同事嘅转数快户口。', 'safe-account'],
    ['我哋有信贷修复计划，俾$6,000包你评级升返A。', 'credit-repair'],
    ['Pay our CIBIL correction cell and your status will be changed to closed.', 'credit-repair'],
    ['你俾埋張卡後面嗰三個字我。', 'asks-secret'],
    // The twenty-fifth writer's classes: Hinglish requests, a colleague's UPI id, a partner's loan that cleans the
    // bureau file, a record said to vanish for a fee, money to "the account below" once the number is read whole.
    ['Sir OTP aur CVV bata dijiye, plan activate karna hai.', 'asks-secret'],
    ["Send the amount to my colleague's UPI id and share the receipt.", 'safe-account'],
    ['Take a top-up loan from our partner NBFC and the overdue will be cleaned from your CIBIL.', 'credit-repair'],
    ['再办一张我们合作的卡，刷卡还清后征信上的逾期就会消失。', 'credit-repair'],
    ['您的迟缴纪录可以付费消除，汇2,800元修复费就行。', 'credit-repair'],
    ['先向下面的账户存入¥12,000验资，核实后原路退回。', 'safe-account'],
    ["Pay through our partner's loan and the bureaus will show the account as never late.", 'credit-repair'],
    // The twenty-sixth writer's classes: access handed to an app, an add-on or a keyboard, a profile trusted, a
    // developer setting, secrets by other names (a key fob's token, a reset code, the number a card reader shows).
    ['Install "Quick Helper" and give it full device access so our officer can review your file.', 'remote-control'],
    ['Please enable notification access for our SMS helper so it can read the bank messages.', 'remote-control'],
    ['Add the "Relief Check" add-on to Chrome, then log in to your online banking as usual.', 'remote-control'],
    ['Set our keyboard as your default keyboard, then our agent can see what you type.', 'remote-control'],
    ['请到设定信任「还款安全描述档」，才可以使用新版还款功能。', 'remote-control'],
    ['请到开发人员选项打开USB侦错，我们技术人员要连线。', 'remote-control'],
    ['Send me the token number from your key fob and I will post the payment.', 'asks-secret'],
    ['Reply with the reset code we emailed you to stop the legal notice.', 'asks-secret'],
  ])('still a red flag: %s', (t, flag) => expect(rules(t)).toContain(flag));
});

describe('a full stop inside a word', () => {
  it('keeps a file name or an address in one clause', () => {
    expect(clauses(normalize('Did the message include a file ending in .apk? Open bank-help.com/join now.'))).toEqual([
      'did the message include a file ending in .apk',
      'open bank-help.com/join now',
    ]);
  });
});

describe('greetings after a header, a name or a role', () => {
  it.each([
    '【安和银行】亲爱的卡友您好，您的账单已逾期，请尽快处理。',
    '刘先生您好，关于您的账单我们这边有个方案。',
    '亲，您好～您的借款今天到期。',
    '早晨！我哋係客服部，想同你傾下還款安排。',
    '您的信用卡已逾期30天。我是贷后管理部坐席周平（工号3310），请您今天回复。',
    'This is a message from Harbour Recovery on behalf of Elm Card about your account.',
  ])('%s', (t) => expect(intentScores(normalize(t)).greeting).toBeGreaterThan(0));

  it.each([
    // An SMS header before a notice, with no hello and no one introduced.
    '【安和银行】尊敬的客户，您的借款已逾期，请于本月20日前还清。',
    'This is an automated message from Elm Finance: your loan is in arrears.',
  ])('no greeting cue: %s', (t) => expect(intentScores(normalize(t)).greeting).toBeLessThan(0.8));
});

describe('the whole sum as a total, a requirement or the only condition', () => {
  const demand = (t: string) => intentScores(normalize(t))['demands-full-payment'];
  it.each([
    '逾期本金和罚息一共9,420元，最晚周五前要还进来。',
    'Restoring the account requires payment of everything past due within seven days.',
    'The card balance has to be paid fully by Monday evening.',
    'The bank requires full settlement of the balance within 14 days.',
    'Only once everything is paid can we lift the block on your card.',
    'Until the whole overdue amount is in, the account stays frozen.',
    '唯有全数清还欠款，先可以重新开通账户。',
    '先把欠款还清再来谈别的。',
  ])('a demand: %s', (t) => expect(demand(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each([
    // A settlement for less, a condition with nothing paid, a sum said not to be needed.
    'We can accept a full and final settlement of $2,000 by the 30th.',
    'We can keep disputing everything until the bureaus remove it.',
    '除非您想提前结清，否则按分期每月还800元就行。',
    'Until the plan is approved, only the minimum payment of $35 is needed.',
  ])('not a demand: %s', (t) => expect(demand(t)).toBeLessThan(INTENT_THRESHOLD));
});

describe('an offer is the agent able or willing, beside the relief it grants', () => {
  const offer = (t: string) => intentScores(normalize(t)).offer;
  it.each([
    '罚息这部分我这边可以全部免掉。',
    '本行可为您办理延后还款两个月。',
    '可以接受一次性还款两万结清。',
    "We'll knock a third of the interest off this month.",
    'The lender is prepared to accept 55% as a one-off payment.',
    'I can put the payments on hold until your next payday.',
  ])('%s', (t) => expect(offer(t)).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each([
    // A refusal before it, a question whether it can be done, a wish, a ceiling for everyone.
    '违约金是按合同收取的，我们无法为您减免。',
    'Let me check whether we can freeze the interest for you.',
    'I wish I could waive the fees, but the system will not let me.',
    '个性化分期最长可以分60期。',
  ])('no offer cue: %s', (t) => expect(offer(t)).toBeLessThan(INTENT_THRESHOLD));
});

describe('a comma between digits is inside a number', () => {
  it('keeps ¥12,000 in one clause', () => {
    expect(clauses(normalize('请存入¥12,000，核实后退回'))).toEqual(['请存入¥12,000', '核实后退回']);
  });
});
