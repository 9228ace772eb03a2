import { describe, expect, it } from 'vitest';
import type { Message } from '../../lib/db/types';
import { latestOffer } from '../../lib/ui/suggestion-context';

const line = (seq: number, role: Message['role'], text: string): Message => ({ id: `s:${seq}`, sessionId: 's', seq, role, text, at: seq });

describe('latestOffer', () => {
  const offer = line(0, 'agent', '我们可以为您办理分期，分24期，每期手续费0.75%。');
  const filler = (from: number, n: number) => Array.from({ length: n }, (_, i) => line(from + i, i % 2 ? 'customer' : 'agent', `好的，第${from + i}条`));

  it('finds the newest offer among the recent bank messages', () => {
    const found = latestOffer([offer, ...filler(1, 20)], undefined);
    expect(found).toMatchObject({ kind: 'installment', periods: 24 });
  });

  it('searches only the last bank messages, so a long session is not parsed from its start on every update', () => {
    const messages = [offer, ...filler(1, 20)];
    expect(latestOffer(messages, undefined, 11)).toMatchObject({ periods: 24 });
    expect(latestOffer(messages, undefined, 10)).toBeUndefined();
    expect(latestOffer(filler(0, 50_000), undefined)).toBeUndefined();
  });
});
