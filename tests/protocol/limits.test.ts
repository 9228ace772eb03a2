import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capAncestry, capMessage, capSession, capText, capUrl, LIMITS, truncationMarker } from '../../lib/protocol/limits';
import { ancestrySchema, capturedMessageSchema, capturedSessionSchema } from '../../lib/protocol/schemas';

describe('capText', () => {
  it.each([
    ['empty', 0],
    ['one under the limit', LIMITS.text - 1],
    ['exactly the limit', LIMITS.text],
  ])('leaves a text %s alone', (_label, length) => {
    const text = 'a'.repeat(length);
    expect(capText(text)).toBe(text);
  });

  it.each([LIMITS.text + 1, 20_010, 1_000_000])('shortens a %i-character text to the limit, keeps its start and names its length', (length) => {
    const text = '协'.repeat(length);
    const capped = capText(text);
    expect(capped.length).toBeLessThanOrEqual(LIMITS.text);
    expect(capped.endsWith(truncationMarker(length))).toBe(true);
    expect(capped).toContain(length.toLocaleString('en-US'));
    expect(text.startsWith(capped.slice(0, capped.length - truncationMarker(length).length))).toBe(true);
  });

  it('never cuts a character in half', () => {
    const text = '😀'.repeat(LIMITS.text);
    const capped = capText(text);
    const kept = capped.slice(0, capped.indexOf('\n〔'));
    expect(kept.length % 2).toBe(0);
    expect(/[\uD800-\uDBFF]$/.test(kept)).toBe(false);
  });
});

describe('capUrl', () => {
  it('keeps a short URL as it is', () => {
    expect(capUrl('https://www.cmbchina.com/kefu/?a=1#x')).toBe('https://www.cmbchina.com/kefu/?a=1#x');
  });

  it.each([
    ['a long fragment', `https://www.cmbchina.com/kefu/?a=1#${'f'.repeat(5000)}`, 'https://www.cmbchina.com/kefu/?a=1'],
    ['a long query', `https://www.cmbchina.com/kefu/?q=${'q'.repeat(5000)}`, 'https://www.cmbchina.com/kefu/'],
  ])('drops %s first', (_label, href, expected) => {
    expect(capUrl(href)).toBe(expected);
  });

  it('shortens a long path and stays a URL of the same origin', () => {
    const capped = capUrl(`https://www.cmbchina.com/${'p'.repeat(9000)}`);
    expect(capped.length).toBeLessThanOrEqual(LIMITS.url);
    expect(new URL(capped).origin).toBe('https://www.cmbchina.com');
  });
});

describe('capped fields always pass the background schema', () => {
  const longString = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 30_000 });

  it('for messages', () => {
    fc.assert(
      fc.property(longString, fc.option(longString, { nil: undefined }), fc.option(longString, { nil: undefined }), (text, author, shownTime) => {
        const message = { id: 's:1:0', seq: 0, role: 'agent' as const, text, at: 1, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}) };
        expect(capturedMessageSchema.safeParse(capMessage(message)).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('for sessions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6000 }), fc.string({ maxLength: 900 }), fc.string({ maxLength: 400 }), (path, title, agentName) => {
        const session = { id: 'sess', url: `https://www.cmbchina.com/${encodeURIComponent(path)}?q=${encodeURIComponent(path)}`, vendor: 'generic', startedAt: 1, title, agentName, agentId: agentName };
        expect(capturedSessionSchema.safeParse(capSession(session)).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('for ancestry', () => {
    const ancestry = { ancestorOrigins: Array.from({ length: 40 }, (_, i) => (i === 3 ? `https://${'a'.repeat(3000)}.com` : `https://a${i}.example`)), referrer: `https://www.cmbchina.com/?r=${'r'.repeat(9000)}` };
    const capped = capAncestry(ancestry);
    expect(ancestrySchema.safeParse(capped).success).toBe(true);
    expect(capped.ancestorOrigins).toHaveLength(LIMITS.ancestors - 1);
    expect(capped.referrer).toBe('https://www.cmbchina.com/');
  });
});
