// The rules added for wording the first rules missed: a warning whose verdict comes last, an SMS read back, a code
// read back, remote-control apps and phrasings, and the normaliser keeping mainland 么.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const rules = (t: string) => detectRedFlags(normalize(t));

describe('a warning whose verdict comes last scopes its subject', () => {
  it.each([
    '凡是要求您先交钱才能"消除征信"的，都是骗子，千万别上当。',
    '只要是让您先付费再修复信用的，一律是诈骗。',
    'If anyone asks you to move money to a safe account, that is a scam.',
  ])('%s', (t) => {
    expect(rules(t)).toEqual([]);
    expect(classifyAgentMessage(t).redFlags).toEqual([]);
  });

  it('only within its own sentence: the offer before it still counts', () => {
    expect(rules('交3000元手续费，我们帮您把逾期记录消掉。别人那样做的，都是骗子。')).toContain('credit-repair');
  });

  it('a clause that is not a verdict leaves the others plain', () => {
    expect(analyseClauses(normalize('交3000元服务费，我们把不良记录消掉，这是正规流程')).every((c) => c.scope === 'plain')).toBe(true);
  });
});

describe('secrets asked back', () => {
  it.each([
    ['我这边刚给您下发了个短信，您麻烦报给我就能办。', 'asks-secret'],
    ["I've sent a code to your phone - read it back to me to confirm the plan.", 'asks-secret'],
    ['Please tell me the three digits on the back of the card.', 'asks-secret'],
  ])('%s → %s', (t, flag) => expect(rules(t)).toContain(flag));

  it.each(['已给您发了短信，请查收。', "We'll text you a code to log in to the app.", 'To pass security, please give me the answer to your memorable word question.'])(
    'no flag: %s',
    (t) => expect(rules(t)).toEqual([]),
  );

});

describe('remote control in other words', () => {
  it.each(['请打开屏幕分享，我帮您操作一下还款。', 'Let me remote into your laptop and set up the plan.', "I'll need to access your phone to apply the waiver.", 'Open Quick Assist so I can help.'])(
    '%s',
    (t) => expect(rules(t)).toContain('remote-control'),
  );
  it.each(['我们不会要求您共享屏幕或下载任何远程软件。', 'We will never ask to access your computer or phone.', 'You can see your balance on the screen in the app.'])(
    'no flag: %s',
    (t) => expect(rules(t)).toEqual([]),
  );
});

describe('normalize', () => {
  it('keeps mainland 么 (OpenCC taken one character at a time makes it 幺) and still folds Traditional 麼', () => {
    expect(normalize('为什么这么久')).toBe('为什么这么久');
    expect(normalize('為什麼')).toBe('为什么');
  });
});

describe('pressure to stay on the line and tell nobody is no negation, warning or reported speech', () => {
  it.each([
    ["Don't hang up and install AnyDesk so I can fix it for you.", 'remote-control'],
    ["Don't tell anyone about this call and read me the code we texted you.", 'asks-secret'],
    ['不要告诉任何人把刚收到的验证码发给我。', 'asks-secret'],
    ['不要挂电话先下载向日葵。', 'remote-control'],
    ['别告诉家人先把钱转到安全账户。', 'safe-account'],
  ])('%s → %s', (t, flag) => expect(rules(t)).toContain(flag));

  it.each([
    'We will never ask for your code. If anyone does, hang up.',
    '不要把验证码透露给任何人。',
    'If anyone asks you to install AnyDesk, hang up and call the number on your card.',
  ])('still a warning: %s', (t) => expect(rules(t)).toEqual([]));
});
