// Remote control said in plain words (no app named), fraud talk that is not a warning, and the negations and lists
// that keep a bank's own notices from reading as a scam. Rules only where the rule is the point; the shipped model
// where a model-only flag must be held back.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import { scopeOf } from '../../lib/phrasing/classify/scope';

const rules = (t: string) => detectRedFlags(normalize(t));

describe('remote control without an app name', () => {
  it.each([
    "I'll take over your phone for a minute and do the refund myself.",
    'Please accept the connection request that pops up so I can guide you.',
    'Our technician needs access to your laptop to cancel the charge.',
    'Could you point your webcam at your computer screen so I can follow each step?',
    'Please start a Google Meet and present your whole screen.',
    'Go to the download page and run the installer; it lets me fix your account from our side.',
    '我连一下您的手机，帮您把分期取消。',
    '您把手机屏幕给我看一下，我手把手教您。',
    '我给您发了一个会议链接，进去后点底部的"共享"按钮即可。',
    '点击我发的链接安装银联助手，打开以后我后台帮您操作。',
    '請開啟手機的無障礙許可權，這樣客服可以幫您處理。',
  ])('%s', (t) => expect(rules(t)).toContain('remote-control'));
});

describe('not remote control', () => {
  it.each([
    '请下载恒信银行官方APP，在「还款」栏目自行申请还款。',
    'You can download our official mobile banking app from the App Store and view your statement.',
    '我这边后台帮您查了一下，您的还款已经到账了。',
    '我们的服务都通过手机银行完成，不使用任何外部远程工具。',
    '近期有不法分子假冒客服诱导用户打开屏幕共享，务必保持警觉。',
    "I can't see your screen from here, so can you tell me the error message?",
    "Okay, I'll connect you to a colleague now.",
  ])('%s', (t) => {
    expect(rules(t)).toEqual([]);
    expect(classifyAgentMessage(t).redFlags).toEqual([]);
  });
});

describe('fraud talk that warns of nothing', () => {
  it('a "fraud team" or 涉嫌诈骗 leaves the request in its clause plain', () => {
    expect(scopeOf('our fraud team needs to connect to your computer remotely')).toBe('plain');
    expect(scopeOf('您的账户涉嫌诈骗案件')).toBe('plain');
    expect(rules('We have detected fraudulent activity; our fraud team will connect remotely to protect your funds.')).toContain('remote-control');
  });

  it('a real warning still scopes', () => {
    expect(scopeOf('that is a scam')).toBe('warn');
    expect(scopeOf('谨防诈骗')).toBe('warn');
  });
});

describe('negations and lists', () => {
  it('无权 and 不使用 negate', () => {
    expect(scopeOf('银行无权删除')).toBe('neg');
    expect(scopeOf('不使用任何第三方远程软件')).toBe('neg');
    expect(scopeOf('不用担心')).toBe('plain');
  });

  it('a comma list shares the scope of the clause it continues, unless it asks for something', () => {
    expect(analyseClauses(normalize('We will never ask for your PIN, password or passcode.')).map((c) => c.scope)).toEqual(['neg', 'neg']);
    expect(classifyAgentMessage('We will never ask for your PIN, password or passcode.').redFlags).toEqual([]);
    expect(rules('We will never ask for your PIN, just send me the code.')).toContain('asks-secret');
  });

  it('the last digits of any ID document identify, they do not authorise', () => {
    expect(classifyAgentMessage('请报一下证件号码的后六位做个核验。').redFlags).toEqual([]);
  });
});
