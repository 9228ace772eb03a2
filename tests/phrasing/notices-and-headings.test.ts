// Legitimate lines that name a scam's tools without asking for them: a document downloaded, a heading over a
// negation, the harm a thing does, a code kept "even from me", a question about what the person gave someone else,
// a text that only carries an outcome. Each is paired with the request it must not hide.
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { analyseClauses, clauseCues, detectRedFlags } from '../../lib/phrasing/classify/red-flags';

const rules = (t: string) => detectRedFlags(normalize(t));
const flags = (t: string) => classifyAgentMessage(t).redFlags;

describe('a downloaded document is no install', () => {
  it.each([
    '可到本行官网下载申请书，填好后寄回即可。',
    '您可以在网银里下载一份对账单。',
    'You can download your statements from the Documents section of online banking.',
    'Download the form, sign it and send it back by post.',
  ])('no install cue: %s', (t) => {
    expect(analyseClauses(normalize(t)).some((c) => c.cues.includes('install'))).toBe(false);
    expect(flags(t)).toEqual([]);
  });

  it.each(['下载向日葵，把识别码发给我。', 'Download AnyDesk and read me the nine-digit code.', '先下载一下这个软件，我帮您操作。'])('an app still is: %s', (t) => {
    expect(analyseClauses(normalize(t)).some((c) => c.cues.includes('install'))).toBe(true);
    expect(flags(t)).toContain('remote-control');
  });
});

describe('a heading reads as the clause after it', () => {
  it.each(['关于屏幕共享：本行在线客服系统根本不具备查看客户屏幕的功能，请您放心。', 'Regarding screen sharing: our chat system has no way to see your screen.'])(
    'negated: %s',
    (t) => {
      expect(analyseClauses(normalize(t))[0]?.scope).not.toBe('plain');
      expect(rules(t)).toEqual([]);
    },
  );

  it('a heading over a request stays a request', () => {
    expect(rules('关于远程协助：请下载向日葵，把识别码发给我。')).toEqual(['asks-secret', 'remote-control']);
  });
});

describe('the harm a thing does is a warning', () => {
  it('screen mirroring that can expose codes, "please avoid it"', () => {
    expect(rules("Screen mirroring or casting while your banking app is open can expose your codes to whoever's watching. Please avoid it.")).toEqual([]);
  });

  it('a request after the harm, cut at "so", still counts', () => {
    expect(rules('This virus could expose your savings, so install TeamViewer and I will clean it for you.')).toContain('remote-control');
  });
});

describe('a code kept even from the agent', () => {
  it('"…，包括我" closing a don\'t-tell clause, typed into the app by the person', () => {
    const t = '我哋會 send 個一次性密碼去你登記咗嘅手機，你喺我哋 app 入面自己輸入就得，唔好話俾任何人知，包括我。';
    expect(rules(t)).toEqual([]);
    expect(flags(t)).toEqual([]);
  });

  it('"including me" is the keep-secret cue; a code read back to the agent is still asked for', () => {
    expect(clauseCues('including me')).toContain('keep-secret');
    expect(rules('验证码别告诉别人，念给我就行。')).toContain('asks-secret');
  });
});

describe('what the person gave someone else', () => {
  it.each(['Did you give the code to them?', '你把验证码告诉他了吗？', "From what you've told me, the person asked you to read out the code in the text."])(
    'about a third party: %s',
    (t) => {
      expect(analyseClauses(normalize(t)).filter((c) => c.cues.includes('secret')).every((c) => c.scope === 'attr')).toBe(true);
      expect(flags(t)).toEqual([]);
    },
  );

  it('asking for it yourself is a request', () => {
    expect(flags('Did you get the code? Read it to me.')).toContain('asks-secret');
  });
});

describe('a text that carries an outcome is a notice', () => {
  it('no sms-sent cue for "you\'ll get an SMS with the outcome"', () => {
    expect(clauseCues("you'll get an sms with the outcome")).not.toContain('sms-sent');
    expect(clauseCues("you'll get a text in a moment")).toContain('sms-sent');
  });
});
