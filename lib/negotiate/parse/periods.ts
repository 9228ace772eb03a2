/**
 * Terms and durations: 24期, 二十四期, 12个月, 分3年 (×12), 一年半, "36 months", "24 monthly payments", "two years",
 * menus ("12/24/36期", "6, 12 or 24 months", "12 months at 0.5% or 24 at 0.7%"), deferrals ("延期3个月", "宽限30天",
 * "skip two payments", "a 3-month payment holiday") and settlement part counts ("分3次").
 *
 * Durations that describe the past or the arrears (逾期3个月, "62 days past due", "第3期", "还剩5期") are not terms.
 */

import { after, before } from './context';
import type { Ctx, Mention } from './types';

type Unit = 'period' | 'month' | 'year' | 'payment' | 'day' | 'week' | 'count';

interface Dur {
  start: number;
  end: number;
  value: number;
  unit: Unit;
  token: number;
}

const UNIT_ZH = /^\s*(?:(期)(?![间限满末])|(个\s*(?:多\s*)?月|个多月)|(年半|年)|(天|日)(?![息利费化])|(周|个星期|个礼拜)|(次)(?!性|过))/;
const UNIT_EN = /^\s*-?\s*(?:(?:equal|monthly|fixed|consecutive|on-time|regular|scheduled|separate)\s+)*(?:(months?|mos?(?![a-z])|mths?(?![a-z]))|(years?|yrs?(?![a-z]))|(payments?|installments?|instalments?|repayments?)|(days?)|(weeks?))(?![a-z])/;

const PAST_ZH = /(?:第|剩|剩余|剩下|还剩|已还|还有|已经|已|逾期|超期|过去|近|最近|欠了|拖欠|拖了|超过|满|前|这|本|上|下)\s*$/;
const PAST_ZH_POST = /^\s*(?:了|前|以前|之前|后|以后|之后|内|之内|以内|未还|没还|的逾期)/;
const PAST_EN = /(?:past due|behind|late|overdue|last|past|previous|first|consecutive|on-time|on time|missed|within|in the last|over the last|ago|for the past)\s+$/;
const PAST_EN_POST = /^\s*(?:ago|past due|behind|late|overdue|old|in arrears|of (?:missed|late|arrears))(?![a-z])/;
const RANGE_PRE = /\d\s*(?:-|~|到|至|to)\s*$/;
const RANGE_POST = /^\s*(?:-|~|到|至|to)\s*\d/;
const YEAR_CONTEXT_PRE = /(?:分|分成|分为|期限|为期|还款期|共|over|for|within)\s*$/;
const YEAR_CONTEXT_POST = /^\s*(?:期|还清|还完|分期|内还清|时间|的分期|还款|plan|term|loan)/;
/** A deferral word shortly before a duration (non-global twin of DEFER_ZH). */
const DEFER_BEFORE = /(?:延期|延后|推迟|暂停还款|暂停扣款|停止还款|停还|缓还|暂缓还款|暂缓|宽限|展期|延迟还款|顺延)[^，。；,;]{0,8}$/;
const NO_PAY_AFTER = /^\s*(?:内|之内|以内)?\s*(?:都)?(?:不用|无需|不需要|不必|暂不)(?:还|偿还|供)/;

/** Separators inside a menu of terms: 12/24/36期, 3、6、12期, 6, 12 or 24 months. */
const MENU_GAP = /^\s*(?:\/|、|,|，|或者|或是|或|和|及|还是|or|and|,\s*or|,\s*and|&)\s*$/;

function durations(ctx: Ctx): Dur[] {
  const { text, tokens } = ctx;
  const out: Dur[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.used[i]) continue;
    const t = tokens[i]!;
    if (!Number.isFinite(t.value) || t.value <= 0 || t.decimal || !Number.isInteger(t.value)) continue;
    const post = text.slice(t.end, t.end + 40);
    let unit: Unit | null = null;
    let len = 0;
    const zh = UNIT_ZH.exec(post);
    if (zh) {
      len = zh[0].length;
      unit = zh[1] ? 'period' : zh[2] ? 'month' : zh[3] ? 'year' : zh[4] ? 'day' : zh[5] ? 'week' : 'count';
      if (zh[3] === '年半') {
        out.push({ start: t.start, end: t.end + len, value: t.value * 12 + 6, unit: 'month', token: i });
        continue;
      }
    } else if (t.script !== 'cn') {
      const en = UNIT_EN.exec(post);
      if (en) {
        len = en[0].length;
        unit = en[1] ? 'month' : en[2] ? 'year' : en[3] ? 'payment' : en[4] ? 'day' : 'week';
        if (/consecutive|on-time/.test(en[0])) continue;
      }
    }
    if (!unit) continue;
    const pre = before(ctx, t.start, 14);
    if (/(?:[$¥£€]|us\$|hk\$)\s*$/.test(pre)) continue;
    const postAfter = after(ctx, t.end + len, 10);
    if (t.script === 'en' ? PAST_EN.test(pre) : PAST_ZH.test(pre) || PAST_EN.test(pre)) {
      if (!(unit === 'count' && !/第\s*$/.test(pre))) continue;
    }
    // 延期3个月后分12期: "3个月后" is the deferral's length with the plan after it, not a time in the past or future.
    const deferLength = DEFER_BEFORE.test(pre) && /^\s*(?:之后|以后|后)/.test(postAfter);
    // 一个月内无需还款: the months inside which nothing is due are a deferral's length, not a time already passed.
    const noPayWindow = NO_PAY_AFTER.test(postAfter);
    if (unit !== 'count' && !deferLength && !noPayWindow && (PAST_ZH_POST.test(postAfter) || PAST_EN_POST.test(postAfter))) continue;
    if (RANGE_PRE.test(pre) || RANGE_POST.test(postAfter)) continue;
    if (unit === 'year') {
      if (t.value > 10) continue;
      if (t.script === 'cn' || /[\u3400-\u9fff]/.test(pre + postAfter)) {
        if (!YEAR_CONTEXT_PRE.test(pre) && !YEAR_CONTEXT_POST.test(postAfter)) continue;
      }
    }
    out.push({ start: t.start, end: t.end + len, value: t.value, unit, token: i });
  }
  return out;
}

/** Marks bare numbers listed before a term ("12/24/" in 12/24/36期) as terms of the same unit. */
function menuMembers(ctx: Ctx, d: Dur): Dur[] {
  const out: Dur[] = [];
  let k = d.token - 1;
  let gapEnd = ctx.tokens[d.token]!.start;
  while (k >= 0 && out.length < 12) {
    const p = ctx.tokens[k]!;
    if (ctx.used[k] || !Number.isInteger(p.value) || p.value <= 0 || p.decimal) break;
    if (!MENU_GAP.test(ctx.text.slice(p.end, gapEnd))) break;
    out.unshift({ start: p.start, end: p.end, value: p.value, unit: d.unit, token: k });
    gapEnd = p.start;
    k--;
  }
  return out;
}

/** "either 12 months at 0.5% or 24 at 0.7%": a bare number after "or" that is then priced is another term. */
function ellipticAfter(ctx: Ctx, d: Dur): Dur | null {
  let k = d.token + 1;
  while (k < ctx.tokens.length && ctx.used[k] && ctx.tokens[k]!.start - d.end <= 40) k++;
  const n = ctx.tokens[k];
  if (!n || ctx.used[k] || !Number.isInteger(n.value) || n.value < 2 || n.value > 120) return null;
  if (n.start - d.end > 40 || !/(?:^|[\s,])(?:or|或者|或)\s*$/.test(ctx.text.slice(d.end, n.start))) return null;
  if (!/^\s+(?:at|with|for)\s/.test(ctx.text.slice(n.end, n.end + 8))) return null;
  if (ctx.clauses[ctx.clauseAt(n.start)]?.sentence !== ctx.clauses[ctx.clauseAt(d.start)]?.sentence) return null;
  return { start: n.start, end: n.end, value: n.value, unit: d.unit, token: k };
}

// 停三个月, 三个月内不用还: a stretch with nothing to pay is a deferral however it is worded.
const DEFER_ZH =
  /延期|延后|推迟|暂停还款|暂停扣款|停止还款|停还|缓还|暂缓还款|暂缓|宽限|展期|延迟还款|顺延|(?<!计|收)停(?=\s*[\d一二两三四五六七八九十半]{1,3}\s*个?\s*月)|(?<=个月|期)(?:内|之内|以内)?(?:都)?(?:不用|无需|不需要|不必|暂不)(?:还款|还|偿还|供款)/g;
const DEFER_EN = /(?<![a-z])(?:defer(?:ral|ment|red|ring)?|postpone(?:ment|d)?|payment holiday|payment break|payment pause|payment freeze|freeze (?:on )?(?:your |the )?payments|pause (?:your |the )?payments?|forbearance|skip(?:-a-payment)?|skipping|hold off (?:on )?(?:your |the |any )?(?:payments?|repayments?)|breathing space|no payments? (?:due )?for|(?<=(?:months?|weeks?) )off (?:your |the |making |all )?(?:payments?|repayments?)|payment[- ]free|(?:break|rest) from (?:your |making |the )?(?:payments?|repayments?)|hold(?= on (?:the|your) (?:account|payments?))|on hold)(?![a-z])/g;
/** "skip a payment", "defer your next payment". */
const ONE_PAYMENT = /^\s*(?:your\s+|the\s+|this\s+)?(?:next\s+)?(?:a\s+|one\s+)?(?:monthly\s+)?payment(?![a-z])/;

function monthsOf(d: Dur): number {
  switch (d.unit) {
    case 'day':
      return Math.max(1, Math.round(d.value / 30));
    case 'week':
      return Math.max(1, Math.round(d.value / 4.345));
    case 'year':
      return d.value * 12;
    default:
      return d.value;
  }
}

/** Index of the first duration starting at or after `pos`. */
function firstFrom(all: readonly Dur[], pos: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function termValue(d: Dur): number {
  return d.unit === 'year' ? d.value * 12 : d.value;
}

/** Period, deferral and part-count mentions; claims their tokens. */
export function findPeriods(ctx: Ctx): Mention[] {
  const found = durations(ctx);
  const all: Dur[] = [];
  const seen = new Set<number>();
  for (const d of found) {
    if (d.unit === 'day' || d.unit === 'week' || d.unit === 'count') {
      all.push(d);
      continue;
    }
    for (const m of menuMembers(ctx, d)) if (!seen.has(m.token)) {
      seen.add(m.token);
      all.push(m);
    }
    if (!seen.has(d.token)) {
      seen.add(d.token);
      all.push(d);
    }
    const e = ellipticAfter(ctx, d);
    if (e && !seen.has(e.token)) {
      seen.add(e.token);
      all.push(e);
    }
  }
  all.sort((a, b) => a.start - b.start);

  // Deferral words take the nearest duration in their clause.
  const deferOf = new Map<Dur, { start: number; end: number }>();
  const out: Mention[] = [];
  const cues: Array<{ start: number; end: number }> = [];
  for (const re of [DEFER_ZH, DEFER_EN]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text)) !== null) cues.push({ start: m.index, end: m.index + m[0].length });
  }
  cues.sort((a, b) => a.start - b.start);
  for (const cue of cues) {
    const ci = ctx.clauseAt(cue.start);
    // 延期后分12期: what follows "after the deferral" is the repayment, not its length.
    if (/^\s*(?:后|之后|以后|结束后|期满后|期满|结束)/.test(ctx.text.slice(cue.end, cue.end + 4))) {
      out.push({ t: 'cue', cue: 'defer', start: cue.start, end: cue.end, clause: ci });
      continue;
    }
    let best: Dur | null = null;
    let bestGap = Infinity;
    // Durations are sorted and disjoint: only those starting within the window can qualify.
    for (let j = firstFrom(all, cue.start - 64); j < all.length && all[j]!.start <= cue.end + 44; j++) {
      const d = all[j]!;
      if (deferOf.has(d) || d.unit === 'count' || ctx.clauseAt(d.start) !== ci) continue;
      const gap = d.start >= cue.end ? d.start - cue.end : cue.start - d.end;
      const limit = d.start >= cue.end ? 44 : 24;
      if (gap >= 0 && gap <= limit && gap < bestGap) {
        best = d;
        bestGap = gap;
      }
    }
    if (best) {
      deferOf.set(best, cue);
      continue;
    }
    const clause = ctx.clauses[ci];
    const tail = ctx.text.slice(cue.end, Math.min(clause ? clause.end : ctx.text.length, cue.end + 30));
    const one = ONE_PAYMENT.exec(tail);
    if (one && /skip|defer|postpone/.test(ctx.text.slice(cue.start, cue.end))) {
      out.push({ t: 'defer', start: cue.start, end: cue.end + one[0].length, clause: ci, value: 1 });
    } else {
      out.push({ t: 'cue', cue: 'defer', start: cue.start, end: cue.end, clause: ci });
    }
  }

  for (const d of all) {
    ctx.used[d.token] = 1;
    const clause = ctx.clauseAt(d.start);
    const cue = deferOf.get(d);
    if (cue) {
      const months = monthsOf(d);
      if (months >= 1 && months <= 36) {
        out.push({ t: 'defer', start: Math.min(d.start, cue.start), end: Math.max(d.end, cue.end), clause, value: months });
      }
      continue;
    }
    if (d.unit === 'count') {
      if (d.value >= 1 && d.value <= 24) out.push({ t: 'count', start: d.start, end: d.end, clause, value: d.value });
      continue;
    }
    if (d.unit === 'day' || d.unit === 'week') continue;
    const v = termValue(d);
    if (v < 1 || v > 120) continue;
    out.push({ t: 'periods', start: d.start, end: d.end, clause, value: v, unit: d.unit === 'year' ? 'year' : d.unit });
  }
  return out.sort((a, b) => a.start - b.start);
}
