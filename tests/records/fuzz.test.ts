import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import type { ImportErrorCode } from '../../lib/records/import/errors';
import { parseImport } from '../../lib/records/import/parse';
import { cmbBundle, plainBundle } from './fixtures';
import { malformed } from './malformed';

const CODES: ImportErrorCode[] = [
  'not-text', 'too-large', 'too-deep', 'invalid-json', 'forbidden-key', 'not-an-object', 'unknown-format',
  'unsupported-version', 'invalid-field', 'duplicate-id', 'inconsistent',
];

let valid = '';
let gens: ReturnType<typeof malformed>;
let runs = 0;

beforeAll(async () => {
  valid = serializeExport(await buildExport([cmbBundle(), plainBundle()], { now: Date.UTC(2026, 10, 23, 9) }));
  gens = malformed(valid);
});

async function rejects(text: string, expected?: ImportErrorCode[]): Promise<void> {
  runs++;
  let r: Awaited<ReturnType<typeof parseImport>>;
  try {
    r = await parseImport(text);
  } catch (err) {
    throw new Error(`parseImport threw: ${String(err)}`);
  }
  expect(r.ok, text.slice(0, 200)).toBe(false);
  if (r.ok) return;
  expect(CODES).toContain(r.error.code);
  if (expected) expect(expected).toContain(r.error.code);
  expect(r.error.message.en.length).toBeGreaterThan(0);
  expect(r.error.message.zh.length).toBeGreaterThan(0);
  expect(typeof r.error.path).toBe('string');
}

describe('parseImport never throws on malformed input (fuzz)', () => {
  it('the valid file itself is accepted (the generators start from something real)', async () => {
    expect((await parseImport(valid)).ok).toBe(true);
  });

  it('random JSON and random text', async () => {
    await fc.assert(fc.asyncProperty(gens.randomJson, (t) => rejects(t)), { numRuns: 250 });
  });

  it('truncations of a valid export at random offsets', async () => {
    await fc.assert(fc.asyncProperty(gens.truncated, (t) => rejects(t, ['invalid-json'])), { numRuns: 250 });
  });

  it('fields of the wrong type', async () => {
    await fc.assert(fc.asyncProperty(gens.wrongType, (t) => rejects(t, ['invalid-field'])), { numRuns: 200 });
  });

  it('fields with the right type and a wrong value', async () => {
    await fc.assert(
      fc.asyncProperty(gens.wrongValue, (t) => rejects(t, ['invalid-field', 'unknown-format', 'unsupported-version'])),
      { numRuns: 150 },
    );
  });

  it('required fields missing', async () => {
    await fc.assert(fc.asyncProperty(gens.missing, (t) => rejects(t, ['invalid-field'])), { numRuns: 100 });
  });

  it('prototype-pollution keys anywhere', async () => {
    await fc.assert(fc.asyncProperty(gens.pollution, (t) => rejects(t, ['forbidden-key'])), { numRuns: 100 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('strings over their limits', async () => {
    await fc.assert(fc.asyncProperty(gens.hugeString, (t) => rejects(t, ['invalid-field'])), { numRuns: 30 });
  });

  it('deep nesting', async () => {
    await fc.assert(fc.asyncProperty(gens.deep, (t) => rejects(t, ['too-deep'])), { numRuns: 60 });
  });

  it('covered at least 1,000 malformed inputs', () => {
    expect(runs).toBeGreaterThanOrEqual(1000);
  });
});
