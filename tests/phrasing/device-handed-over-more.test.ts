// Remote control in still more words, classes found among the forty-seventh writer's first-contact misses
// (corpus/probe/README.md) and written here apart from its lines: a remote desktop's own prompt ("observe and control"),
// a run box the person types the agent's line into, a phone's screen shared, a chat linked to the agent's desktop, a
// sign-in with an account the agent provides, 授权协助, 让我这边接管一下, 同步看到, a plug-in installed at the agent's
// word; the sharing kept on (不要关闭共享 is an instruction, not a negation); an app "not in the store" (its 没有 negates
// nothing). Beside them, what a bank's own chat says with the same words.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const flags = (t: string) => detectRedFlags(normalize(t));

describe('the device handed over in still more words', () => {
  it.each([
    'A window will ask whether "Helpdesk" may view and control your computer. Say yes and I will file the hardship form.',
    'Hold the Windows key and press R, then paste the text I send you and hit Enter.',
    'Open PowerShell and run the line below, it verifies your repayment profile.',
    'Please share your iPhone screen for a minute so I can check the arrears page.',
    'In WhatsApp go to Settings, Linked devices, and scan the code I send you.',
    'Sign into your phone with the Apple ID we will provide, then the payment tool installs itself.',
    'Tap "let the specialist take over" and leave the rest to us.',
    'Grant the helper device control so the instalments are set up automatically.',
    '下载好以后点一下授权协助，我这边帮您把分期办好。',
    '您别动手机，让我们后台“接管”一下，几分钟就办好。',
    '扫这个码以后，我这边能同步看到您的手机银行。',
    '先装一个还款插件，装完会弹出六位数字，发给我。',
    '我们的工具已经连上了，请不要关闭共享，马上就好。',
    "Keep the share running and don't stop sharing until I say so.",
    '请通过我发的链接下载还款助手（应用商店里没有），装好后把无障碍权限打开。',
  ])('%s', (t) => expect(flags(t)).toContain('remote-control'));
});

describe('the same words from a bank', () => {
  it.each([
    'Our app is on the App Store and Google Play only; never install anything from a link in a chat.',
    '我行不会要求您共享屏幕或安装任何插件，如有人这样要求请立即挂断。',
    'You stay in full control of your repayments; you can change the date in the app.',
    '网银首次登录请按提示安装我行安全控件。',
    'Your case has been taken over by our hardship team, who will call you on Monday.',
    '您的案件已由专人接管，后续有问题可以直接联系她。',
  ])('%s', (t) => expect(flags(t)).not.toContain('remote-control'));
});

describe('an app said to be missing from the store negates nothing', () => {
  it.each(['需要您先通过我发的链接下载还款助手(应用商店里没有)', "download the tool from my link, it isn't on the play store"])('%s', (t) =>
    expect(scopeOf(normalize(t))).toBe('plain'),
  );
  it('a real negation beside it still negates', () => expect(scopeOf(normalize('我们不会让您下载应用商店里没有的软件'))).not.toBe('plain'));
});
