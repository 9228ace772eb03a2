// Settlements said the way agents speak: the figure first and the verb after it ("两万五可以给您结清"), and the rest
// waived in other words, written Cantonese included. Figures already named as the balance keep that role.
import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../lib/negotiate/index';
import { stripSpans } from './corpus/score';
import type { Expected } from './corpus/offers';

const NOW = new Date(2025, 2, 10, 10, 0);
const parse = (t: string) => parseOffer(t, { now: NOW }).map(stripSpans).map(({ leadsPlan: _l, ...o }) => o);

describe('the figure before the verb', () => {
  it.each<[string, Expected[]]>([
    ['三万二可以给您结清。', [{ kind: 'settlement', settlementAmount: 3200000, currency: 'CNY' }]],
    ['18000元，我们能帮您一次性结清。', [{ kind: 'settlement', settlementAmount: 1800000, currency: 'CNY' }]],
    ['一萬八可以幫您結清。', [{ kind: 'settlement', settlementAmount: 1800000, currency: 'CNY' }]],
  ])('%s', (t, want) => expect(parse(t)).toEqual(want));

  it.each([
    '您的欠款是两万五，可以给您结清吗？',
    '账单金额9800元，可以给您结清后再申请。',
  ])('a balance stays a balance: %s', (t) => expect(parse(t)).toEqual([]));

  it('a later figure in the same sentence is the settlement, not the first one', () => {
    expect(parse('12000元，可以给您结清，只需还9000元。')).toEqual([{ kind: 'settlement', settlementAmount: 900000, currency: 'CNY' }]);
  });
});

describe('the rest waived, in other words', () => {
  it.each<[string, Expected[]]>([
    ['您这次还6000，其余的我们会豁免。', [{ kind: 'settlement', settlementAmount: 600000 }]],
    ['还够8000，余下的银行可以帮您全部减免。', [{ kind: 'settlement', settlementAmount: 800000 }]],
    ['你而家還$8,000，其餘嘅我哋會豁免。', [{ kind: 'settlement', settlementAmount: 800000, currency: 'USD' }]],
  ])('%s', (t, want) => expect(parse(t)).toEqual(want));
});

describe('paid first, and the rest waived: the first payment is the settlement', () => {
  it.each<[string, Expected[]]>([
    ['您先还6000，其余的我们会豁免。', [{ kind: 'settlement', settlementAmount: 600000 }]],
    ['Pay $900 first and we will write off the rest.', [{ kind: 'settlement', settlementAmount: 90000, currency: 'USD' }]],
  ])('%s', (t, want) => expect(parse(t)).toEqual(want));

  it.each<[string, Expected[]]>([
    ['先还3000，剩下的分12期，罚息全免。', [{ kind: 'installment', downPayment: 300000, periods: 12, waives: ['penalty'] }]],
    ['首付5000，剩下的分12期。', [{ kind: 'installment', downPayment: 500000, periods: 12 }]],
  ])('a plan for the rest keeps the down payment: %s', (t, want) => expect(parse(t)).toEqual(want));
});
