/**
 * One seed and what attached to it → an Offer: picks each field from the first mention that fills it, decides the kind
 * (a frozen-interest word → interest-frozen; 等额本息 or an annual/daily rate without a fee rate → amortized; else
 * installment), drops settlements with nothing to settle on and offers whose deadline has passed, and records the
 * span of every field. Waivers come out in a fixed order (penalty, late-fee, interest, fee).
 */

import { isExpired } from './dates';
import type { Ctx, M, Mention, MoneyRole, Seed, SeedKind } from './types';
import type { ApproximateField, Currency, Offer, OfferField, OfferKind, Span, Waiver } from '../types';

const WAIVER_ORDER: Waiver[] = ['penalty', 'late-fee', 'interest', 'fee'];

/** The first currency named anywhere in the message, else opts.currency. */
export function messageCurrency(mentions: Mention[], fallback: Currency | undefined): { currency?: Currency; m?: M<'money'> } {
  for (const m of mentions) if (m.t === 'money' && m.currency) return { currency: m.currency, m };
  return fallback ? { currency: fallback } : {};
}

export function build(ctx: Ctx, s: Seed, hint: { currency?: Currency; m?: M<'money'> }): Offer | null {
  const spans: Partial<Record<OfferField, Span[]>> = {};
  const span = (field: OfferField, m: { start: number; end: number }) => {
    const list = spans[field] ?? [];
    if (!list.some((x) => x.start === m.start && x.end === m.end)) list.push({ start: m.start, end: m.end, text: ctx.src.slice(m.start, m.end) });
    spans[field] = list;
  };
  const o: Partial<Offer> = {};
  const set = <K extends keyof Offer & OfferField>(field: K, value: Offer[K], m: { start: number; end: number }) => {
    if (o[field] !== undefined) return;
    o[field] = value;
    span(field, m);
  };
  let settlementInstallments: number | undefined;
  let feeCollection: 'per-period' | 'upfront' | undefined;
  let stopInterest: M<'cue'> | undefined;
  let amortizedCue: M<'cue'> | undefined;
  let principalOnly: M<'cue'> | undefined;
  let moneyForCurrency: M<'money'> | undefined;
  const waivers = new Map<Waiver, Mention[]>();
  // Spans of the share forms go under the field they qualify (waives, downPayment): OfferField is a stored contract.
  const partWaivers = new Map<Waiver, { share: number; m: Mention }>();
  const approximate: ApproximateField[] = [];
  let downRatio: { value: number; m: Mention } | undefined;
  const localWaiver = s.local.some((m) => m.t === 'waiver');

  // A deferral that leads a plan keeps only what applies to the whole package (waivers, deadline) and its own words
  // before the plan; the rates, payments and kind words from the plan on are the plan's.
  const own = (m: Mention) =>
    s.leadsPlanAt === undefined || m.t === 'waiver' || m.t === 'waiver-part' || m.t === 'deadline' || (m.start < s.leadsPlanAt && m.t === 'cue');
  for (const m of [...s.parts].filter(own).sort((a, b) => a.start - b.start)) {
    switch (m.t) {
      case 'rate': {
        const field = m.basis === 'monthly' ? 'monthlyFeeRate' : m.basis === 'total' ? 'totalFeeRate' : m.basis === 'annual' ? 'annualRate' : 'dailyRate';
        set(field, m.value, m);
        break;
      }
      case 'ratio':
        if (s.kind === 'settle' && o.settlementRatio === undefined) {
          set('settlementRatio', m.value, m);
          if (m.ofPrincipal) {
            o.settlementBase = 'principal';
            span('settlementBase', m);
          }
        }
        break;
      case 'money': {
        const field = moneyField(s.kind, m.role, ctx.opts.balance);
        if (!field) break;
        const value = m.role === 'reduction' ? (ctx.opts.balance ?? 0) - m.value : m.value;
        if (value <= 0) break;
        if (o[field] === undefined) {
          moneyForCurrency ??= m.currency ? m : undefined;
          if (m.approx && !approximate.includes(field)) approximate.push(field);
        }
        set(field, value, m);
        break;
      }
      case 'waiver': {
        const list = waivers.get(m.waiver) ?? [];
        list.push(m);
        waivers.set(m.waiver, list);
        break;
      }
      case 'waiver-part':
        if (!partWaivers.has(m.waiver)) partWaivers.set(m.waiver, { share: m.share, m });
        break;
      case 'down-ratio':
        if (s.kind !== 'settle' && s.kind !== 'defer') downRatio ??= { value: m.value, m };
        break;
      case 'deadline':
        set('deadline', m.date, m);
        break;
      case 'count':
        if (s.kind === 'settle') settlementInstallments ??= m.value;
        break;
      case 'cue':
        if (m.cue === 'stop-interest') stopInterest ??= m;
        else if (m.cue === 'amortized') amortizedCue ??= m;
        else if (m.cue === 'principal-only') principalOnly ??= m;
        else if (m.cue === 'upfront' || m.cue === 'per-period') feeCollection ??= m.cue;
        break;
      default:
        break;
    }
  }

  let kind: OfferKind;
  let kindSpan: { start: number; end: number } | undefined;
  switch (s.kind) {
    case 'settle': {
      kind = 'settlement';
      if (o.settlementRatio === undefined && o.settlementAmount === undefined && !principalOnly && !(localWaiver && waivers.size > 0)) return null;
      if (s.weak && !localWaiver) return null;
      kindSpan = s.parts[0];
      if (principalOnly && waivers.size === 0) for (const w of WAIVER_ORDER) waivers.set(w, [principalOnly]);
      if (settlementInstallments !== undefined && settlementInstallments > 1) {
        o.settlementInstallments = settlementInstallments;
        // "three payments of $1,000 each": the settlement is the total.
        const each = s.parts.find((m): m is M<'money'> => m.t === 'money' && m.each === true && m.value === o.settlementAmount);
        if (each && o.settlementAmount !== undefined) o.settlementAmount *= settlementInstallments;
      }
      break;
    }
    case 'defer':
      kind = 'deferral';
      kindSpan = s.defer;
      set('periods', s.defer!.value, s.defer!);
      if (stopInterest && !waivers.has('interest')) waivers.set('interest', [stopInterest]);
      break;
    default: {
      if (s.periods) set('periods', s.periods.value, s.periods);
      const fee = o.monthlyFeeRate !== undefined || o.totalFeeRate !== undefined;
      if (stopInterest) {
        kind = 'interest-frozen';
        kindSpan = stopInterest;
      } else if (amortizedCue || (!fee && (o.annualRate !== undefined || o.dailyRate !== undefined))) {
        kind = 'amortized';
        kindSpan = amortizedCue ?? s.periods ?? s.parts[0];
      } else {
        kind = 'installment';
        kindSpan = s.periods ?? s.parts[0];
      }
      if (feeCollection) o.feeCollection = feeCollection;
    }
  }
  if (o.deadline !== undefined && isExpired(o.deadline, ctx.today)) return null;

  const offer: Offer = { kind, ...o };
  if (waivers.size > 0) {
    offer.waives = WAIVER_ORDER.filter((w) => waivers.has(w));
    for (const w of offer.waives) for (const m of waivers.get(w)!) span('waives', m);
  }
  const parts = WAIVER_ORDER.filter((w) => partWaivers.has(w) && !waivers.has(w));
  if (parts.length > 0) {
    offer.waivesPart = parts.map((w) => ({ waiver: w, share: partWaivers.get(w)!.share }));
    for (const w of parts) span('waives', partWaivers.get(w)!.m);
  }
  if (downRatio !== undefined && offer.downPayment === undefined) {
    offer.downPaymentRatio = downRatio.value;
    span('downPayment', downRatio.m);
  }
  if (s.afterDeferral !== undefined) offer.afterDeferral = s.afterDeferral;
  if (s.leadsPlanAt !== undefined && kind === 'deferral') offer.leadsPlan = true;
  if (approximate.length > 0) offer.approximate = approximate;
  const hasMoney = offer.amount !== undefined || offer.settlementAmount !== undefined || offer.downPayment !== undefined || offer.monthlyPayment !== undefined;
  if (hasMoney) {
    const src = moneyForCurrency ?? hint.m;
    const currency = moneyForCurrency?.currency ?? hint.currency;
    if (currency) {
      offer.currency = currency;
      if (src?.curStart !== undefined && src.curEnd !== undefined) span('currency', { start: src.curStart, end: src.curEnd });
    }
  }
  if (kindSpan) span('kind', kindSpan);
  offer.spans = spans;
  return offer;
}

function moneyField(kind: SeedKind, role: MoneyRole, balance: number | undefined): 'amount' | 'downPayment' | 'monthlyPayment' | 'settlementAmount' | null {
  if (kind === 'settle') {
    if (role === 'settle' || role === 'same' || role === 'pay') return 'settlementAmount';
    if (role === 'reduction' && balance !== undefined) return 'settlementAmount';
    return role === 'down' ? 'downPayment' : null;
  }
  if (kind === 'defer') return null;
  switch (role) {
    case 'amount':
      return 'amount';
    case 'down':
      return 'downPayment';
    case 'monthly':
      return 'monthlyPayment';
    default:
      return null;
  }
}
