/**
 * Agreed terms typed in by the user (a phone call, a letter, or a chat the offer parser did not read). Only what the
 * user typed is set; the engine fills and flags the rest when it builds the schedule.
 */
import type { Currency, Offer, OfferKind } from '../../negotiate/types';
import { parseMajorAmount } from '../money-input';

export interface TermsForm {
  kind: OfferKind;
  amount: string;
  periods: string;
  /** Percent, as people say it: "0.6" for 0.6 % a month. */
  rate: string;
  monthlyPayment: string;
  settlementAmount: string;
}

export const EMPTY_TERMS_FORM: TermsForm = { kind: 'installment', amount: '', periods: '', rate: '', monthlyPayment: '', settlementAmount: '' };

export type TermsFormError = 'amount' | 'periods' | 'rate' | 'monthlyPayment' | 'settlementAmount' | 'empty';

function percent(text: string): number | undefined | null {
  const t = text.replace(/[%％\s]/g, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (t === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const v = Number(t) / 100;
  return v < 1 ? Number(v.toPrecision(12)) : null;
}

/** The offer, or the first field that is not a number. A rate means a monthly fee for 分期 and 停息挂账, else annual. */
export function termsFromForm(form: TermsForm, currency: Currency): { ok: true; offer: Offer } | { ok: false; error: TermsFormError } {
  const offer: Offer = { kind: form.kind, currency };
  const money = (text: string, field: TermsFormError, set: (v: number) => void): TermsFormError | undefined => {
    if (text.trim() === '') return undefined;
    const v = parseMajorAmount(text);
    if (v === undefined || v <= 0) return field;
    set(v);
    return undefined;
  };
  const bad =
    money(form.amount, 'amount', (v) => (offer.amount = v)) ??
    money(form.monthlyPayment, 'monthlyPayment', (v) => (offer.monthlyPayment = v)) ??
    (form.kind === 'settlement' ? money(form.settlementAmount, 'settlementAmount', (v) => (offer.settlementAmount = v)) : undefined);
  if (bad) return { ok: false, error: bad };
  if (form.periods.trim() !== '') {
    const n = Number(form.periods.trim());
    if (!Number.isInteger(n) || n < 1 || n > 600) return { ok: false, error: 'periods' };
    offer.periods = n;
  }
  const rate = percent(form.rate);
  if (rate === null) return { ok: false, error: 'rate' };
  if (rate !== undefined) {
    if (form.kind === 'installment' || form.kind === 'interest-frozen') offer.monthlyFeeRate = rate;
    else offer.annualRate = rate;
  }
  const stated = Object.keys(offer).length > 2;
  return stated ? { ok: true, offer } : { ok: false, error: 'empty' };
}
