import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toExportedMessage, toExportedSession } from '../../lib/records/format';
import { canonicalHeader, canonicalJson, canonicalMessage, canonicalMessageGeneric } from '../../lib/records/integrity/canonical';
import { Chain } from '../../lib/records/integrity/chain';
import { sha256, toHex } from '../../lib/records/integrity/hash';
import { cmbFollowUps, cmbMessages, cmbSession } from './fixtures';

describe('canonical form', () => {
  it('sorts keys, drops undefined members and normalises strings to NFC', () => {
    const a = canonicalJson({ b: 1, a: 'e\u0301', c: undefined, d: [true, null] });
    const b = canonicalJson({ d: [true, null], a: '\u00e9', b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":"é","b":1,"d":[true,null]}');
  });

  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => canonicalJson({ x: NaN })).toThrow(RangeError);
    expect(() => canonicalJson({ x: () => 1 })).toThrow(TypeError);
  });

  it('writes a message with exactly the covered fields, time as UTC ISO', () => {
    const m = { ...cmbMessages()[3]!, shownTime: '14:03' };
    expect(canonicalMessage(toExportedMessage(m))).toBe(
      `{"at":"2026-11-23T06:03:00.000Z","author":"小王","id":"m3","role":"agent","seq":3,"sessionId":"sess-cmb-1","shownTime":"14:03","text":${JSON.stringify(m.text)},"type":"parley.message/1"}`,
    );
    expect(canonicalHeader(toExportedSession(cmbSession()))).toBe(
      '{"id":"sess-cmb-1","siteId":"cmb","startedAt":"2026-11-23T06:00:00.000Z","type":"parley.session-header/1","url":"https://cs.example-bank.cn/chat?id=1","vendor":"generic"}',
    );
  });

  it('computes h_-1 and h_0 exactly as documented', async () => {
    const session = toExportedSession(cmbSession());
    const m0 = toExportedMessage(cmbMessages()[0]!);
    const enc = new TextEncoder();
    const h_1 = sha256(enc.encode(canonicalHeader(session)));
    const h0 = sha256(h_1, enc.encode(canonicalMessage(m0)));
    const seal = await new Chain().seal(session, [m0], []);
    expect(seal.headerHash).toBe(toHex(h_1));
    expect(seal.hashes[0]).toBe(toHex(h0));
    expect(seal.digest).toBe(toHex(h0));
  });

  it('the chain covers message fields but not annotations; annotations have their own digest', async () => {
    const chain = new Chain();
    const msgs = cmbMessages().map((m) => toExportedMessage(m));
    const fus = cmbFollowUps().map((f) => ({ ...f, dueAt: new Date(f.dueAt).toISOString() }));
    const base = await chain.seal(toExportedSession(cmbSession()), msgs, fus);
    const renotes = await chain.seal(toExportedSession(cmbSession({ notes: 'changed', outcome: 'agreed' })), msgs, fus);
    expect(renotes.digest).toBe(base.digest);
    expect(renotes.annotationsDigest).not.toBe(base.annotationsDigest);
    const shown = msgs.map((m, i) => (i === 4 ? { ...m, shownTime: '09:99' } : m));
    expect((await chain.seal(toExportedSession(cmbSession()), shown, fus)).digest).not.toBe(base.digest);
    const reurl = await chain.seal(toExportedSession(cmbSession({ url: 'https://other.example' })), msgs, fus);
    expect(reurl.headerHash).not.toBe(base.headerHash);
  });

  it('gives the same digest with the WebCrypto backend', async () => {
    const session = toExportedSession(cmbSession());
    const msgs = cmbMessages().map((m) => toExportedMessage(m));
    const a = await new Chain('portable').seal(session, msgs, []);
    const b = await new Chain('webcrypto').seal(session, msgs, []);
    expect(b).toEqual(a);
  });
});

describe('the hand-written message form', () => {
  it('equals the generic canonical JSON for any message', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(
        fc.record(
          {
            id: text,
            sessionId: text,
            seq: fc.nat(),
            role: fc.constantFrom('customer', 'agent', 'bot', 'system'),
            text: fc.oneof(text, fc.constant('e\u0301"\\\n\u2028\ud800')),
            at: fc.constant('2026-11-23T06:00:00.000Z'),
            shownTime: text,
            author: text,
          },
          { requiredKeys: ['id', 'sessionId', 'seq', 'role', 'text', 'at'] },
        ),
        (m) => {
          expect(canonicalMessage(m)).toBe(canonicalMessageGeneric(m));
        },
      ),
      { numRuns: 500 },
    );
  });
});
