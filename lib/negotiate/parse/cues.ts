/**
 * Words that shape an offer without carrying a number: interest stopped (停息挂账, "interest frozen"), amortised
 * repayment (等额本息), a lump sum (一次性结清, "in full"), principal only (只还本金), how the fee is collected
 * (一次性收取 / 分期收取, "charged upfront") and plan words (分期, 方案, plan) that let a lone rate stand as an offer.
 */

import type { CueKind, Ctx, Mention } from './types';

const CUES: Array<[CueKind, RegExp]> = [
  [
    'stop-interest',
    /停息挂账|停息|停止计息|停止计收利息|不计利息|不计息|不再计息|不再计收利息|不再产生利息|不会产生利息|不产生利息|不再收取利息|利息冻结|冻结利息|停止收取利息|(?<![a-z])interest (?:(?:and [a-z]+ )?(?:will be |is |gets |has been |being |to be |are |will stay |stays )?(?:frozen|suspended|stopped|paused|halted))|(?<![a-z])(?:freeze|freezing|froze) (?:the |your |all )?interest|interest freeze|stop (?:charging|adding) (?:you )?interest|no (?:further|more|additional|new) interest(?![a-z])/g,
  ],
  ['amortized', /等额本息|等额本金|(?<![a-z])amorti[sz](?:ed|ing|ation)?(?![a-z])/g],
  [
    'one-time',
    /一次性(?:还款|偿还|还清|结清|付清|支付|归还|还|付)|一次过(?:清还|还清|还款|清数|还|付|俾|畀)?|全额还款|全部还清|一次还清|结清(?!后)|(?:剩余部分|剩余的?|剩下的?|其余(?:部分|的)?|余下的?)(?:部分|金额|欠款)?(?:我们|银行|这边|本行|我行)?(?:就|都|也|会|可以|可|将)*(?:帮您|给您|为您|帮你|给你)?(?:全部|全额)?(?:减免|免除|免掉|豁免|免了|不用还|不用再还|不再追究|不再催收|核销)|不再追究|(?<![a-z])(?:forgive|write off|waive) the (?:rest|remainder|remaining balance)|the (?:rest|remainder) (?:will be |is |gets )?(?:forgiven|written off|waived)|(?<![a-z])(?:lump[- ]?sum|one[- ]?(?:time|off) payment|single payment|(?:paid|pay(?:ing)?)(?: (?:it|this|the (?:balance|rest|account)))? in full|in full and final|full and final|settle(?:d|ment)?(?: the account)? in full|pay off the (?:balance|account|debt)|close (?:out )?(?:the|your) account|close this out|settle(?:d|ment)?)(?![a-z])/g,
  ],
  ['principal-only', /(?:只|仅|只需|仅需|只要)(?:需|要)?(?:还款|还|归还|偿还|支付)?本金(?:部分)?(?!的)|(?:还清|结清|还完)(?:全部|所有)?(?:的)?本金(?!的)|本金还清|(?<![a-z])(?:just|only) (?:the |your )?principal(?![a-z])|principal only/g],
  ['upfront', /(?:首期)?一次性(?:收取|扣除|扣收|缴纳)|首期(?:一次性)?收取|前置收取|(?<![a-z])(?:charged|collected|deducted|paid|taken|billed) (?:all )?(?:up[- ]?front|at the start|in advance|at once|in the first (?:month|payment))|up[- ]?front fee|one[- ]?(?:time|off) fee/g],
  ['per-period', /分期收取|每期收取|按期收取|逐期收取|按月收取|分摊到每期|平均分摊|随每期(?:还款)?收取|(?<![a-z])(?:charged|collected|billed|spread) (?:monthly|each month|every month|with each payment|over the term|across the (?:payments|term))/g],
  ['plan', /分期|方案|计划|(?<![a-z])(?:plan|program|programme|arrangement|schedule)(?![a-z])/g],
];

/** Cue mentions, in text order. */
export function findCues(ctx: Ctx): Mention[] {
  const out: Mention[] = [];
  for (const [cue, re] of CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text)) !== null) {
      // "pay $500 upfront" is a down payment; only a fee collected upfront sets feeCollection.
      if (cue === 'upfront' && /[a-z]/.test(m[0]) && !/fee|charge/.test(sentenceText(ctx, m.index))) continue;
      out.push({ t: 'cue', cue, start: m.index, end: m.index + m[0].length, clause: ctx.clauseAt(m.index) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function sentenceText(ctx: Ctx, pos: number): string {
  const ci = ctx.clauseAt(pos);
  const c = ctx.clauses[ci];
  if (!c) return '';
  const [first, last] = ctx.seg.sentences[c.sentence]!;
  return ctx.text.slice(ctx.clauses[first]!.start, ctx.clauses[last - 1]!.end);
}
