import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportedMessage, ExportedSession } from '../../lib/records/format';
import { Chain } from '../../lib/records/integrity/chain';
import { hashFn } from '../../lib/records/integrity/digest';
import { fromHex64, sha256, toHex } from '../../lib/records/integrity/hash';

const enc = new TextEncoder();

async function subtleHex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

describe('SHA-256 (@noble/hashes)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('matches the NIST vector for %j', (input, expected) => {
    expect(toHex(sha256(enc.encode(input)))).toBe(expected);
  });

  it('matches the million-a vector', () => {
    expect(toHex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('equals WebCrypto on random inputs split into random parts, including block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 300 }),
        fc.array(fc.nat(300), { maxLength: 4 }),
        async (bytes, cuts) => {
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const parts: Uint8Array[] = [];
          let last = 0;
          for (const p of points) {
            parts.push(bytes.subarray(last, p));
            last = p;
          }
          parts.push(bytes.subarray(last));
          expect(toHex(sha256(...parts))).toBe(await subtleHex(bytes));
        },
      ),
      { numRuns: 300 },
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const b = new Uint8Array(n).map((_, i) => i * 7);
      expect(toHex(sha256(b))).toBe(await subtleHex(b));
    }
  });

  it('the webcrypto backend and the portable backend agree', async () => {
    const parts = [new Uint8Array(32).fill(9), enc.encode('协商记录 message')];
    expect(toHex(await hashFn('webcrypto')(parts))).toBe(toHex(await hashFn('portable')(parts)));
  });

  it('parses only 64 lower-case hex digits', () => {
    const h = 'ab'.repeat(32);
    expect(toHex(fromHex64(h)!)).toBe(h);
    expect(fromHex64(h.toUpperCase())).toBeUndefined();
    expect(fromHex64(h.slice(2))).toBeUndefined();
    expect(fromHex64(`${h.slice(2)}zz`)).toBeUndefined();
  });
});

describe('a sealed chain', () => {
  const message = (seq: number, text: string): ExportedMessage => ({ id: `s:${seq}`, sessionId: 's', seq, role: seq % 2 ? 'customer' : 'agent', text, at: '2026-11-23T06:00:00.000Z' });
  const session = { id: 's', url: 'https://demobank.test/chat', siteId: 'demobank', vendor: 'generic', startedAt: '2026-11-23T06:00:00.000Z' } as unknown as ExportedSession;

  it.each([
    ['short lines', ['您好', 'ok', '']],
    ['a line longer than the reused buffer, then short ones again', ['短', '长'.repeat(5000), '😀'.repeat(700), '再短']],
    ['characters of every UTF-8 length', ['a é 中 😀', '\u0000\ud7ff\ue000\uffff']],
  ])('is the same computed at once (portable) or awaited link by link (WebCrypto): %s', async (_name, texts) => {
    const messages = texts.map((t, i) => message(i, t));
    const portable = await new Chain('portable').seal(session, messages, []);
    const webcrypto = await new Chain('webcrypto').seal(session, messages, []);
    expect(portable).toEqual(webcrypto);
    expect(new Set(portable.hashes).size).toBe(messages.length);
  });
});
