import { describe, expect, it } from 'vitest';
import { debtForRecord, linkRecord } from '../../lib/debts/links';
import type { DebtStatus } from '../../lib/debts/types';
import { debt } from './helpers';

const card = debt({ id: 'card', siteId: 'cmb', creditorName: '招商银行' });
const loan = debt({ id: 'loan', siteId: 'cmb', creditorName: '招商银行', product: 'loan' });
const huabei = debt({ id: 'huabei', siteId: 'alipay', creditorName: '花呗', creditorKind: 'lending-app' });
const typed = debt({ id: 'friend', siteId: undefined, creditorKind: 'other', creditorName: 'Kredit Co' });

describe('which debt a record is about', () => {
  it('a debt that lists the record wins', () => {
    expect(debtForRecord([card, { ...huabei, recordIds: ['s1'] }], { id: 's1', siteId: 'cmb' })).toMatchObject({ debt: { id: 'huabei' }, how: 'linked' });
  });

  it('a captured chat finds the one debt with its registry bank', () => {
    expect(debtForRecord([card, huabei], { id: 's1', siteId: 'cmb' })).toMatchObject({ debt: { id: 'card' }, how: 'creditor' });
  });

  it('with a card and a loan at the same bank, the one still open; both open is for the person to say', () => {
    const agreedCard = (d: { id: string; status: DebtStatus }) => (d.id === 'card' ? 'agreed' : d.status);
    expect(debtForRecord([card, loan], { id: 's2', siteId: 'cmb' }, agreedCard)).toMatchObject({ debt: { id: 'loan' } });
    const both = debtForRecord([card, loan], { id: 's2', siteId: 'cmb' });
    expect(both).toMatchObject({ debt: undefined, how: 'ambiguous' });
    expect(both.debt === undefined && both.candidates.map((d) => d.id)).toEqual(['card', 'loan']);
  });

  it('a later chat about a debt already agreed still finds it when it is the only one with that bank', () => {
    expect(debtForRecord([card], { id: 's3', siteId: 'cmb' }, () => 'agreed')).toMatchObject({ debt: { id: 'card' } });
  });

  it('a manual record (phone call, letter) finds its debt by the bank name typed into it', () => {
    expect(debtForRecord([card, typed], { id: 'm1', siteId: 'manual', bankName: ' kredit  co' })).toMatchObject({ debt: { id: 'friend' } });
    expect(debtForRecord([card, typed], { id: 'm1', siteId: 'manual' })).toMatchObject({ debt: undefined, how: 'none' });
  });

  it('a chat with a bank no debt names finds none, and every debt is a candidate', () => {
    const r = debtForRecord([card, huabei], { id: 's9', siteId: 'icbc' });
    expect(r.debt).toBeUndefined();
    expect(r.debt === undefined && r.candidates).toHaveLength(2);
  });

  it('filing a record under one debt takes it out of any other', () => {
    const changed = linkRecord([{ ...card, recordIds: ['s1', 's2'] }, loan], 'loan', 's1');
    expect(changed.map((d) => [d.id, d.recordIds])).toEqual([
      ['card', ['s2']],
      ['loan', ['s1']],
    ]);
    expect(linkRecord([{ ...card, recordIds: ['s1'] }], 'card', 's1')).toEqual([]);
  });
});
