/**
 * Waived charges: 减免违约金 → late-fee, 免罚息 → penalty, 免息 / 利息全免 → interest, 免年费 / 不收手续费 → fee;
 * "waive late fees", "penalty APR removed", "with the late charges reversed", "no fees". A list shares its verb
 * (违约金和罚息全部减免, "waive late fees and the annual fee"). A partial waiver (减免部分罚息, 减免60%的利息, 违约金减半,
 * "waive 50% of the interest") is not reported: the engine would take it as the whole charge.
 */

import { after, before } from './context';
import type { Ctx, Mention } from './types';
import type { Waiver } from '../types';

const OBJECT =
  /违约金|滞纳金|罚息|罚金|利息|年费|分期手续费|手续费|超限费|服务费|管理费|其他费用|费用|(?<![a-z])(?:late (?:payment )?(?:fees?|charges?)|default (?:fees?|charges?)|penalty (?:apr|rate|interest|pricing)|penalty (?:fees?|charges?)|default interest|finance charges?|interest|annual fees?|over-?limit fees?|service fees?|fees|charges)(?![a-z])/g;

export function waiverOf(word: string): Waiver {
  if (/违约金|滞纳金|late|default (?:fee|charge)|penalty (?:fee|charge)/.test(word)) return 'late-fee';
  if (/罚息|罚金|penalty|default interest/.test(word)) return 'penalty';
  if (/利息|interest|finance/.test(word)) return 'interest';
  return 'fee';
}

const FILL = String.raw`(?:\s|的|所有|全部|全额|任何|本期|本月|当期|剩余|其余|剩下的|这笔|这部分|the|all|any|your|of|this month's|last month's|these|those|two|both|existing|accrued|outstanding|remaining|associated|related|other|extra|recent|last)*`;
const VERB_BEFORE = new RegExp(
  String.raw`(?:减免|免除|免收|免去|免掉|全免|豁免|取消|退还|退回|不收取|不收|不再收取|不会收取|不会再收取|不会收|无需(?:支付|缴纳|承担)|不用(?:还|付|交)|(?<![以避难未])免|没有|无|零|(?<![\d.])0|waive[sd]?|waiving|remove[sd]?|removing|drop(?:ped|ping)?|forgive|forgiven|reverse[sd]?|reversing|refund(?:ed|ing)?|credit(?:ed)? back|eliminate[sd]?|cancel(?:led|ed|ling)?|(?<![a-z])no|without|free of|won't charge(?: you)?|will not charge(?: you)?)${FILL}$`,
);
const VERB_AFTER = new RegExp(
  String.raw`^(?:\s(?:on|for|from) (?:your|the) [a-z' ]{1,30}?)?(?:\s|可以|可|能|都|会|将|也|已经|已|全部|全额|均|予以|给您|我们|为您|帮您|给你|为你|帮你|这边|一律|直接|will be|are|is|have been|has been|can be|'ll be|to be|be|all|also|would be|get|gets|entirely|fully|completely)*(?:减免|免除|全免|免掉|免去|免了|豁免|取消|减掉|免收|不收|退还|waived?|removed|dropped|forgiven|reversed|refunded|credited(?: back)?|eliminated|cancell?ed|written off|wiped|免(?!费))`,
);
const JOIN = /^\s*(?:的)?\s*(?:和|及|以及|、|与|跟|,|，|and|&|or|plus|as well as)\s*(?:the|all|any|your|全部|所有|其他)?\s*$/;
const PARTIAL = /部分|一部分|一半|\d+(?:\.\d+)?\s*%|百分之|part of|some of|half|a portion|a share/;
const PARTIAL_AFTER = /^\s*(?:可以|可|能|都|会|将)?\s*(?:减半|减少|打折|部分|适当)/;

interface Obj {
  start: number;
  end: number;
  waiver: Waiver;
}

/**
 * Waiver mentions. `skip` holds spans already read as something else (停息, "no further interest" are a kind of plan,
 * not a waiver of the charges already on the account).
 */
export function findWaivers(ctx: Ctx, skip: ReadonlyArray<{ start: number; end: number }>): Mention[] {
  const { text } = ctx;
  const objs: Obj[] = [];
  OBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let s = 0;
  while ((m = OBJECT.exec(text)) !== null) {
    const start = m.index;
    while (s < skip.length && skip[s]!.end <= start) s++;
    if (s < skip.length && skip[s]!.start <= start) continue;
    objs.push({ start, end: start + m[0].length, waiver: waiverOf(m[0]) });
  }
  const out: Mention[] = [];
  // 免息: the one place 息 alone names interest.
  const FREE_INTEREST = /(?<![以避难未])免息/g;
  while ((m = FREE_INTEREST.exec(text)) !== null) {
    out.push({ t: 'waiver', start: m.index, end: m.index + 2, clause: ctx.clauseAt(m.index), waiver: 'interest' });
  }

  // "interest-free", "fee-free": the charge is waived for the plan.
  const FREE_OF = /(?<![a-z])(interest|fee|charge)[- ]free(?![a-z])/g;
  while ((m = FREE_OF.exec(text)) !== null) {
    out.push({ t: 'waiver', start: m.index, end: m.index + m[0].length, clause: ctx.clauseAt(m.index), waiver: m[1] === 'interest' ? 'interest' : 'fee' });
  }

  // Group objects joined by 和/及/、/and into lists sharing one verb.
  let i = 0;
  while (i < objs.length) {
    const list = [objs[i]!];
    let j = i + 1;
    while (j < objs.length && objs[j]!.start - list[list.length - 1]!.end <= 12 && JOIN.test(text.slice(list[list.length - 1]!.end, objs[j]!.start))) {
      list.push(objs[j]!);
      j++;
    }
    i = j;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const pre = before(ctx, first.start, 24);
    const post = after(ctx, last.end, 56);
    // 减免60%的利息和全部违约金: a list that starts with a partial waiver shares its verb.
    const afterPartial = skip.some((k) => k.end <= first.start && first.start - k.end <= 12 && JOIN.test(text.slice(k.end, first.start)) && /减|免|waive|remov|forgiv|refund/.test(text.slice(k.start, k.end)));
    const verbBefore = afterPartial || VERB_BEFORE.test(pre.replace(/\d+(?:\.\d+)?\s*%\s*(?:的|of)?\s*$|(?:部分|一部分|一半)\s*$|(?:part|some|half) of\s*(?:the\s*)?$/, ''));
    const verbAfter = VERB_AFTER.test(post);
    if (!verbBefore && !verbAfter) continue;
    if (PARTIAL_AFTER.test(post)) continue;
    for (let k = 0; k < list.length; k++) {
      const o = list[k]!;
      // The words of this object alone: not the partial waiver it may follow in a list.
      const own = k === 0 ? (afterPartial ? '' : before(ctx, o.start, 8)) : text.slice(list[k - 1]!.end, o.start);
      if (PARTIAL.test(own)) continue;
      out.push({ t: 'waiver', start: o.start, end: o.end, clause: ctx.clauseAt(o.start), waiver: o.waiver });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
