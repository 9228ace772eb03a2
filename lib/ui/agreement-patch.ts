/**
 * What confirming the agreement summary writes to the record, in one patch: the terms as agreed (not yet confirmed
 * by the bank in writing), the reference as checked by the person, the offer among the record's offers, and the
 * outcome "agreed" when the record is still open (an outcome the person set themselves is never overwritten).
 */
import type { Offer } from '../negotiate/types';
import type { RecordFields } from '../records/types';
import { sameOffer, termsOnly, withoutSpans } from './records/offers';
import type { Agreement } from './session-end';

export function agreementPatch(record: RecordFields, agreement: Agreement & { offer: Offer }): Partial<RecordFields> {
  const offer = withoutSpans(agreement.offer);
  const offers = [...(record.offers ?? [])];
  if (!offers.some((o) => sameOffer(o, offer))) offers.push(offer);
  const patch: Partial<RecordFields> = { offers, agreedTerms: { ...offer, confirmed: false } };
  if (agreement.referenceNo) {
    const others = (record.references ?? []).filter((r) => r.value !== agreement.referenceNo);
    patch.references = [...others, { kind: 'agreement', value: agreement.referenceNo, confirmed: true, sourceMessageId: agreement.messageId }];
  }
  if ((record.outcome ?? 'open') === 'open') patch.outcome = 'agreed';
  return patch;
}

/** Whether the record already holds this agreement (terms, reference and outcome), so the summary says "saved". */
export function agreementSaved(record: RecordFields, agreement: Agreement & { offer: Offer }): boolean {
  if (!record.agreedTerms || !sameOffer(termsOnly(record.agreedTerms), withoutSpans(agreement.offer))) return false;
  if (agreement.referenceNo && !(record.references ?? []).some((r) => r.value === agreement.referenceNo && r.confirmed)) return false;
  return (record.outcome ?? 'open') !== 'open';
}
