/**
 * Follow-ups the bank's side states with a date: a call back, a reply, a payment deadline, papers to send.
 * A promise needs a date in the same clause; "we'll call you back soon" has none and yields nothing. Questions,
 * negated sentences and dates already past are skipped.
 */
import { utf8 } from '../integrity/digest';
import { sha256, toHex } from '../integrity/hash';
import { endOfLocalDay, localDay, localOffsetAt } from '../time';
import type { FollowUp } from '../types';
import { findDates, type DateContext, type DateHit } from './dates';
import { foldWidth, sentences } from './text';

export type PromiseKind = 'payment' | 'documents' | 'callback' | 'reply' | 'delivery';

export interface PromiseHit {
  kind: PromiseKind;
  day: number;
  /** Epoch ms: an exact time for "within 48 hours", otherwise the end of `day` in the user's zone. */
  dueAt: number;
  /** The sentence it was read from, verbatim. */
  quote: string;
}

const QUESTION = /[?？]|(?:吗|么)\s*[。.!！]?\s*$|是否|能否|可否|可不可以|能不能|行不行|有没有/;
const NEGATED = /不会|不能|无法|没法|没办法|不可以|不予|不再|暂不|暂时不|不用|无需|不需要|不必|不一定|\b(?:not|never|unable|cannot|no longer)\b|n['’]t\b/i;

// Payment: in Chinese the verb follows the date ("25日前还款"); in English it comes before ("pay … by the 25th").
const PAY_ZH = /还款|还清|结清|缴清|缴款|缴纳|存入|入账|支付|付款|转账|还上|打款|扣款/;
const PAY_EN = /\b(?:pay|paid|payment|repay|repayment|deposit|transfer|settle)\b/i;
const DOCS =
  /(?:提交|提供|上传|寄送|寄出|发送|补充|邮寄|补交)[^,。；;]{0,8}?(?:材料|证明|资料|文件|凭证|申请书|申请表|说明)|\b(?:send|submit|provide|upload|e-?mail|post)\b[^.;]{0,30}?\b(?:documents?|proof|statements?|certificates?|evidence|forms?|paperwork)\b/i;
const CALLBACK = /回电|回电话|致电|给您打电话|给您来电|电话联系您|打给您|\bcall (?:you )?back\b|\bcall you\b|\bphone you\b|\bring you\b/i;
const REPLY =
  /联系您|与您联系|回复您|答复您|给您答复|给您回复|反馈|通知您|告知您|审核结果|处理结果|\bget back to you\b|\bcontact you\b|\breach out\b|\bhear from us\b|\bupdate you\b|\blet you know\b|\brespond\b|\breply\b/i;

// The bank naming the day a payment falls due: "首期还款日为12月25日" puts the noun before the date.
const DUE_DAY_ZH = /还款日|到期日|截止日|缴款日|扣款日|还款日期|最后还款/;
// The bank sending the user something (the agreement, a confirmation letter), as opposed to asking for papers.
const BANK_SENDS = /(?:发送|寄送|邮寄|寄|发)给您|\b(?:will|shall) be (?:sent|mailed|emailed|posted)\b|\bwe(?:'ll| will) (?:send|mail|email|post)\b/i;

const CLAUSE_END = /[,，。；;！!？?\n]/;

/** A comma between digits ("¥1,062.65") groups thousands; it does not end a clause. */
function endsClause(folded: string, i: number): boolean {
  const c = folded[i]!;
  if (!CLAUSE_END.test(c)) return false;
  return !(c === ',' && /\d/.test(folded[i - 1] ?? '') && /\d/.test(folded[i + 1] ?? ''));
}

function clause(folded: string, hit: DateHit): { before: string; after: string } {
  let s = hit.start;
  while (s > 0 && !endsClause(folded, s - 1)) s--;
  let e = hit.end;
  while (e < folded.length && !endsClause(folded, e)) e++;
  return { before: folded.slice(s, hit.start), after: folded.slice(hit.end, e) };
}

function kindOf(folded: string, hit: DateHit): PromiseKind | undefined {
  const { before, after } = clause(folded, hit);
  const both = `${before} ${after}`;
  if (PAY_ZH.test(after) || PAY_EN.test(before) || DUE_DAY_ZH.test(before)) return 'payment';
  if (DOCS.test(both)) return 'documents';
  if (BANK_SENDS.test(both)) return 'delivery';
  if (CALLBACK.test(both)) return 'callback';
  if (REPLY.test(both)) return 'reply';
  return undefined;
}

export function findPromises(text: string, ctx: DateContext): PromiseHit[] {
  const today = localDay(ctx.anchor, ctx.utcOffsetMinutes);
  const out: PromiseHit[] = [];
  for (const s of sentences(text)) {
    const folded = foldWidth(s.text);
    if (QUESTION.test(folded) || NEGATED.test(folded)) continue;
    for (const hit of findDates(s.text, ctx)) {
      if (hit.day < today) continue;
      const kind = kindOf(folded, hit);
      if (!kind) continue;
      out.push({ kind, day: hit.day, dueAt: hit.at ?? endOfLocalDay(hit.day, ctx.utcOffsetMinutes), quote: s.text.trim() });
      break; // one promise per sentence: a second date there is usually the same promise restated
    }
  }
  return out;
}

const TITLES: Record<PromiseKind, { zh: string; en: string }> = {
  callback: { zh: '银行承诺回电', en: 'Bank promised to call back' },
  reply: { zh: '银行承诺答复', en: 'Bank promised a reply' },
  payment: { zh: '还款截止', en: 'Payment deadline' },
  documents: { zh: '提交材料截止', en: 'Deadline to send documents' },
  delivery: { zh: '银行承诺寄送文件', en: 'Bank promised to send papers' },
};

function shorten(quote: string, max = 60): string {
  const chars = [...quote];
  return chars.length <= max ? quote : `${chars.slice(0, max - 1).join('')}…`;
}

export function followUpTitle(kind: PromiseKind, quote: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${TITLES[kind].zh}：“${shorten(quote)}”` : `${TITLES[kind].en}: "${shorten(quote)}"`;
}

/** Same session, message, kind and day give the same id, so extracting twice proposes nothing new. */
export function followUpId(sessionId: string, messageId: string, kind: PromiseKind, day: number): string {
  return `fu-${toHex(sha256(utf8.encode([sessionId, messageId, kind, String(day)].join('\u0000')))).slice(0, 20)}`;
}

export interface FollowUpOptions {
  /** The time the text was said, epoch ms. */
  now: number;
  /** Defaults to the runtime's zone at `now`. */
  utcOffsetMinutes?: number;
  sessionId: string;
  messageId?: string;
  lang?: 'zh' | 'en';
}

export function promiseToFollowUp(p: PromiseHit, sessionId: string, messageId: string | undefined, lang: 'zh' | 'en' = 'zh'): FollowUp {
  return {
    id: followUpId(sessionId, messageId ?? '', p.kind, p.day),
    sessionId,
    dueAt: p.dueAt,
    title: followUpTitle(p.kind, p.quote, lang),
    source: 'transcript',
    done: false,
    ...(messageId !== undefined ? { sourceMessageId: messageId } : {}),
  };
}

/** Proposed follow-ups (source 'transcript', not done) for one bank-side text. */
export function extractFollowUps(text: string, opts: FollowUpOptions): FollowUp[] {
  return findPromises(text, { anchor: opts.now, utcOffsetMinutes: opts.utcOffsetMinutes ?? localOffsetAt(opts.now) }).map((p) =>
    promiseToFollowUp(p, opts.sessionId, opts.messageId, opts.lang),
  );
}
