/**
 * Which clauses speak for the bank now. Dropped: refusals (无法办理, "we can't"), the customer's own words quoted back
 * (您说想分60期, "you mentioned") unless the agent accepts them, ceilings and floors stated as policy (最长60期,
 * "up to 60 months") unless addressed to this customer (最多给您36期), general policy (一般, usually), plans the
 * customer already has (之前办理的), and expired or withdrawn offers — which also void what led up to them in the sentence.
 * Also dropped (from lines without an offer in the classifier's train/dev corpus): how long a record stays on
 * the credit file, a threshold that needs approval, what one must meet to apply, time passed without payment, and
 * months that count documents — each carries a period or a product name but no terms. And (from the classifier's
 * sixth to twelfth writers, 2026-12-05) a whole sentence that demands the whole debt at once (a demand, not a
 * settlement), or speaks of a plan's application or approval with no figure, a plan the person is already on or a
 * reminder of its payment, the card's grace period, a cap on the agent's authority, how often a waiver is considered.
 * And (from the fifteenth to twentieth writers) a decision against the relief (没通过, "we won't be accepting"), a
 * sentence headed by the rules it states (根据我行规定，…), a record's reporting to the bureau, and a fee to mend a record.
 */

import type { Ctx } from './types';

const NEGATION =
  /无法|(?<!能)不能|(?<!可)不可以|(?<!可)不可(?!能|以)|不支持|没办法|没有办法|不予|不同意|不接受|暂不|暂时不|不提供|办不了|做不了|批不了|给不了|做唔到|唔得|唔可以|唔接受|唔批|批唔到|不符合|未能|(?:未|没有?|不)(?:获)?(?:通过|获批|批准)|(?:不|唔)获批|不予(?:通过|批准|核准)|批不了|批不下来|不给批|冇得批|不(?:办理|受理)|不给办|没有这个业务|不会同意|(?<!行)不行(?!不行)|(?<![a-z])(?:can't|cannot|can not|unable|not able|won't be able|not possible|don't offer|do not offer|isn't available|is not available|aren't able|are not able|not eligible|no longer offer|not in a position|won't be offering|are not offering|aren't offering|do not have|don't have|(?:wasn't|was not|isn't|is not|hasn't been|has not been|not) approved|declined|rejected|turned down|won't be accepting|will not be accepting|(?:are|am) not accepting|isn't coming up|is not coming up|(?:isn't|is not) something (?:i|we)(?:'re| are| am|'m)? (?:can|able to|could)|(?:isn't|is not) something (?:i|we) can)(?![a-z])/;
const QUOTE =
  /这么高|这么大|这么低|(?<![a-z])(?:at|of) that (?:level|amount|size)(?![a-z])|(?<![跟和给对同向])您说|您刚才说|您刚说|您提到|您的意思是|您是说|您是想|您想|您希望|您要求|(?<![为给帮替])您申请的|您提出|你提出|您提的|您的诉求|诉求|(?:您|你)要的是|(?:您|你)说的|留言说|您这边想|(?<![跟和给对同向])你说|你想|(?<![跟和给对同向])你讲|(?<![跟和给对同向])您讲|你话|你刚才说|你刚说|你刚刚说|您刚刚说|你提到|你的意思是|你是说|你是想|您的\s*(?:proposal|request|提议|请求)|(?<![a-z])(?:you said|you mentioned|you'd like to|you would like to|you want|you wanted|you asked|you requested|your request|you proposed|your proposal|you suggested|you had in mind|you're asking|you are asking|you're requesting|you are requesting|did you say|you offered|you were hoping|your offer|you're hoping|you could afford|you can afford|you'd prefer|you would prefer)(?![a-z])/;
const ACCEPT =
  /可以接受|能接受|已同意|同意您|批准了|已批准|审批通过了|已通过|通过了|没问题|可以满足|(?<![a-z])(?:we can accept|we accept|we'll accept|approved|we can do that|that works|agreed|we can agree|is acceptable|we can go with|we can honor that)(?![a-z])/;
const LIMIT =
  /最长|最多|最高|上限|不超过|不得超过|最大|最低|最少|低至|至多|(?<![a-z])(?:between \d+ and \d+|from \d+ to \d+|anywhere from|up to(?! date)|maximum|max\.?|at most|no more than|no longer than|as low as|starting (?:at|from)|longest|the most we|tops? out|capped at|my authority)(?![a-z])/;
const ADDRESSED = /给您|为您|帮您|给到|(?<![a-z])(?:for you|i can|i could|i'm able|i am able)(?![a-z])/;
const POLICY =
  /根据.{0,4}规定|按规定|按照规定|政策规定|我行规定|一般来说|一般情况下|通常|一般|(?<![a-z])(?:policy|usually|typically|generally|normally|in general|as a rule|tend to|on average|range from|ranges from|only considered|case by case|case-by-case|once in any|once every|once per|minimum payment is)(?![a-z])/;
const PAST =
  /之前办理的|之前给您的|之前的方案|上次的|上个月给您|上次给您|原来的方案|原方案|已办理的|已经办理的|您现有的|现有的分期|目前的分期|之前已经?(?:约定|同意|答应)|先前已?經?(?:約定|同意)|先前已经?(?:约定|同意)|已经?还了?(?:\d+|[一二两三四五六七八九十]+)期|已繳(?:\d+|[一二兩三四五六七八九十]+)期|(?<![a-z])(?:last year|last month's|previously|previous plan|your previous|your existing|your current plan|you were on|you had|you're currently on|you are currently on|you're already on|you are already on|payments? (?:remaining|left to go)|earlier plan|the old plan|used to|you made|you paid|you've paid|we've given you|we have given you|you've had|you have had|you have paid|we received|we've received|was received|has been received|currently enrolled|you're enrolled|you are enrolled|payments? (?:have|has) been made|reminder:|your (?:next )?(?:instal?lment|payment) (?:of [^ ]+ )?is due)(?![a-z])/;
/** How long a record stays on the credit file ("a default stays on your file for six years"): no plan's term. */
const RECORD_STAYS =
  /(?<![a-z])reported (?:to|with) (?:the )?(?:credit )?(?:bureaus?|agencies|reference agencies)(?![a-z])|(?:default|late payments?|missed payments?|arrears|record|marker|entr(?:y|ies))[^.;,]{0,30}(?:stay|r(?:e)?ma(?:i)?n)s?\b|(?:stay|r(?:e)?ma(?:i)?n)s? on (?:your |the )?(?:[a-z]+ )?(?:file|report|record)|(?:falls?|drops?|come|comes) off\b|(?:appear|show)s? on (?:your |the )?(?:credit )?(?:file|report|record) for|记录.{0,6}(?:保留|保存|展示|留存)|(?:保留|展示)\d*.{0,2}年/;
/** A threshold that needs someone else's approval ("anything over a 20% reduction", 超过3期的都要审批): no offer. */
const THRESHOLD = /(?<![a-z])anything (?:over|above|beyond|more than|longer than|bigger than)(?![a-z])|(?<![a-z])any (?:(?:re)?payment )?(?:plan|arrangement|offer) (?:under|below|over|above|longer than|shorter than|of less than|of more than)(?![a-z])|超过.{1,12}(?:的|都)(?:都)?(?:需要|要|得|须)/;
/** What the person must meet or bring to apply (停息挂账要满足一定资质, "eligibility depends on"): no terms offered. */
const REQUIREMENT =
  /(?:要|需要|须|需|得)(?:满足|符合|具备|提供|上传)|(?:要|需要|须|需|得)(?:您|你)?先(?:还|付|缴|交)|资质|(?<![a-z])(?:eligib|qualif|criteria|to support your (?:request|application)|you(?:'ll| will)? need to (?:provide|send|show))/;
/** Time already passed without payment (haven't had a payment for two months, 已经三个月没还): history, no term. */
const HISTORY =
  /(?<![a-z])(?:pending|overdue|unpaid|outstanding) since(?![a-z])|(?<![a-z])(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|no payments?|nothing)(?![a-z])[^.;]{0,40}(?<![a-z])for (?:two|three|four|five|six|several|a few|\d+) (?:months|weeks)|(?:没|未)(?:有)?(?:还|还款|缴|付)(?:款)?(?:已经|有)?.{0,3}(?:个月|期)|(?:个月|期)(?:都)?(?:没|未)(?:有)?(?:还|还款)|(?:已|已经)(?:欠款|逾期|拖欠|欠)了?(?:\d+|[一二两三四五六七八九十]+)(?:个月|期|天)|(?:迟|遲|拖)(?:了|咗)(?:\d+|[一二两兩三四五六七八九十]+)(?:个|個)?月/;
/** A question for the person's own figure (一个月大约可以赚多少钱？, "how much can you afford?"): nothing offered. */
const ASKS_FIGURE = /多少|(?<![a-z])(?:how much|what amount)(?![a-z])/;
/** Months that count documents ("three months of statements", 近三个月的流水), not a plan's term. */
const DOCUMENT_SPAN =
  /(?<![a-z\d])(?:\d{1,3}|one|two|three|six|twelve) months?'?s? (?:of |worth of )?(?:bank )?(?:statements|payslips|pay ?slips|records|transactions|bills)|近.{0,3}(?:个月|年)的?(?:工资|银行|收入)?(?:流水|工资条|账单|记录)/;
/**
 * The whole debt asked for at once (只能把欠的27600一次性结清, "the full balance of $2,966 to close this out", "the
 * payoff is $7,301"): a demand, not a settlement, which pays a reduced total. Read with WHOLE_AT_ONCE, and only where
 * the sentence names no reduction (a share of the debt, 欠款总额的六成, is one) and no plan.
 */
const WHOLE_DEBT =
  /全额|只接受结清|只收结清|还晒|清晒|成笔|全数|全部(?:欠款|金额|还清|结清|归还|的欠款)|所有欠款|(?:欠|逾期)(?:的|了)?(?:金额|款项|欠款)?\s*[¥￥]?\d|欠款(?:合计|总计|共计|总额)|(?:逾期|欠款)?总(?:金额|欠款|额)|剩余本息|本息(?:合计|共计|一并)|(?<![a-z])(?:the )?(?:full|whole|entire|total) (?:balance|amount|outstanding|arrears|debt)|(?<![a-z])(?:the )?(?:overdue|outstanding|past[- ]due) (?:amount|balance|sum)(?![a-z])|(?<![a-z])(?:the )?outstanding [$£€¥]?\s?\d|past[- ]due (?:total|amount|balance)|brought up to date|bring (?:the account|it|them) up to date|(?:the )?pay-?off(?: amount| figure)?(?![a-z])/;
const WHOLE_AT_ONCE =
  /一次性|还晒|清晒|只接受结清|只收结清|一次过|一次还清|全额|全部(?:还清|结清|归还)|结清|还清|(?<![a-z])(?:in (?:one|a single) (?:payment|go|lump)|in full|lump[- ]?sum|pay-?off|close (?:this|the account|it) out|clear(?:ed)? (?:it|the balance|the arrears|the account)|is due|due (?:now|today|immediately))(?![a-z])/;
const REDUCTION =
  /(?:即可|就可以|就能|便可|就可)(?:一次性)?(?:结清|还清|销户)|[一二三四五六七八九十\d]\s*成|一半|半数|百分之|\d\s*%|减免|免除|免掉|豁免|核销|打\s*[一二三四五六七八九\d]\s*折|[一二三四五六七八九\d]\s*折|剩下|剩余部分|其余|余下|优惠|(?<![a-z])(?:off|discount|reduc|forgiv|write off|written off|waive|settle (?:it |the account )?for|percent|half|full and final|accept (?:a |an )?(?:[£$€¥]|\d)|(?:will|would) (?:settle|clear|close) (?:the|your) (?:account|balance|debt))/;
const PLAN_TERMS = /分\s*\d+\s*期|\d+\s*期|每期|每月|(?<![a-z])(?:\d+ (?:monthly )?(?:months|payments|instalments|installments)|per month|a month|monthly)(?![a-z])/;
/**
 * A plan still to be applied for or approved, or the papers it needs (停息挂账需要上报风控审核, "has to go through a
 * review", 帮您提交材料): with no figure in the sentence, it names a plan and offers nothing yet.
 */
const PROCEDURE =
  /需要?(?:由|经过|经)?(?:总行|分行|风控|主管|上级|领导|专员)?(?:的)?(?:审批|审核|签字)|(?:转到|转给|交给|转交)[^，。,.；;]{0,12}(?:审批|审核)|申请(?![表书])|报备|上报|提交|材料|资料|(?<![a-z])(?:needs?|has|have|must) (?:to )?(?:go through|get|be sent|be) (?:an? |for )?(?:[a-z]+ )?(?:approv|review|underwrit|sign)|send (?:it|this) up|escalat|check with (?:my|our|the) |refer (?:it|this)|isn'?t something|is not something|apply(?:ing)? for|application(?![a-z])/;
/** A figure, in digits or in words beside a unit (两个月, 七成, "six-month", "ten payments"). */
const TERM_FIGURE =
  /\d|一半|(?<![a-z])half(?![a-z])|[一二两三四五六七八九十半]+\s*(?:个月|期|年|天|成|折|周)|(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|forty|fifty|sixty)[- ](?:months?|payments?|instalments?|installments?|weeks?|years?)(?![a-z])/;
/**
 * The card's grace period (还款宽限期, "a grace period of 3 days") is a term of the card, unless the sentence grants it
 * to this person (可以给您宽限30天).
 */
const GRACE = /宽限期|(?<![a-z])grace period(?![a-z])/;
const HAS_FIGURE = /\d/;
/** The agent speaking for the bank again after quoting the customer. */
const AGENT_VOICE = /我们|我这边|我行|我司|本行|(?<![a-z])(?:we|we'd|we'll|we're|we can|i'd|i'll|i can)(?![a-z'])/;
const NEW_TOPIC = /现在|重新|新的|改为|(?<![a-z])(?:now|instead|new|going forward)(?![a-z])/;
const EXPIRED = /过期|失效|作废|截止了|结束了|不再有效|已无效|(?<!新)无效了|(?<![a-z])(?:expired|no longer (?:valid|available)|has ended|have ended|lapsed|(?:was|were) only valid)(?![a-z])/g;
/** A plan or offer taken back ("the plan was withdrawn", "we've cancelled the arrangement", 方案已取消): no offer now. */
const WITHDRAWN =
  /(?<![a-z])(?:plan|arrangement|offer|deal|agreement|discount|settlement)s?(?![a-z])[^.;]{0,40}?(?<![a-z])(?:withdrawn|cancell?ed|revoked|terminated|rescinded)(?![a-z])|(?<![a-z])(?:withdrew|cancell?ed|revoked|terminated|rescinded) (?:the|your|this|that)(?: [^ .;]+){0,6}? (?:plan|arrangement|offer|deal|agreement)(?![a-z])|(?:方案|优惠|协议|分期|减免)[^。；，,]{0,10}?(?:取消|撤销|撤回|终止)/;
/** An expiry that is a condition of a live offer: 超过这个日期方案自动失效, "otherwise it will expire". */
const CONDITIONAL = /超过|否则|如未|若未|逾期未|过了|到期后|将|会|自动|就会|便会|即|(?<![a-z])(?:will|otherwise|after|if not|unless|or it|would|before it)(?![a-z])/;
const CONTRAST_START = /^\s*(?:但是|但|不过|可是|然而|but|however|although|though)/;

/** A fee for a service that promises to mend a record (修复服务费, "a fee to remove the defaults"): no term of the debt. */
const SERVICE_FEE = /(?:修复|异议|清洗)(?:服务)?费|(?<![a-z])(?:repair|removal|cleaning) fee(?![a-z])|(?<![a-z])fee(?![a-z])[^.;]{0,30}(?<![a-z])(?:remov|repair|clean|eras|delet)/;

/** A clause that only names the rules the sentence goes on to state. */
const RULE_HEADING = /^\s*(?:根据|按照?|依照?|依据).{0,6}规定[，,:：]?\s*$|^\s*(?:per|under|according to|as per) (?:our|the bank'?s?|the) (?:policy|rules|guidelines)[，,:：]?\s*$/i;

/** Per clause: true when it must not contribute to any offer. */
export function droppedClauses(ctx: Ctx): boolean[] {
  const { text, clauses, seg } = ctx;
  const dropped = clauses.map(() => false);
  for (const [first, last] of seg.sentences) {
    const sentence = text.slice(clauses[first]!.start, clauses[last - 1]!.end);
    const accepted = ACCEPT.test(sentence);
    // The whole debt demanded at once, or a plan's procedure without a figure: nothing in the sentence is an offer.
    const demandsWhole = WHOLE_DEBT.test(sentence) && WHOLE_AT_ONCE.test(sentence) && !REDUCTION.test(sentence) && !PLAN_TERMS.test(sentence);
    const procedureOnly = PROCEDURE.test(sentence) && !TERM_FIGURE.test(sentence) && !accepted;
    // A sentence headed by the rules it states (根据我行规定，…; "Under our policy, …") states them for everyone.
    const ruleHeaded = RULE_HEADING.test(text.slice(clauses[first]!.start, clauses[first]!.end));
    if (demandsWhole || procedureOnly || ruleHeaded) for (let k = first; k < last; k++) dropped[k] = true;
    for (let k = first; k < last; k++) {
      const c = clauses[k]!;
      const t = text.slice(c.start, c.end);
      if (NEGATION.test(t) || POLICY.test(t) || SERVICE_FEE.test(t)) dropped[k] = true;
      if (GRACE.test(t) && !ADDRESSED.test(sentence)) dropped[k] = true;
      if (RECORD_STAYS.test(t) || THRESHOLD.test(t) || HISTORY.test(t) || DOCUMENT_SPAN.test(t)) dropped[k] = true;
      // A requirement drops a clause only when it offers nothing itself: 符合条件可以给您分12期 is still an offer.
      if (REQUIREMENT.test(t) && !ADDRESSED.test(t) && !HAS_FIGURE.test(t)) dropped[k] = true;
      if (ASKS_FIGURE.test(t) && !HAS_FIGURE.test(t)) dropped[k] = true;
      if (PAST.test(t)) {
        // An existing plan stays the subject until the agent turns to something new (但/现在/now/instead).
        for (let j = k; j < last; j++) {
          const u = text.slice(clauses[j]!.start, clauses[j]!.end);
          if (j > k && (CONTRAST_START.test(u) || NEW_TOPIC.test(u))) break;
          dropped[j] = true;
        }
      }
      else if (QUOTE.test(t) && !accepted) {
        // The customer's proposal runs on past its first clause (您说想分36期，每期还500) until the agent speaks
        // for the bank again.
        for (let j = k; j < last; j++) {
          const u = text.slice(clauses[j]!.start, clauses[j]!.end);
          if (j > k && (CONTRAST_START.test(u) || NEW_TOPIC.test(u) || ADDRESSED.test(u) || AGENT_VOICE.test(u))) break;
          dropped[j] = true;
        }
      }
      else if (LIMIT.test(t) && !ADDRESSED.test(t)) dropped[k] = true;
      // An expired or withdrawn offer voids this clause and the ones before it, back to a "but" that starts a new thought.
      const voidBack = () => {
        for (let j = k; j >= first; j--) {
          dropped[j] = true;
          if (CONTRAST_START.test(text.slice(clauses[j]!.start, clauses[j]!.end))) break;
        }
      };
      const withdrawn = WITHDRAWN.exec(t);
      if (withdrawn && !CONDITIONAL.test(t.slice(Math.max(0, withdrawn.index - 8), withdrawn.index + withdrawn[0].length))) voidBack();
      EXPIRED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = EXPIRED.exec(t)) !== null) {
        if (CONDITIONAL.test(t.slice(Math.max(0, m.index - 8), m.index))) continue;
        voidBack();
        break;
      }
    }
  }
  return dropped;
}

/** Words that set an alternative apart: 或者, 二是, "or", "Option B". */
export const ALTERNATIVE =
  /或者|或是|(?<![a-z])(?:either|or|alternatively|otherwise|option\s*[b-e2-5]|another option|second option)(?![a-z])|[或②③④⑤]|二是|其二|第二|方案二|方案b|另一种|另外/g;

/** Start offsets of alternative markers, sorted. */
export function alternativeMarks(ctx: Ctx): number[] {
  const out: number[] = [];
  ALTERNATIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALTERNATIVE.exec(ctx.text)) !== null) out.push(m.index);
  return out;
}
