/**
 * Turns mentions into offers. Some mentions start an offer ("seeds": a term such as 24期, a deferral, a settlement
 * ratio or amount); the rest (rates, payments, waivers, deadlines, kind words) attach to seeds:
 *
 *  1. to the seeds named in the same clause;
 *  2. else to the nearest seeded clause in the same sentence (before it, else after it);
 *  3. else waivers, deadlines and fee-collection words apply to every offer, and anything else to the nearest seeds
 *     before it (else after it).
 *
 * When several seeds share a clause (a menu: 12/24/36期) and as many mentions of one kind follow ("分别为0.6%、0.7%、
 * 0.75%", "12 months at 0.5% or 24 at 0.7%"), they pair up in order; otherwise each applies to all of them.
 * A settlement figure joins the settlement just before it unless an alternative word (或者, "or", "Option B") lies
 * between. With no seed at all, a frozen-interest word, a monthly payment or a priced plan can stand as the offer.
 */

import { build, messageCurrency } from './build';
import type { Ctx, M, Mention, MoneyRole, Seed, SeedKind } from './types';
import type { Offer } from '../types';

const MAX_OFFERS = 12;
const REST_WAIVED = /剩余|剩下|其余|余下|(?<![a-z])(?:the rest|remainder)(?![a-z])/;
const STRONG_ONE_TIME = /一次性|全额|全部还清|一次还清|减免|免除|免掉|不用|不再|核销|forgive|write off|waive|written off|lump|one[- ]?(?:time|off)|single|in full|full and final|pay off|close/;

export function assemble(ctx: Ctx, mentions: Mention[], alts: number[]): Offer[] {
  const { clauses } = ctx;
  const sentenceOf = (clause: number) => clauses[clause]?.sentence ?? -1;
  const altBetween = (a: number, b: number) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    let l = 0;
    let h = alts.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (alts[mid]! < lo) l = mid + 1;
      else h = mid;
    }
    return l < alts.length && alts[l]! < hi;
  };

  // Which sentences and clauses talk about settling: a bare "pay X" is a settlement only there.
  const settleSentence = new Set<number>();
  for (const m of mentions) {
    const settles =
      m.t === 'ratio' ||
      (m.t === 'money' && (m.role === 'settle' || (m.role === 'reduction' && ctx.opts.balance !== undefined))) ||
      (m.t === 'cue' && (m.cue === 'principal-only' || m.cue === 'one-time'));
    if (settles) settleSentence.add(sentenceOf(m.clause));
  }
  // "先还6000，其余的我们会豁免", "pay $900 first and we'll write off the rest": with the rest waived and no plan in the
  // sentence, what is paid first is the whole settlement, not a down payment.
  const restWaived = new Set<number>();
  const planned = new Set<number>();
  for (const m of mentions) {
    if (m.t === 'cue' && m.cue === 'one-time' && REST_WAIVED.test(ctx.text.slice(m.start, m.end))) restWaived.add(sentenceOf(m.clause));
    if (m.t === 'periods') planned.add(sentenceOf(m.clause));
  }
  const resolvePay = (m: M<'money'>): MoneyRole => {
    const sentence = sentenceOf(m.clause);
    if (m.role === 'down') return restWaived.has(sentence) && !planned.has(sentence) ? 'settle' : 'down';
    return m.role !== 'pay' ? m.role : settleSentence.has(sentence) ? 'settle' : 'other';
  };
  // Per clause: where settlement figures sit, and whether a term or a rate is named there.
  const settleAt = new Map<number, number[]>();
  const termClauses = new Set<number>();
  const rateClauses = new Set<number>();
  for (const m of mentions) {
    const settles =
      m.t === 'ratio' ||
      (m.t === 'cue' && m.cue === 'principal-only') ||
      (m.t === 'money' && (m.role === 'settle' || resolvePay(m) === 'settle' || (m.role === 'reduction' && ctx.opts.balance !== undefined)));
    if (settles) {
      const list = settleAt.get(m.clause) ?? [];
      if (list.length < 8) list.push(m.start);
      settleAt.set(m.clause, list);
    }
    if (m.t === 'periods') termClauses.add(m.clause);
    if (m.t === 'rate') rateClauses.add(m.clause);
  }

  const seeds: Seed[] = [];
  const rest: Mention[] = [];
  const newSeed = (kind: SeedKind, m: Mention, weak = false): Seed => {
    const s: Seed = { kind, start: m.start, clauses: [m.clause], weak, parts: [m], local: [] };
    if (seeds.length < MAX_OFFERS) seeds.push(s);
    return s;
  };
  const lastSeed = () => seeds[seeds.length - 1];
  const addClause = (s: Seed, clause: number) => {
    // Bounded: a term repeated thousands of times (fuzzing) must not make attachment quadratic.
    if (s.clauses.length < 32 && !s.clauses.includes(clause)) s.clauses.push(clause);
  };

  for (const m of mentions) {
    switch (m.t) {
      case 'periods': {
        if (becomesCount(m)) {
          rest.push({ t: 'count', start: m.start, end: m.end, clause: m.clause, value: m.value });
          break;
        }
        const same = seeds.find((s) => s.kind === 'term' && s.periods?.value === m.value);
        if (same) addClause(same, m.clause);
        else newSeed('term', m).periods = m;
        break;
      }
      case 'defer': {
        const same = seeds.find((s) => s.kind === 'defer' && s.defer?.value === m.value);
        if (same) addClause(same, m.clause);
        else newSeed('defer', m).defer = m;
        break;
      }
      case 'ratio':
        joinSettlement(m, false);
        break;
      case 'money': {
        const role = resolvePay(m);
        if (role === 'settle' || (role === 'reduction' && ctx.opts.balance !== undefined)) joinSettlement({ ...m, role }, false);
        else if (role === 'same') {
          const s = lastSeed();
          if (s && s.kind === 'settle') s.parts.push(m);
        } else rest.push({ ...m, role });
        break;
      }
      case 'cue':
        if (m.cue === 'principal-only') joinSettlement(m, false);
        else if (m.cue === 'one-time') {
          const s = lastSeed();
          const strong = STRONG_ONE_TIME.test(ctx.text.slice(m.start, m.end));
          if (s && s.kind === 'settle' && !altBetween(s.start, m.start)) s.parts.push(m);
          else if (strong && !termClauses.has(m.clause)) joinSettlement(m, true);
        } else rest.push(m);
        break;
      default:
        rest.push(m);
    }
  }

  function becomesCount(m: M<'periods'>): boolean {
    if (m.value > 24) return false;
    // (a) 分3期还清欠款的六成, "$4,000 paid over two months as settlement": the clause itself settles.
    if (settleAt.get(m.clause)?.some((pos) => !altBetween(pos, m.start))) return true;
    // (b) "…a settlement of 3,200 GBP, payable in 4 instalments": parts right after a settlement.
    const s = lastSeed();
    if (!s || s.kind !== 'settle' || sentenceOf(s.clauses[0]!) !== sentenceOf(m.clause) || altBetween(s.start, m.start)) return false;
    if (m.unit === 'payment') return true;
    const clause = clauses[m.clause]!;
    const t = ctx.text.slice(clause.start, clause.end);
    return /还完|还清|付清|结清|付完|paid off|to settle/.test(t) && !rateClauses.has(m.clause);
  }

  function joinSettlement(m: Mention, weak: boolean) {
    const s = lastSeed();
    if (s && s.kind === 'settle' && !altBetween(s.start, m.start)) {
      s.parts.push(m);
      if (!weak) s.weak = false;
      return;
    }
    newSeed('settle', m, weak);
  }

  if (seeds.length === 0) {
    const f = fallbackSeed(ctx, rest);
    if (!f) return [];
    seeds.push(f);
  }

  linkPackages(ctx, seeds, sentenceOf);
  attach(ctx, seeds, rest, sentenceOf, altBetween);

  const currencyHint = messageCurrency(mentions, ctx.opts.currency);
  const offers: Offer[] = [];
  for (const s of seeds) {
    const o = build(ctx, s, currencyHint);
    if (o) offers.push(o);
  }
  return offers;
}

/** Words between a deferral and a plan that put the plan after it: 延期3个月后分12期, "pause for 2 months, and after that…". */
const THEN = /后|之后|以后|结束|期满|然后|再|(?<![a-z])(?:after (?:that|this|which|it ends|the (?:deferral|holiday|break|pause|freeze))|afterwards|then|once (?:that|it|the [a-z]+(?: [a-z]+)?) (?:ends|is over|finishes)|when (?:that|it|the [a-z]+(?: [a-z]+)?) ends|from then on)(?![a-z])/;

/**
 * A deferral followed, in the same sentence, by a term introduced as coming after it is one package: the plan starts
 * when the deferral ends (afterDeferral) and its terms are not the deferral's (leadsPlanAt).
 */
function linkPackages(ctx: Ctx, seeds: Seed[], sentenceOf: (c: number) => number) {
  for (let i = 0; i < seeds.length; i++) {
    const d = seeds[i]!;
    if (d.kind !== 'defer' || !d.defer) continue;
    const sent = sentenceOf(d.defer.clause);
    for (let j = i + 1; j < seeds.length; j++) {
      const p = seeds[j]!;
      if (p.kind === 'defer') break;
      if (p.kind !== 'term' || !p.periods || p.start < d.defer.end || sentenceOf(p.periods.clause) !== sent) continue;
      if (!THEN.test(ctx.text.slice(d.defer.end, p.periods.start))) continue;
      p.afterDeferral = d.defer.value;
      d.leadsPlanAt ??= d.defer.end;
    }
  }
}

/** With no term, deferral or settlement named: frozen interest, a monthly payment, or a rate on a plan. */
function fallbackSeed(ctx: Ctx, rest: Mention[]): Seed | null {
  const sentenceOf = (clause: number) => ctx.clauses[clause]?.sentence ?? -1;
  const planSentences = new Set(rest.filter((m) => m.t === 'cue' && m.cue === 'plan').map((m) => sentenceOf(m.clause)));
  const pick =
    rest.find((m) => m.t === 'cue' && m.cue === 'stop-interest') ??
    rest.find((m) => m.t === 'money' && m.role === 'monthly') ??
    rest.find((m) => m.t === 'rate' && planSentences.has(sentenceOf(m.clause)));
  if (!pick) return null;
  return { kind: 'fallback', start: pick.start, clauses: [pick.clause], weak: false, parts: [], local: [] };
}

/** Which attribute of an offer a mention fills (for pairing a menu with its prices). */
function keyOf(m: Mention): string {
  switch (m.t) {
    case 'rate':
      return `rate:${m.basis}`;
    case 'money':
      return `money:${m.role}`;
    case 'cue':
      return `cue:${m.cue}`;
    default:
      return m.t;
  }
}

const GLOBAL = (m: Mention) => m.t === 'waiver' || m.t === 'waiver-part' || m.t === 'deadline' || (m.t === 'cue' && (m.cue === 'upfront' || m.cue === 'per-period'));

function attach(ctx: Ctx, seeds: Seed[], rest: Mention[], sentenceOf: (c: number) => number, altBetween: (a: number, b: number) => boolean) {
  const byClause = new Map<number, Seed[]>();
  for (const s of seeds) {
    for (const c of s.clauses) {
      const list = byClause.get(c) ?? [];
      list.push(s);
      byClause.set(c, list);
    }
  }
  for (const list of byClause.values()) list.sort((a, b) => a.start - b.start);
  const seededClauses = [...byClause.keys()].sort((a, b) => a - b);

  // Resolve each mention to a group of seeds (identified by the seeded clause, or 'all').
  const groups = new Map<string, { seeds: Seed[]; local: boolean; byKey: Map<string, Mention[]> }>();
  const groupFor = (m: Mention): [string, Seed[], boolean] | null => {
    const own = byClause.get(m.clause);
    if (own) return [`c${m.clause}`, own, true];
    const sent = sentenceOf(m.clause);
    let beforeC = -1;
    let afterC = -1;
    for (const c of seededClauses) {
      if (c < m.clause && sentenceOf(c) === sent) beforeC = c;
      if (c > m.clause && sentenceOf(c) === sent && afterC < 0) afterC = c;
    }
    const inSentence = beforeC >= 0 ? beforeC : afterC;
    if (inSentence >= 0) return [`c${inSentence}`, byClause.get(inSentence)!, true];
    if (GLOBAL(m)) return ['all', seeds, false];
    let prev = -1;
    let next = -1;
    for (const c of seededClauses) {
      if (c < m.clause) prev = c;
      else if (next < 0) next = c;
    }
    const c = prev >= 0 ? prev : next;
    return c >= 0 ? [`c${c}`, byClause.get(c)!, false] : null;
  };
  for (const m of rest) {
    const g = groupFor(m);
    if (!g) continue;
    const [id, list, local] = g;
    let entry = groups.get(id);
    if (!entry) {
      entry = { seeds: list, local, byKey: new Map() };
      groups.set(id, entry);
    }
    const key = keyOf(m);
    const ms = entry.byKey.get(key) ?? [];
    ms.push(m);
    entry.byKey.set(key, ms);
  }
  for (const [id, { seeds: list, local, byKey }] of groups) {
    for (const [key, ms] of byKey) {
      // Waivers and kind words are sets ("违约金和罚息都减免" covers every option), never one per option.
      const pairable = id !== 'all' && (key.startsWith('rate:') || key.startsWith('money:') || key === 'deadline' || key === 'count');
      const pair = pairable && list.length > 1 && ms.length === list.length;
      ms.forEach((m, i) => {
        const targets = pair ? [list[i]!] : list;
        for (const s of targets) {
          // "6 months at 0% APR or a settlement at 55%": a plan's rate is no term of a lump sum offered as the other
          // option.
          if (!pair && key.startsWith('rate:') && s.kind === 'settle' && targets.length > 1 && altBetween(s.start, m.start)) continue;
          s.parts.push(m);
          if (local) s.local.push(m);
        }
      });
    }
  }
}
