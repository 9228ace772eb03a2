// A bank's own words that name a code, a password or a number without asking for one: a code of practice, a password
// "we don't need" (用不到), a code "sent from" a number (发来的) or "sent to you" (发给您的) to be typed into the app, and
// a number that is the amount and date the person will pay (and a code by another name, which must still be flagged:
// "the number we texted you", 收到的那个号码). Classes among the read probes' false red flags and the
// cross-validation's, written here in other words, beside the requests they must not hide.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { MODEL_FLAG_RULES } from '../../lib/phrasing/classify/model-flags';
import { analyseClauses } from '../../lib/phrasing/classify/red-flags';
import { normalize } from '../../lib/phrasing/classify/normalize';

const flags = (t: string) => classifyAgentMessage(t).redFlags;

describe('a code, a password or a number named, not asked for', () => {
  it.each([
    'Complaints are handled within eight weeks, as the code of conduct for lenders requires.',
    '办理分期用不着您的支付密码，您在App里自己确认就行。',
    '待会儿您会收到银行号码发来的验证码，请在App里自己输入，不要告诉任何人。',
    '我们发给您的链接是官方App的下载页，请从应用商店核对。',
  ])('%s', (t) => expect(flags(t)).toEqual([]));

  it('keeps the model alone from reading a number beside a date or an amount as a secret', () => {
    const veto = (t: string) => MODEL_FLAG_RULES['asks-secret'].vetoes?.some((v) => v(analyseClauses(normalize(t)))) ?? false;
    expect(veto('Just give me a number and a day that works, nothing more.')).toBe(true);
    expect(veto('给我报个数，每个月大概能还多少？')).toBe(true);
    expect(veto('Tell me the number on your screen and the payment goes through.')).toBe(false);
    expect(veto('把短信里的数字发我，我帮您还款。')).toBe(false);
    // "the number" is one that exists already, a code by another name: the veto is for "a number" to choose.
    expect(veto('Send me the number from your phone and the payment goes through today.')).toBe(false);
  });
});

describe('the requests they must not hide', () => {
  it.each([
    '把刚才的验证码发来，我帮您提交。',
    '请把收到的短信验证码发给我。',
    'Please read me the code we just texted you.',
    'Tell me your online banking password so I can set up the plan.',
    'Send me the number we texted you and your payment will be processed.',
    '把收到的那个号码发我，我帮您把还款处理了。',
  ])('%s', (t) => expect(flags(t)).toContain('asks-secret'));
});
