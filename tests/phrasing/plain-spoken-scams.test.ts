// Classes found on the seventeenth and eighteenth writers' first contact (corpus/probe/README.md "Read probes"): remote
// control spoken plainly (the agent working the phone while the person keeps still, a permission prompt, a "start"
// button and nothing else touched), secrets described, money to a wallet or a named person, a repair sold for a fee;
// warnings that point back at a list, sit between two warnings, open a list with a colon, or say what a step is for;
// and decisions taken by someone else. The lines here are written apart from the writers'.
import { describe, expect, it } from 'vitest';
import { INTENT_THRESHOLD, intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const rules = (t: string) => detectRedFlags(normalize(t));
const score = (t: string) => intentScores(normalize(t));

describe('remote control with no app named', () => {
  it.each([
    '您把手机放着别动，我这边帮您操作，几分钟就好。',
    '电脑开着就行，什么都不用输，我这边在操作。',
    "Keep the video call going and don't touch anything; I'll do it for you from here.",
    '等一下会弹出一个框，问是否允许"服务助手"控制设备，点允许。',
    '弹窗出来全部都按允许，那是我们系统在同步。',
    'When it asks to draw over other apps, say yes.',
    'Tap the green Start button and then leave it, the rest is automatic.',
    'It will warn about an unknown source; just allow it, that is fine.',
    '明天上午电脑开着等我连线，我直接帮您办好。',
  ])('%s', (t) => expect(rules(t)).toContain('remote-control'));

  it.each([
    // An agent processing a request, and a person asked to wait: each half alone.
    '我这边帮您操作一下延期，请稍等。',
    '请您先别挂断，我查一下您的账单。',
    'Please keep the line open while I check your account.',
  ])('not alone: %s', (t) => expect(rules(t)).not.toContain('remote-control'));
});

describe('secrets described, money sent to a person, a repair sold', () => {
  it.each([
    ['刚收到的那条四位数的码念给我听一下。', 'asks-secret'],
    ['把银行卡正反面拍清楚发过来。', 'asks-secret'],
    ['What PIN is on the card at the moment? I only need it to open the plan.', 'asks-secret'],
    ['Forward me the SMS you got from us, digits and all.', 'asks-secret'],
    ['短信里那句"请勿泄露"是对外人说的，我们是银行内部，可以发我。', 'asks-secret'],
    ['Transfer the first payment to the account in the name of our agent, M. Reyes.', 'safe-account'],
    ['钱先转进资金托管户，审核完成后会退回给您。', 'safe-account'],
    ['付一千块服务费，我们帮您把征信修复好。', 'credit-repair'],
    ['你先把这笔钱交了，我让后台把那条逾期记录删走。', 'credit-repair'],
  ] as const)('%s', (t, flag) => expect(rules(t)).toContain(flag));
});

describe('warnings in these shapes raise no flag', () => {
  it.each([
    'Remote apps, screen sharing and codes: we never ask for any of these.',
    '远程协助、屏幕共享、验证码，以上这些我们都不会向您要。',
    '有人冒充银行客服，以减免为名让您远程协助，请一定当心。',
    '本行绝不会要求您做以下事情：共享屏幕、安装远程软件、提供短信验证码。',
    'We will never ask you to install an app so we can see your screen.',
    'That is a common trick: a message telling you to tap allow on everything.',
    '您是说来电的人让您装一个会议软件并共享屏幕？那不是我们。',
  ])('%s', (t) => expect(rules(t)).toEqual([]));
});

describe('a decision taken by someone else, and a refusal as a decision', () => {
  it.each([
    '能不能减免，要等总部审批后才知道。',
    '我先跟资金方确认一下，再回复您。',
    'I will need to check with our risk team before I can confirm that.',
    'That has to be signed off by my team leader first.',
  ])('needs approval: %s', (t) => expect(score(t)['needs-approval']).toBeGreaterThanOrEqual(INTENT_THRESHOLD));

  it.each([
    '您的延期申请未获通过。',
    '减免方案经评估后不予核准。',
    "I'm sorry, the application hasn't been successful this time.",
    'We are unable to agree to your proposal of £10 a month.',
  ])('refuses: %s', (t) => expect(score(t)['refuses-waiver']).toBeGreaterThanOrEqual(INTENT_THRESHOLD));
});

describe('three more readings', () => {
  it.each([
    // A screenshot the person sent is not the screen seen live.
    'Thanks, I can see the screenshot you sent of the payment page.',
    // A code the agent tells the person to keep.
    "The code you got was only for your app login; you don't need to share it with me.",
    // The person's own request, refused.
    '您要求删除逾期记录，这个我们做不到，征信是按实际情况上报的。',
  ])('no flag: %s', (t) => expect(classifyAgentMessage(t).redFlags).toEqual([]));
});

describe('a bank-voiced impostor, and the bank\'s own channels', () => {
  it.each([
    ['会议别退出，屏幕也别关，后台正在处理。', 'remote-control'],
    ['您开着视频对准电脑屏幕，我帮您看一下网银页面。', 'remote-control'],
    ['手机上弹出什么都点允许，我这边帮您弄好。', 'remote-control'],
    ['麻烦重新进一下会议室，进去以后再点share。', 'remote-control'],
    ['Point the camera at your banking page so I can check the arrears.', 'remote-control'],
    ['Our technician is already connected to your phone, please do not touch it.', 'remote-control'],
    ['装好以后打开，上面显示的八位编号念给我。', 'asks-secret'],
    ['把密码输进我发的那个网页里就可以了。', 'asks-secret'],
    ['先往专员个人卡上打1000保证金，再给您办结清。', 'safe-account'],
    ['请把钱转到我们提供的保管账户，解除警示后再转回来。', 'safe-account'],
    ['我们有内部渠道，三千块包删呆账记录。', 'credit-repair'],
  ] as const)('%s', (t, flag) => expect(rules(t)).toContain(flag));

  it.each([
    // A code typed into the bank's own app, in either order, and "do not tell me".
    '办理时收到的验证码请输入到手机银行APP里，切勿透露给我。',
    '验证码请自行填写在本行APP的页面上，客服不会问您要。',
    // The bank's own remote video identity check.
    '远程视频核身需要您在官方APP里自己发起，我们不会看您的屏幕。',
    // A condition, then a refusal about it.
    '若收到要求下载"协商APP"的短信，请勿点击，可以截图发给我们核实。',
    // A late penalty cancelled is no record removed.
    '这次帮您撤销逾期罚款，下个月按时还就好。',
  ])('no flag: %s', (t) => expect(rules(t)).toEqual([]));

  it('a scammer\'s "don\'t refuse" is no refusal: the request stays one', () => {
    expect(rules('如果手机问是否共享屏幕，不要拒绝，直接点共享。')).toContain('remote-control');
  });
});

describe('what a scope rule must not swallow', () => {
  it.each([
    // 小时 is no "when": the pressure after it does not turn the request into a condition warned about.
    ['您需要在2小时内下载向日葵，请勿告诉家人。', 'remote-control'],
    // "don't close any of these windows" is pressure about the session, not a refusal pointing back at the request.
    ["Install AnyDesk, and don't close any of these windows.", 'remote-control'],
  ] as const)('%s', (t, flag) => expect(rules(t)).toContain(flag));
});

describe('a bank\'s ordinary words that the plain-spoken cues must leave alone', () => {
  it.each([
    '这是银行内部的规定，请把收入证明发给我们。',
    'You can pay with Apple Pay or Google Wallet in our app.',
    '通过微信支付账户还款也可以。',
    'Payments must come from an account in the name of the cardholder.',
    '把还款页面截图给我看一下。',
    'Can you show me your account statement?',
    '请保持通话，我这边帮您操作一下延期。',
    '密码不要输错，我这边帮您操作。',
  ])('%s', (t) => expect(rules(t)).toEqual([]));
});

describe('a wallet and a pretext', () => {
  it('money to a wallet someone names is a safe-account sign; a phone wallet is not', () => {
    expect(rules('Move the funds to the wallet address I just sent you.')).toContain('safe-account');
    expect(rules('You can pay with Apple Pay or Google Wallet in our app.')).toEqual([]);
  });
  it('a pretext with nothing moved is a collection warning, not a safe-account flag', () => {
    expect(classifyAgentMessage('您长期逃避还款或涉嫌违法，银行可以移送公安。').redFlags).toEqual([]);
  });
});
