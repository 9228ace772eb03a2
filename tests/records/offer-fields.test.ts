// The offer fields the parser added for partial waivers, down payments as a share, a plan after a deferral and the
// agent's rounded figures must survive export → import unchanged, appear in the human-readable exports, and be
// checked on import like every other field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../lib/negotiate/parse/index';
import type { ApproximateField, Offer, Waiver } from '../../lib/negotiate/types';
import { exportHtml, exportMarkdown } from '../../lib/records/export/documents';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import { offerRows } from '../../lib/records/export/labels';
import type { ExportFile } from '../../lib/records/format';
import { parseImport } from '../../lib/records/import/parse';
import type { SessionBundle } from '../../lib/records/types';
import { cmbBundle } from './fixtures';

const opts = { now: Date.UTC(2026, 10, 23, 9), utcOffsetMinutes: 480 };

/** Offers as the parser produces them from real agent wording, spans included. */
const PARSED: Offer[] = [
  ...parseOffer('可以延期3个月后分12期，每期约1,062元，违约金减免一半。'),
  ...parseOffer('首付10%，剩余分24期，月手续费率0.6%。'),
  ...parseOffer('We can waive half the late fees and settle for about $2,400.'),
];

function bundleWith(offers: Offer[], agreed?: Offer): SessionBundle {
  const b = cmbBundle();
  b.session.offers = offers;
  b.session.agreedTerms = agreed ? { ...agreed, confirmed: true } : undefined;
  if (!agreed) delete b.session.agreedTerms;
  return b;
}

async function roundTrip(b: SessionBundle) {
  const text = serializeExport(await buildExport([b], opts));
  const r = await parseImport(text);
  if (!r.ok) throw new Error(`import refused: ${r.error.message.en}`);
  return r.data;
}

describe('new offer fields round-trip through a JSON export', () => {
  it('the parser really produces every new field (else this test proves nothing)', () => {
    const keys = new Set(PARSED.flatMap((o) => Object.keys(o)));
    for (const k of ['waivesPart', 'downPaymentRatio', 'afterDeferral', 'leadsPlan', 'approximate']) expect(keys).toContain(k);
  });

  it('offers and agreed terms read back exactly, and the file still verifies', async () => {
    const agreed = PARSED.find((o) => o.afterDeferral !== undefined)!;
    const data = await roundTrip(bundleWith(PARSED, agreed));
    expect(data.sessions[0]!.offers).toEqual(PARSED);
    expect(data.sessions[0]!.agreedTerms).toEqual({ ...agreed, confirmed: true });
    expect(data.warnings).toEqual([]);
  });

  const waiver = fc.constantFrom<Waiver>('penalty', 'late-fee', 'interest', 'fee');
  const shareArb = fc.double({ min: 0.001, max: 0.999, noNaN: true });
  const offerArb: fc.Arbitrary<Offer> = fc.record(
    {
      kind: fc.constantFrom<Offer['kind']>('installment', 'amortized', 'interest-frozen', 'settlement', 'deferral'),
      periods: fc.integer({ min: 1, max: 120 }),
      waivesPart: fc.array(fc.record({ waiver, share: shareArb }), { maxLength: 4 }),
      downPaymentRatio: shareArb,
      afterDeferral: fc.integer({ min: 1, max: 120 }),
      leadsPlan: fc.constant(true as const),
      approximate: fc.uniqueArray(fc.constantFrom<ApproximateField>('monthlyPayment', 'downPayment', 'settlementAmount', 'amount')),
      monthlyPayment: fc.integer({ min: 0, max: 1e9 }),
    },
    { requiredKeys: ['kind'] },
  );

  it('any valid combination of them survives (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(offerArb, { minLength: 1, maxLength: 4 }), async (offers) => {
        const data = await roundTrip(bundleWith(offers, offers[0]));
        expect(data.sessions[0]!.offers).toEqual(offers);
        expect(data.sessions[0]!.agreedTerms).toEqual({ ...offers[0], confirmed: true });
      }),
      { numRuns: 60 },
    );
  });
});

describe('bad values in the new fields are refused with the field named', () => {
  const withOffer = async (patch: Record<string, unknown>): Promise<ExportFile> => {
    const file = JSON.parse(serializeExport(await buildExport([bundleWith([PARSED[1]!])], opts))) as ExportFile;
    Object.assign(file.sessions[0]!.session.offers![0]!, patch);
    return file;
  };

  it.each([
    ['a down payment share of 0', { downPaymentRatio: 0 }, 'downPaymentRatio', /fraction between 0 and 1/],
    ['a down payment share of 1', { downPaymentRatio: 1 }, 'downPaymentRatio', /fraction between 0 and 1/],
    ['a down payment share given as a percentage', { downPaymentRatio: 10 }, 'downPaymentRatio', /fraction between 0 and 1/],
    ['a down payment share as text', { downPaymentRatio: '0.1' }, 'downPaymentRatio', /expected number, got string/],
    ['a partial waiver of all of it', { waivesPart: [{ waiver: 'late-fee', share: 1 }] }, 'waivesPart[0].share', /fraction between 0 and 1/],
    ['a negative partial waiver', { waivesPart: [{ waiver: 'penalty', share: -0.5 }] }, 'waivesPart[0].share', /fraction between 0 and 1/],
    ['a partial waiver of an unknown charge', { waivesPart: [{ waiver: 'annual-fee', share: 0.5 }] }, 'waivesPart[0].waiver', /penalty\|late-fee/],
    ['a partial waiver without its share', { waivesPart: [{ waiver: 'penalty' }] }, 'waivesPart[0].share', /missing/],
    ['a deferral of half a month', { afterDeferral: 2.5 }, 'afterDeferral', /whole months/],
    ['a deferral of no months', { afterDeferral: 0 }, 'afterDeferral', /whole months/],
    ['a deferral of 20 years', { afterDeferral: 240 }, 'afterDeferral', /whole months/],
    ['leadsPlan false', { leadsPlan: false }, 'leadsPlan', /true/],
    ['an unknown rounded field', { approximate: ['periods'] }, 'approximate[0]', /monthlyPayment\|downPayment/],
    ['a rounded field twice', { approximate: ['amount', 'amount'] }, 'approximate', /once/],
  ])('%s', async (_name, patch, field, pattern) => {
    const r = await parseImport(JSON.stringify(await withOffer(patch)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-field');
    expect(r.error.path).toBe(`sessions[0].session.offers[0].${field}`.replace('.[', '['));
    expect(r.error.message.en).toMatch(pattern);
    expect(r.error.message.zh.length).toBeGreaterThan(0);
  });

  it('the untouched file is accepted (the refusals above come from the patch alone)', async () => {
    expect((await parseImport(JSON.stringify(await withOffer({})))).ok).toBe(true);
  });
});

describe('the new fields are shown in Markdown and printable exports', () => {
  it.each([
    ['zh', ['部分减免', '违约金 50%', '延期 3 个月之后', '对方给的约数', '每期还款', '首付比例', '10%', '接下一个方案']],
    ['en', ['Partly waived', 'late fees 50%', 'after a 3-month deferral', "Agent's rounded figures", 'monthly payment', 'Down payment share', '10%', 'the next offer']],
  ] as const)('%s rows', (lang, expected) => {
    const text = PARSED.map((o) => offerRows(o, lang).map((r) => r.join(': ')).join('\n')).join('\n');
    for (const e of expected) expect(text).toContain(e);
  });

  it('Markdown and HTML files carry them', async () => {
    const b = bundleWith(PARSED);
    const [md] = await exportMarkdown([b], { ...opts, lang: 'en' });
    const [html] = await exportHtml([b], { ...opts, lang: 'en' });
    for (const doc of [md!.content, html!.content]) {
      expect(doc).toContain('Partly waived');
      expect(doc).toContain('after a 3-month deferral');
      expect(doc).toContain('Down payment share');
    }
  });
});
