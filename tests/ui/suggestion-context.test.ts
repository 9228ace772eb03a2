import { describe, expect, it } from 'vitest';
import type { Message } from '../../lib/db/types';
import { latestOffer, redFlagSigns } from '../../lib/ui/suggestion-context';

const line = (seq: number, role: Message['role'], text: string): Message => ({ id: `s:${seq}`, sessionId: 's', seq, role, text, at: seq });

describe('latestOffer', () => {
  const offer = line(0, 'agent', '我们可以为您办理分期，分24期，每期手续费0.75%。');
  const filler = (from: number, n: number) => Array.from({ length: n }, (_, i) => line(from + i, i % 2 ? 'customer' : 'agent', `好的，第${from + i}条`));

  it('finds the newest offer among the recent bank messages', () => {
    const found = latestOffer([offer, ...filler(1, 20)], undefined);
    expect(found).toMatchObject({ kind: 'installment', periods: 24 });
  });

  it('takes no offer from a message that carries a scam sign (the plan it names is bait)', () => {
    const bait = line(1, 'agent', '为了给您办理停息挂账，分60期，请把刚收到的短信验证码发给我。');
    expect(latestOffer([bait], undefined)).toBeUndefined();
    expect(latestOffer([offer, bait], undefined)).toMatchObject({ kind: 'installment', periods: 24 });
  });

  it('searches only the last bank messages, so a long session is not parsed from its start on every update', () => {
    const messages = [offer, ...filler(1, 20)];
    expect(latestOffer(messages, undefined, 11)).toMatchObject({ periods: 24 });
    expect(latestOffer(messages, undefined, 10)).toBeUndefined();
    expect(latestOffer(filler(0, 50_000), undefined)).toBeUndefined();
  });
});

describe('redFlagSigns', () => {
  it('names each sign with the newest message that raised it, quoted as written, in the order the signs appeared', () => {
    const messages = [
      line(0, 'agent', '您好，我是客服小王。'),
      line(1, 'agent', '为了核实身份，请把刚收到的短信验证码发给我。'),
      line(2, 'customer', '为什么要验证码？'),
      line(3, 'agent', '请下载向日葵，把屏幕共享给我，我帮您操作减免。'),
      line(4, 'agent', '验证码也要念给我，不然没法办理。'),
    ];
    const signs = redFlagSigns(messages, undefined);
    expect(signs.map((s) => s.flag)).toEqual(['asks-secret', 'remote-control']);
    expect(signs[0]).toMatchObject({ quote: '验证码也要念给我，不然没法办理。', at: 4 });
    expect(signs[1]).toMatchObject({ quote: '请下载向日葵，把屏幕共享给我，我帮您操作减免。', at: 3 });
  });

  it('cuts a long message to a recognisable start and raises nothing from the customer or a bank warning', () => {
    const long = `Please read me the six-digit code we just texted you so I can verify the account.${' Thanks for your patience.'.repeat(10)}`;
    const signs = redFlagSigns([line(0, 'customer', 'Someone asked me for my code.'), line(1, 'agent', 'We will never ask for a code.'), line(2, 'agent', long)], undefined);
    expect(signs).toHaveLength(1);
    expect(signs[0]?.quote?.length).toBe(80);
    expect(signs[0]?.quote?.endsWith('…')).toBe(true);
    expect(redFlagSigns([line(0, 'customer', 'Please read me the code.'), line(1, 'agent', 'We will never ask for a code.')], undefined)).toEqual([]);
  });

  it('names the words each sign was read from, as the agent typed them', () => {
    const signs = redFlagSigns([line(0, 'agent', '您好！請把手機剛收到的驗證碼告訴我，我幫您申請減免。'), line(1, 'agent', 'Please install AnyDesk so our team can set up the plan.')], undefined);
    const secret = signs.find((s) => s.flag === 'asks-secret');
    const remote = signs.find((s) => s.flag === 'remote-control');
    expect(secret?.words).toBe('請把手機剛收到的驗證碼告訴我');
    expect(remote?.words).toBe('Please install AnyDesk');
  });

  it('quotes nothing for a page that names a bank it does not belong to', () => {
    const signs = redFlagSigns([], { url: 'https://icbc-help-center.example.com/chat', title: '中国工商银行 在线客服' });
    expect(signs).toEqual([{ flag: 'lookalike-domain' }]);
  });
});
