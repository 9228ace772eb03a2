/**
 * NegEx-style scope for one clause of an agent's message: is the clause asserting something, or negating it, warning
 * against it, or reporting someone else's words? A bank's real chat says "we will never ask for your code",
 * "任何让您转账到安全账户的都是诈骗" and "您说对方让您下载向日葵" — the same words a scammer uses, but not a request. A
 * red-flag cue only counts in a 'plain' clause, and the model sees scoped clauses' words as separate features.
 * Pseudo-triggers are excluded: "不要担心" / "don't worry" calm people down (scripts use them) and negate nothing.
 */

export type Scope = 'plain' | 'neg' | 'warn' | 'attr';

const WARN =
  /诈骗|骗子|当心|小心|骗局|冒充|谨防|警惕|防范|报警|96110|不可信|一律是|都是骗|均为|\bscam|fraud|\bbeware\b|watch out|be wary|be careful|report it|hang up|bogus|wasn'?t us|isn'?t us|not the bank/;
const ATTR =
  /所谓|任何人|您说|你说|您提到|你提到|您刚才说|有人|对方|别人|自称|声称|号称|宣称|网上|外面|you mentioned|you said|you told|\bsomeone\b|\banyone\b|a caller|\bif (someone|anyone|a caller)\b|people who|\bclaims?\b|\b(the|that) (caller|person)\b|\bthat (man|woman|company|firm|website)\b|\b(told|asked|wanted) you to\b|\bnobody\b|\bno one\b/;
const NEG =
  /请勿|切勿|勿|不要(?!担心|紧张|着急|害怕|挂)|(?<!识|区|分|类|级|特|个|差|告|性|辨|鉴)别(?!担心|紧张|着急|害怕|挂)|不会|不得|禁止|严禁|绝不|从不|从来不|无需|不需要|没有|不存在|不提供|不收取|无法|不能|不可以|只通过|仅通过|仅限本人|只用于|\bnever\b|\bnvr\b|\bnver\b|\bnevr\b|\bthere(?:'?s| is| are) no\b|\bno such\b|\bdon'?t\b(?! worry)|\bdo not\b(?! worry)|\bdoesn'?t\b|\bwon'?t\b|\bwill not\b|\bshould ?n[o']t\b|\bmust not\b|\bcan'?t\b|\bcannot\b|\bonly (pay|through|use)\b|\bplease only\b/;

export function scopeOf(clause: string): Scope {
  if (WARN.test(clause)) return 'warn';
  if (ATTR.test(clause)) return 'attr';
  if (NEG.test(clause)) return 'neg';
  return 'plain';
}
