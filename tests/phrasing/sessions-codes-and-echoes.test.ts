// Remote control joined by a code, a clone or a colleague's hands, found among the thirty-ninth to forty-second
// writers' first-contact misses and in lines written apart from them: a number the screen or a fresh app shows read
// back, a phone "cloned" or paired, an app installed with nothing left for the person to do, a screen shared "a moment"
// (共享一下屏幕), the condition after "unless". And the bank's words beside them: a question echoing the person's ("画面
// 分享？不需要"), an A-not-A question (有没有), a symptom named under "if", a price's validity (价格有效期).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import type { TextRedFlagId } from '../../lib/phrasing/types';

const flags = (t: string) => detectRedFlags(normalize(t));

describe('remote control joined by a code, a clone or a colleague', () => {
  it.each<[string, TextRedFlagId[]]>([
    ['装好那个助手以后，屏幕上会跳出一串连线代码，念给我听。', ['asks-secret', 'remote-control']],
    ['Open the helper and read out the digits on your screen so I can connect.', ['asks-secret', 'remote-control']],
    ['Get the app and tell me the code it shows, then I can link it to my side.', ['asks-secret', 'remote-control']],
    ['我们帮您把手机分身到系统里，这样还款可以自动同步。', ['remote-control']],
    ['Approve the pairing request that pops up and our system will mirror your payments.', ['remote-control']],
    ['手机上装个还款助手就好，不用您操作，这边全部搞定。', ['remote-control']],
    ['请点短信里的链接装一下协商App，专员会直接帮您操作。', ['remote-control']],
    ['麻烦您共享一下屏幕，我看看您的还款页面。', ['remote-control']],
    ['把协助功能打开，系统才能读取您的账单。', ['remote-control']],
    ['I cannot see the form unless you share your screen with me.', ['remote-control']],
    ["Don't worry if the cursor starts moving on its own, that's just me filling in the form.", ['remote-control']],
    ['Please install our security profile from the text — it blocks scammers.', ['remote-control']],
    ['Now the screen is shared, log in and no need to hide the password.', ['asks-secret', 'remote-control']],
    ['装个AnyDesk，把上面的号码报给我。', ['asks-secret', 'remote-control']],
    // A session joined the other way round (a code the agent gives typed into a "support site"), a shared screen, a
    // helper running, a phone connected to "our platform", a request accepted, a screen held up to a camera.
    ['Go to our support portal and key in the session number I give you.', ['remote-control']],
    ["We'll go through the form together on a shared screen.", ['remote-control']],
    ['Once the assistant is running I can fill everything in for you.', ['remote-control']],
    ['请先把手机连上我们的协商平台，授权后一键办理。', ['remote-control']],
    ['Click the link, accept the request, and I will connect.', ['remote-control']],
    ['在设置里找到无障碍，把"还款助手"打开。', ['remote-control']],
    ['把手机屏幕对着电脑摄像头，我这边看一下。', ['remote-control']],
    ['Your record stays clean if you let our specialist take control of your device.', ['remote-control']],
    ['Without screen sharing we cannot apply the fee waiver.', ['remote-control']],
    // Banking opened while a video call stays on; a file the "agent" sent, run; developer mode.
    ['Stay on the video call and open your bank app, I will tell you what to tap.', ['remote-control']],
    ['请保持视频通话，切换到手机银行，我一步步指导您。', ['remote-control']],
    ['打开我们发的邮件附件，双击运行"协商助手"。', ['remote-control']],
    ['Open the file we emailed you and click Run.', ['remote-control']],
    ['请打开手机的开发者模式，然后按我说的来。', ['remote-control']],
    // A negation scopes forward; a co-browse; a code that appears; a phone linked to; an agent added to the phone.
    ['Install the support app I sent and do not close it until we finish.', ['remote-control']],
    ["Start a co-browse session and I'll fill in the form myself.", ['remote-control']],
    ['Read me the 8-digit number that appears when you open the helper.', ['asks-secret', 'remote-control']],
    ['If you do not let us link to your phone in ten minutes, the offer lapses.', ['remote-control']],
    ['This update from the SMS link adds our agent to your phone.', ['remote-control']],
    ["I'll send you a small plugin, then I can finish it without you touching anything.", ['remote-control']],
    ['你下載個遙控軟件，我哋幫你處理。', ['remote-control']],
    ['Let me have control of the mouse for a minute.', ['remote-control']],
    ['Turn on Bluetooth and accept the pairing so we can sync your plan.', ['remote-control']],
    ['Allow the app to access your messages and screen.', ['remote-control']],
    ["Switch on 'allow remote management' in your settings.", ['remote-control']],
    ['Approve our device in your Google account so we can access the phone.', ['remote-control']],
    ['请保持APP在后台运行，我们这边可以实时看到您的操作。', ['remote-control']],
    ['请问你的提款卡密码是？', ['asks-secret']],
    // Kept from everyone "but me": a prohibition that reaches the agent and is then handed over anyway.
    ['验证码别告诉任何人，连银行工作人员也不要，直接念给我。', ['asks-secret']],
    ['把还款打到我们催收专员的个人微信上就行。', ['safe-account']],
    ['Send it to the UPI ID of our field officer, not the bank.', ['safe-account']],
  ])('%s → %j', (t, expected) => expect(flags(t).sort()).toEqual(expected));
});

describe("the bank's words beside them", () => {
  it.each([
    // The person's own question echoed before a "no".
    '屏幕共享？不需要的，您告诉我卡号末四位就行。',
    'AnyDesk? No, we never ask anyone to install that.',
    // Questions about what someone else did.
    '之前打给您的那个人，有没有叫您开无障碍？',
    '您当时有没有在那个页面输入过密码？',
    // A symptom named under a condition, and a diagnosis.
    '如果屏幕突然自己动起来，请马上断网并致电我们。',
    "If your cursor ever moves on its own, that's remote control — hang up and call us.",
    // A bank's own reference on the screen, a price that expires, a video call for identity only.
    'Please read me the reference number shown on your screen after the payment.',
    '这个结清价格的有效期到本月底，您考虑一下。',
    '视频会议只用来核对身份，不会让您开共享。',
    // The bank's reassurance: nothing done without the person's consent; a code typed into the bank's own app.
    'We cannot access your device without your consent, and we never will.',
    "You'll be asked to enter the code we text you in the app to sign the plan.",
    // A video call offered for later, and the bank's app named with no call running.
    'If you prefer, book a video call with an adviser; you can also check the plan in your banking app.',
    'Stay on the line while you make the payment in your app, and I will confirm it has arrived.',
    // A prohibition that reaches the agent too: the sentence is a warning.
    '短信验证码请不要告诉任何人，连我也不要，办分期用不到它。',
    'Never share the code with anyone, not even me.',
    // A warning in the negative: no company can, not a personal account.
    'No legitimate company can erase correct records from your credit file.',
    'Pay only into the accounts printed on your statement. Not a personal number, not a wallet.',
    // A number that is not a secret and an officer who is not paid personally.
    "You're chatting with Priya, agent ID 5521. Could you confirm your postcode?",
  ])('%s', (t) => expect(flags(t)).toEqual([]));
});

describe('a prohibition that reaches the agent too', () => {
  it.each(['短信验证码请不要告诉任何人，连我也不要，办分期用不到它。', 'Do not give the code to anyone, not even me.'])(
    '%s: the clause naming the code is a warning',
    (t) => expect(analyseClauses(normalize(t))[0]?.scope).toBe('warn'),
  );

  it('unless something is handed over after it', () =>
    expect(analyseClauses(normalize('验证码别告诉任何人，连银行工作人员也不要，直接念给我。'))[0]?.scope).toBe('plain'));
});
