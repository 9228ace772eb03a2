// A bank's own words about a scam, classes found among the forty-seventh, forty-eighth, fifty-first and fifty-second
// writers' first-contact false flags (corpus/probe/README.md) and written here apart from their lines: the person's
// report run on after a warning word (您反映有人冒充…，让您…), a report opened with 头先/之前 (你之前讲…), someone else's
// words through "unless", a thing disowned ("didn't come from us", "not affiliated with us"), "does not use", a verdict
// that tells the person to ignore it (…的，都请直接拒绝 / 请一律不要理会), the person's description (您描述的, "what
// you're describing … is a scam"), an echo answered "we don't have one", a question after the fact ("did you type…"),
// what the scam really is (其实就是…), 您问可不可以…, a transfer refused whatever the account is called (都不要转), and
// Linked devices opened to remove one. Beside them, the scams that use the same words and must stay flagged (a code
// inside a message the person received, read out to the agent, among them).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const flags = (t: string) => detectRedFlags(normalize(t));

describe('a bank reporting or disowning a scam flags nothing', () => {
  it.each([
    '您反映有人假冒我行客服，叫您装了一个会议软件，我们已经登记，请尽快卸载。',
    '你之前讲有个人叫你装TeamViewer再把号码读给他，那个不是我们的同事。',
    'The man on Telegram told you the card would be blocked unless you sent the funds to a "secure wallet"? Please do not send anything.',
    'The text you received asking you to "share your screen for a refund" did not come from us.',
    'Anyone offering to wipe your defaults for a fee is not affiliated with the bank.',
    'Harbor Bank does not use screen-sharing apps in chat, whatever a caller says.',
    '凡是让您开屏幕共享或者把钱转去安全账户的，都请直接拒绝。',
    '有人打电话要求您在电视上装会议软件的，请一律不要理会。',
    // Someone else's words through a chain of people (a relative's friend, 你表姐的同事说…).
    "So your brother's mate said a man can clear your defaults for £200? I wouldn't go near that.",
    '你表姐的同事说交三千块就能把逾期记录删掉？那是骗人的。',
    // The person's description, an echo answered "we don't have one", a question after the fact, what the scam really
    // is, "you asked whether…", and a transfer refused for every name an account is given.
    '您描述的那个提示“允许对方控制屏幕”，就是骗子的惯用手法。',
    "What you're describing, a box asking to let 'Support' control your screen, is a scam.",
    'A repayment plug-in? We do not have one. Remove any extension a caller told you to add.',
    'After they moved the cursor, did you type your online banking password anywhere?',
    '骗子常说“帮您升级一下系统”，其实就是让您装控制软件。',
    '您问可不可以把钱先转到专员的个人账户，不可以的。',
    '不管对方说是“监管账户”还是“清算账户”，都不要转。',
    'In our app go to Settings, then Linked devices, and remove any you do not recognise.',
  ])('%s', (t) => expect(flags(t)).toEqual([]));
});

describe('the scams in the same words stay flagged', () => {
  it.each<[string, string]>([
    ['Your account will be frozen unless you move the money to a holding account today.', 'safe-account'],
    ['This request did not come from a person, it is our verification robot: share your screen so it can scan.', 'remote-control'],
    ['请马上下载会议软件并共享屏幕，不要理会短信里的提醒。', 'remote-control'],
    // A code in a message the person received is the bank's words, but reading it out to the agent is the agent's ask.
    ['您刚收到的那条短信里有六位数字，直接念给我就行。', 'asks-secret'],
    ['The SMS you just got has a one-time code in it, please send it to me.', 'asks-secret'],
    ['Our app? We do not have one for this. Download the Helpdesk tool from my link and read me its code.', 'remote-control'],
    ['Open WhatsApp, Settings, Linked devices, then tap link with phone number and enter my code.', 'remote-control'],
    ['You are right, the earlier text was not from us. To secure the card, install the support app and read me the code it shows.', 'remote-control'],
  ])('%s', (t, flag) => expect(flags(t)).toContain(flag));
});
