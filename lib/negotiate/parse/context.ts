/**
 * Builds the per-message parse context and the bounded look-behind / look-ahead windows every extractor reads its
 * keywords from. Windows are capped in length, so keyword tests cost the same however long the message is.
 */

import { localDay } from './dates';
import { scanNumbers } from './numbers';
import { CJK, clauseIndexAt, normalize, segment } from './text';
import type { Ctx, ParseOptions } from './types';

export function makeCtx(src: string, opts: ParseOptions): Ctx {
  const text = normalize(src);
  const tokens = scanNumbers(text);
  const seg = segment(text);
  const today = localDay(opts.now);
  return {
    src,
    text,
    tokens,
    used: new Uint8Array(tokens.length),
    seg,
    clauses: seg.clauses,
    hasCJK: CJK.test(text),
    opts,
    ...(today ? { today } : {}),
    clauseAt: (pos: number) => clauseIndexAt(seg.clauses, pos),
  };
}

export type Bound = 'clause' | 'sentence';

function boundsOf(ctx: Ctx, pos: number, bound: Bound): [number, number] {
  const ci = ctx.clauseAt(pos);
  if (ci < 0) return [0, ctx.text.length];
  const c = ctx.clauses[ci]!;
  if (bound === 'clause') return [c.start, c.end];
  const [first, last] = ctx.seg.sentences[c.sentence]!;
  return [ctx.clauses[first]!.start, ctx.clauses[last - 1]!.end];
}

/** Up to `max` characters before `pos`, not crossing the start of the clause (or sentence) `pos` is in. */
export function before(ctx: Ctx, pos: number, max: number, bound: Bound = 'clause'): string {
  const [lo] = boundsOf(ctx, Math.min(Math.max(0, pos), ctx.text.length - 1), bound);
  return ctx.text.slice(Math.max(lo, pos - max), pos);
}

/** Up to `max` characters from `pos`, not crossing the clause (or sentence) end. */
export function after(ctx: Ctx, pos: number, max: number, bound: Bound = 'clause'): string {
  const [, hi] = boundsOf(ctx, Math.min(ctx.text.length - 1, pos), bound);
  return ctx.text.slice(pos, Math.min(hi, pos + max));
}

/** End of the last number token before `pos` in the same clause, or the clause start. */
export function prevTokenEnd(ctx: Ctx, tokenIndex: number): number {
  const t = ctx.tokens[tokenIndex]!;
  const ci = ctx.clauseAt(t.start);
  const lo = ci < 0 ? 0 : ctx.clauses[ci]!.start;
  const prev = ctx.tokens[tokenIndex - 1];
  return prev && prev.end > lo ? prev.end : lo;
}

/** Start of the next number token after `tokenIndex` in the same clause, or the clause end. */
export function nextTokenStart(ctx: Ctx, tokenIndex: number): number {
  const t = ctx.tokens[tokenIndex]!;
  const ci = ctx.clauseAt(t.start);
  const hi = ci < 0 ? ctx.text.length : ctx.clauses[ci]!.end;
  const next = ctx.tokens[tokenIndex + 1];
  return next && next.start < hi ? next.start : hi;
}
