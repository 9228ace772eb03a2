/**
 * Scope shared between the clauses of one sentence. A clause's own words give it a scope (./scope.ts); some clauses
 * only go on with the one before or after them — a list cut at its commas, a verdict on what came before, a heading,
 * a refusal about the things the sentence names — and take that clause's scope instead.
 */

import type { Scope } from './scope';

export interface ScopedClause {
  text: string;
  scope: Scope;
  cues: string[];
  /** The clause ends in a colon: what follows in its sentence is the list or the detail it announces. */
  opensList?: boolean;
}

/**
 * A warning whose clause is only the verdict ("…的，都是骗子", "…, that's a scam") puts the clauses before it in the
 * same sentence in its scope: "凡是让您先交钱再修复信用的，一律是诈骗" describes what a scam looks like, it asks for
 * nothing.
 */
const VERDICT = /^(那|这)(个)?(是|就是|属于)?(典型|明显|常见)?的?(诈骗|骗局|骗子|骗人的)|^(都|也)?请?(一律|立即|马上|直接)?(拒绝|挂断|挂掉|报警|不要理会?|别理会?|不予理会|无视)|^(那|这|他|她|他们|对方)?(不是|唔系|并非)(我们|我哋|本行)|^(that'?s|that is|this is) a red flag|^(it|that|this|they) (isn'?t|is not|wasn'?t|was not|aren'?t|are not) (us|the bank|from us)\b|^(那|这|这些|他们|对方)?(百分之百是|百分百是|绝对是|统统是|全都是|都是|一律是?|均为|均是|全是|统统是|都属于|皆为|就是|肯定是|一定是|纯属|属于)|^(that'?s|that is|that was|it'?s|it is|it was|they'?re|they are|those are|this is|is|are|was) (always |definitely |certainly |exactly |a classic |typical )?(a |an )?(scam|fraud|fake|red flag)|^(toh |to )?(woh|wo|ye|yeh|vo) (fraud|scam|dhokha|fake)/;

/** Cues naming a thing (a secret, an app, an account, a record) that a list can go on naming. */
const LISTED: readonly string[] = ['secret', 'remote', 'safe-account', 'odd-target', 'repair'];
/** The first one or two words of a clause when an "or"/"and" follows them: a list still being named. */
const LIST_TAIL = /^([a-z0-9'’-]+(?: [a-z0-9'’-]+)?) (?:or|and|nor) /;
/** Verbs that start a new request inside such an opening ("buy Steam or…", "send them or…"). */
const LIST_VERB = /\b(buy|get|send|pay|give|transfer|move|read|tell|install|download|share|open|call|text|put|wire|deposit|top up|load)\b/;
/**
 * A clause made of further items ("your full card number or any passcode…"): a determiner, a few words, "or"/"and",
 * and no word that makes it a request of its own ("your code and expiry is all I need now").
 */
const NOUN_LIST = /^(your|any|the|an?) [a-z0-9'’ -]{0,40}\b(or|and|nor)\b(?!.*\b(is|are|need|needs|want|wants|please|now|just|me|us)\b)/;
/** A clause that continues a list as its last alternative. */
const DISJUNCTION_START = /^(or|nor)\b|^(或者?|或是|亦或)|^还是\b/;

/** A clause that is only a topic: 关于X, 有关X, "about X", "regarding X" (a few words, no verb after them). */
const TOPIC_HEADING = /^(关于|有关|至于|针对)[^，,]{1,12}$|^(about|regarding|re|as for|as to|on the subject of) [a-z' -]{1,30}$/;

const HAND_OVER_REFUSED =
  /(都|也|一律|均|千万)(请)?(不要|别|勿|不能|不可以?)(给|提供|告诉|透露|泄露|说|发|转发|转告|念|报|转|汇|付)|\b(never|don'?t|do not)\b (ever )?(share|give|tell|send|read|disclose) (it|them|this|that|these)\b/;

/**
 * A plain clause that goes on naming the items of a scoped clause before it — a list cut at its commas: "we will never
 * ask for your PIN, password or passcode" (only more of the same things, nothing handed over), "do not buy Apple,
 * Steam or Google Play cards" (one or two words then "or"/"and", no verb among them).
 */
function continuesList(clause: ScopedClause, prev: ScopedClause | undefined): boolean {
  if (!prev || prev.scope === 'plain') return false;
  if (!clause.cues.includes('hand-over')) {
    const named = clause.cues.filter((c) => LISTED.includes(c));
    if (named.length > 0 && named.every((c) => prev.cues.includes(c))) return true;
  }
  // "we never ask for your PIN, your card number or any code in this chat": the next items of a list, no verb of their own.
  if (NOUN_LIST.test(clause.text) && !LIST_VERB.test(clause.text)) return true;
  const opening = LIST_TAIL.exec(clause.text)?.[1];
  return opening !== undefined && !LIST_VERB.test(opening) && prev.text.split(/\s+/).length >= 3;
}

/**
 * The agent repeating what the person told them ("您说有人打给您，自称风控，要您下载…", "you said they asked you to…"):
 * the report runs on to the end of the sentence, through clauses that name no speaker of their own.
 */
const PERSON_REPORTS = /^(您|你)(刚才|刚刚|刚|之前|先前|早前|头先)?(是)?(说|讲|话|提到|反映|讲过|说过)|^you (said|mentioned|told me|say|were saying)\b/;
/** Reported, or reported as a warning ("您反映有人冒充我行…, 让您下载…" is the person's account of a scam). */
const reported = (p: ScopedClause) => p.scope === 'attr' || p.scope === 'warn';
/** A clause that speaks in the agent's own voice again, or turns to the person with an instruction: the report ended (请问, a question about it, goes on with it). */
const OWN_VOICE = /^(但|不过|可是|现在|那(?![个位些人条种])|这(?![个位些人条种])|请(?!问)|麻烦)|我们|我行|本行|我这边|我哋|\b(we|i|please|but|now)\b/;
/** A condition that describes what may happen ("手机如果弹出…", "if someone calls…"): a warning after it is about it. */
const CONDITION = /如果|若是?|要是|假如|万一|一旦|^如(?!何|今|此|下|实|期|约|数|同)|(?<![小同及准按临暂平有定当])时(?![间候])|\b(if|when|should|whenever)\b/;
/** Going along with what a warning describes: 跟着做, 照做, 相信, 理会, "follow it", "click". */
const GO_ALONG = /跟着做|照做|照着做|按(?:对方|他们|他|她|骗子)的?(?:要求|指示|说的)|相信|理会|理睬|点击|点开|回复|配合|\b(follow|click|respond|reply|believe|engage|do (it|that|this|so))\b/;
/** A prohibition inside a clause read as someone else's words ("千万不要按对方要求开启" names the other side's request). */
const PROHIBITS = /不要|别|勿|切勿|\b(don'?t|do not|never)\b/;

/** The consequence of not doing what was asked: a threat, whatever negation it carries. */
const THREAT = /^(otherwise|or else|否则|不然|要不然|要不)/;
/** A clause that only names a topic, ending on a demonstrative ("投屏、远程协助这些功能", "…之类的"): the next clause's object. */
const TOPIC_LIST = /(这些|这类|这种|此类|之类|等等|等)的?(功能|操作|软件|东西|要求|事情?|应用|工具|方式|app)?$/;

/** A clause that only goes on with the deed before it ("对方让你开屏幕共享，然后念验证码", "…, then read the code"). */
const THEN = /^(然后|接着|之后|再|又|并且|and then|then)(?![a-z])|^(还|也|并)?(让|叫|要求|逼)(您|你)|^(要|叫|让|逼)(她|他|他们|她们|你家人|你妈|你爸)/;
/** The condition inside a report ("they said it would be frozen unless you moved…"): still what they said. */
const REPORTED_CONDITION = /^(unless|if|or else|otherwise)\b|^(除非|否则|不然|如果|要不然)/;
/** What a warned-of thing really is (其实就是…, "that's really…"): still the warning. */
const EXPLAINS_IT = /^(其实|实际上)(就)?是|^(that'?s|which is|it'?s) (actually|really|just|exactly)\b/;

const RELATIVE = /^(who|whom|whose|which)\b/;

/** A third party's words that end on the verb of saying ("对方说", "the caller claimed"): the next clause is what they said. */
const SPEECH_ENDS = /(对方|他们|他|她|那个人|那人|有人|别人)(就|又|还|也)?(说|讲|表示|称|声称|话)$|\b(they|he|she|the caller|the person|someone) (said|says|claimed|claims|promised|told you)$/;

/** A clause that narrows the one before it ("…, especially those that ask for accessibility", 特别是…): its scope. */
const NARROWS = /^(特别是|尤其是|尤其|特别|无论是|不管是|(especially|particularly|in particular|above all|whether (by|through|via|on|it'?s|that'?s))\b)/;

/** A clause saying what the one before it is for: "so (that) we can …", 以便, 好让. */
const PURPOSE = /^so (that )?(we|i|they|he|she|someone|it) (can|could|may|might)\b|^(以便|好让|方便我们|方便我)/;

/** A scoped clause that points back at what the sentence named ("…— we never ask for any of these", 以上这些都不会): their scope. */
const POINTS_BACK = /\b(any|all|none|either|each) of (these|those|them|this)\b|\b(these|those) (things|requests|steps|apps|methods|tricks)\b|这些|以上|上述|这几样|这几种|(这种|这类|这样的)(要求|做法|操作|请求)|前面(说|讲)的/;

/** Adds the sentence's next clause to `parts`, sharing scope with the clauses before it where it goes on with them. */
export function addClause(parts: ScopedClause[], clause: ScopedClause): void {
  if (clause.scope === 'warn' && VERDICT.test(clause.text)) for (const p of parts) p.scope = 'warn';
  // "手机如果弹出'允许远程控制'，请点拒绝": what the condition describes is what the warning is about.
  // ("若收到要求下载'协商APP'的短信，请勿点击": a refusal after the condition is about it too.)
  // ("…when asked, otherwise your plan can't load" is a threat after the request, not a refusal of it.)
  if ((clause.scope === 'warn' || clause.scope === 'neg') && !THREAT.test(clause.text)) {
    const from = parts.findIndex((p) => CONDITION.test(p.text));
    if (from >= 0) for (let j = from; j < parts.length; j++) if (parts[j]!.scope === 'plain') parts[j]!.scope = clause.scope;
  }
  if (clause.scope !== 'plain') {
    const last = parts[parts.length - 1];
    if (last?.scope === 'plain' && TOPIC_LIST.test(last.text)) last.scope = clause.scope;
    if (POINTS_BACK.test(clause.text)) for (const p of parts) if (p.scope === 'plain') p.scope = clause.scope;
    // A clause between two warnings ("冒充客服的人…，以减免为名让您远程协助，一定要小心") is what they warn of, and so is one
    // between a warning and a refusal to go along with it ("有骗徒扮银行职员，叫客人装…，千万不要跟着做").
    const refusesToGoAlong = clause.scope === 'neg' || (clause.scope === 'attr' && PROHIBITS.test(clause.text));
    const warnedBefore = clause.scope === 'warn' ? parts[0]?.scope === 'warn' : refusesToGoAlong && GO_ALONG.test(clause.text) && parts.some((p) => p.scope === 'warn');
    if (warnedBefore) for (const p of parts) p.scope = 'warn';
  }
  // A negation or warning that opens a list with a colon ("本行绝不会做：…、…") scopes the list after it.
  const opener = parts.find((p) => p.scope !== 'plain' && p.opensList);
  if (clause.scope === 'plain' && opener) clause.scope = opener.scope;
  // A purpose clause ("… install apps so we can see your screen", 以便我们查看) goes with the request or refusal before it,
  // as does a clause narrowing it ("…, especially …").
  const prev = parts[parts.length - 1];
  if (clause.scope === 'plain' && prev && prev.scope !== 'plain' && (PURPOSE.test(clause.text) || NARROWS.test(clause.text))) clause.scope = prev.scope;
  // What the warned-of thing really is ("…，其实就是让您装控制软件", "that's really a remote app") is still the warning.
  if (clause.scope === 'plain' && prev?.scope === 'warn' && EXPLAINS_IT.test(clause.text)) clause.scope = 'warn';
  if (clause.scope === 'plain') {
    if (prev && reported(parts[0]!) && PERSON_REPORTS.test(parts[0]!.text) && parts.every(reported) && !OWN_VOICE.test(clause.text)) clause.scope = 'attr';
    else if (prev?.scope === 'attr' && SPEECH_ENDS.test(prev.text) && !OWN_VOICE.test(clause.text)) clause.scope = 'attr';
    // Someone else's deeds go on through "然后…" / "then…" and a relative clause ("the caller you described, who asked
    // for your login, …"): what they did next is still their story.
    else if (prev?.scope === 'attr' && (THEN.test(clause.text) || RELATIVE.test(clause.text) || REPORTED_CONDITION.test(clause.text)) && !OWN_VOICE.test(clause.text)) clause.scope = 'attr';
    else if (continuesList(clause, prev)) clause.scope = prev!.scope;
    else if (DISJUNCTION_START.test(clause.text)) {
      // A list of things never asked for that ends "…, or read out a code" / "…或者转账" is one negated list: the
      // closing "or" clause and the items between it and the negation share the negation's scope. Only "or": after
      // "and" a scammer goes on asking ("never share it with anyone else, and read it to me now").
      const from = parts.findLastIndex((p) => p.scope !== 'plain');
      if (from >= 0) {
        clause.scope = parts[from]!.scope;
        for (let j = from + 1; j < parts.length; j++) parts[j]!.scope = clause.scope;
      }
    }
  }
  parts.push(clause);
}

/**
 * A prohibition that reaches the agent too ("连我也不要", "包括银行工作人员", "not even me"): the sentence warns about the
 * thing it names, unless a clause after it hands something over anyway ("…连银行的人也别给，直接念给我").
 */
const NOT_EVEN_US =
  /^(连|包括)(我|我们|客服|银行|本行|工作人员)[^，,。]{0,8}(也|都|在内)|[(（](包括|含|连)[^)）]{0,12}(银行|工作人员|客服|我们)|^(and )?(not even|including|even) (to )?(me|us|bank staff|our staff|the bank|anyone (from|at) the bank)\b/;

/** Scope that needs the whole sentence: a heading, and a refusal about the things the sentence names. */
export function settleSentence(parts: ScopedClause[]): void {
  const reach = parts.findIndex((p) => NOT_EVEN_US.test(p.text));
  if (reach >= 0 && !parts.slice(reach + 1).some((p) => p.scope === 'plain' && p.cues.includes('hand-over'))) {
    for (let j = 0; j <= reach; j++) parts[j]!.scope = 'warn';
  }
  // A heading ("关于屏幕共享：…", "Regarding remote access: …") names what the next clause speaks about and asks for
  // nothing itself: it reads as that clause does ("…本行系统根本不具备查看屏幕的功能" is a negation, so is its heading).
  for (let j = 0; j + 1 < parts.length; j++) if (TOPIC_HEADING.test(parts[j]!.text)) parts[j]!.scope = parts[j + 1]!.scope;
  // "验证码是您的隐私，包括我们问您要都不要给": a refusal "…都不要给 / never share it" is about the thing the other
  // clauses of its sentence name; it scopes them — unless the sentence asks to hand something over in a plain clause
  // of its own ("验证码别人问都不要给，发给我就行" stays a request).
  if (parts.some((p) => p.scope !== 'plain' && HAND_OVER_REFUSED.test(p.text)) && !parts.some((p) => p.scope === 'plain' && p.cues.includes('hand-over'))) {
    for (const p of parts) if (p.scope === 'plain') p.scope = 'neg';
  }
}
