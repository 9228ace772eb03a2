// An app handed over in ways that name no remote tool: kept open and running beside the install, nothing left for the
// person to do, a link in a chat app, the agent logging into the person's banking after a prompt is allowed, the
// notifications read, mirroring turned on, or an app to install in a message that is a scam on other counts. Classes
// found among the fifty-third writer's first-contact misses (corpus/probe/README.md), written here apart from its
// lines; beside them, the bank's own app, a page kept open while a form is sent, and warnings about the same steps.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, detectRedFlags, ruleFlags } from '../../lib/phrasing/classify/red-flags';

const flags = (t: string) => detectRedFlags(normalize(t));

describe('an app handed over without a remote tool named', () => {
  it.each([
    '下载这个检测工具后请保持打开，别退出，我这边处理。',
    'Install the Secure Pay tool and keep it running until I confirm the refund.',
    'Download the checker, click Run and do not close the window while I look at the account.',
    '点开链接装好就行，剩下啥也不用管。',
    '装个小插件，后面都不用你管了。',
    'Once the popup comes up click Allow, then I will log into your online banking and apply the credit.',
    '弹出来的提示点“允许”，然后按我说的点。',
    '在微信里的链接下载“还款助手”。',
    'Download the helper from our WhatsApp link and open it.',
    'Tap Install on the update we just pushed to your phone.',
    '你先点一下链接，装好以后我就看到。',
    'Download the signing helper and allow it to read notifications so the code comes through.',
    '下载后开启通知读取权限，验证码会自动填好。',
    'Turn on mirroring from your control centre and pick the device named Support 2.',
    '先装“安全卫士”，然后把卡里的钱转到它显示的监管账户。',
    'Install the Vault app and move your savings into the holding account it shows.',
    'Pay the 300 dollar fee and install our partner app; the late payments will be deleted from your report.',
  ])('%s', (t) => expect(flags(t)).toContain('remote-control'));
});

describe('the same words with nothing handed over', () => {
  it.each([
    '请下载我行官方App，在App里自己提交分期申请。',
    '提交资料时请保持页面打开，不要关闭窗口。',
    'Download your statement from online banking and keep it for your records.',
    'We will never ask you to install an app or keep anything running on your phone.',
    'If someone asks you to turn on screen mirroring, that is a scam.',
    '这个手续费的事您不用管，系统会自动处理。',
    'I will log into our system and check the balance for you.',
    'Keep the chat window open while I check the plan with my supervisor.',
    'Please allow the notification permission for our app so payment reminders reach you.',
  ])('%s', (t) => expect(flags(t)).not.toContain('remote-control'));
});

describe('the reason it gives', () => {
  it('quotes the clause that installs and is kept open once, not once for each rule that found it', () => {
    const flag = ruleFlags(analyseClauses(normalize('下载这个检测工具后请保持打开，别退出，我这边处理。'))).find((r) => r.flag === 'remote-control');
    expect(flag?.reason).toBe('remote control or screen sharing: "下载这个检测工具后请保持打开"');
  });
});
