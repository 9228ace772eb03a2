import { describe, expect, it } from 'vitest';
import type { Offer } from '../../lib/negotiate/types';
import type { RecordFields } from '../../lib/records/types';
import { agreementPatch, agreementSaved } from '../../lib/ui/agreement-patch';

const offer: Offer = { kind: 'installment', periods: 36, monthlyFeeRate: 0.006, currency: 'CNY', spans: { periods: [{ start: 0, end: 3, text: '36期' }] } };
const agreement = { messageId: 'm3', referenceNo: 'HX20261123001', offer };
const plain: Offer = { kind: 'installment', periods: 36, monthlyFeeRate: 0.006, currency: 'CNY' };

describe('agreementPatch', () => {
  const cases: { name: string; record: RecordFields; want: Partial<RecordFields> }[] = [
    {
      name: 'an open record: terms, reference, offer and outcome in one patch',
      record: {},
      want: { offers: [plain], agreedTerms: { ...plain, confirmed: false }, references: [{ kind: 'agreement', value: 'HX20261123001', confirmed: true, sourceMessageId: 'm3' }], outcome: 'agreed' },
    },
    {
      name: 'an outcome the person chose is kept; a proposed copy of the reference is replaced by the checked one',
      record: { outcome: 'pending-callback', offers: [plain], references: [{ kind: 'ticket', value: 'HX20261123001', confirmed: false }, { kind: 'case', value: 'C1', confirmed: true }] },
      want: {
        offers: [plain],
        agreedTerms: { ...plain, confirmed: false },
        references: [{ kind: 'case', value: 'C1', confirmed: true }, { kind: 'agreement', value: 'HX20261123001', confirmed: true, sourceMessageId: 'm3' }],
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(agreementPatch(c.record, agreement)).toEqual(c.want);
    });
  }

  it('saved once applied, not before', () => {
    expect(agreementSaved({}, agreement)).toBe(false);
    expect(agreementSaved({ ...agreementPatch({}, agreement) }, agreement)).toBe(true);
  });
});
