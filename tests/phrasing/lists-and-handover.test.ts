// A negated list that ends with "or …" is negated to its end; a secret kept "from anyone else" and then asked for by
// pronoun ("read it to me") is asked for; meeting apps and their share button are remote control. Lines written for
// this test, apart from every corpus.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const rules = (t: string) => detectRedFlags(normalize(t));

describe('a negated list ending in "or" raises nothing', () => {
  it.each([
    'We will never ask you to install remote access software, share your screen, or read out a one-time passcode.',
    'Our staff never ask for your PIN, move your money to a new account, or take control of your phone.',
    '我们不会让您下载远程软件，共享屏幕，或者把验证码告诉我们。',
    // a list of names cut at its first comma goes on naming what the negation forbids
    'Do not buy Apple, Steam or Google Play cards to pay a debt.',
    'Never pay with iTunes, Steam or Google Play cards.',
  ])('%s', (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]));

describe('a word that only looks like a scam word', () => {
  it.each(['不好意思久等了，系统有点卡。', '系统卡了一点，稍等。'])('%s', (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]));
  it('a game point card is still one', () => expect(rules('去买几张游戏点卡，把卡密发给我。')).toContain('safe-account'));
});
});

describe('a request after the negation still counts when it is not part of the list', () => {
  it.each([
    ['We never ask for your PIN, but read me the code we just texted you.', 'asks-secret'],
    ['Never share the code with anyone else, and read it to me now.', 'asks-secret'],
    ['验证码千万别告诉别人，念给我就行。', 'asks-secret'],
    // an opening with a verb of its own is a new request, not the list going on
    ["Don't worry, buy Steam or Apple cards and send me the codes.", 'safe-account'],
  ] as const)('%s', (t, flag) => expect(rules(t)).toContain(flag));
});

describe('a secret named only to say it is not needed is not asked for', () => {
  it.each([
    '还款完成后截图发给我留档就行，不需要告诉我任何密码。',
    '不需要驗證碼，請告訴我您的出生年月日和帳單地址。',
    'Never share your code with anyone, not even me.',
  ])('%s', (t) => expect(rules(t)).not.toContain('asks-secret'));
});

describe('meeting apps and their share button', () => {
  it.each([
    "Open Microsoft Teams, I've sent you an invite. When you're in, hit Share.",
    'Join the Webex I just sent and click the Share button.',
    'Add me on Skype so I can walk you through it on your screen.',
  ])('%s', (t) => expect(rules(t)).toContain('remote-control'));
  it.each(['Press share to send us the statement from the app.', 'Hit share on the post to tell your friends.'])('%s', (t) =>
    expect(rules(t)).not.toContain('remote-control'));
});

describe('remote control by what it does to the device', () => {
  it.each([
    '您把手机上的银行APP打开，然后开一下视频通话，让我看着您操作。',
    '我给您发一个链接，点开后允许所有权限，我这边就能帮您处理。',
    "Please download the app called 'SecureHelp' and give it all permissions so our team can assist.",
    "You'll see a box asking to allow 'Support' to control this device, tap OK.",
    "Keep the video call on and flip your camera to the phone's screen.",
    '请把手机的开发者选项打开，USB调试也开一下。',
    'Please install the configuration profile we emailed.',
  ])('%s', (t) => expect(rules(t)).toContain('remote-control'));
  it.each([
    '我看您操作的截图就可以了。',
    '请在我行APP里允许所有权限，方便接收还款提醒。',
    'Please allow all permissions for notifications in our official app.',
  ])('not: %s', (t) => expect(rules(t)).not.toContain('remote-control'));
});
