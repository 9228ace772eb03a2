/**
 * Phrase templates: `{name}` inserts a variable; `[ … ]` marks an optional segment that is kept only when every
 * variable inside it is known (so "已登记[，编号{referenceNo}]" never reads "编号" with nothing after it). A required variable
 * (no fallback, outside brackets) that is unknown makes the whole template unrenderable: the caller leaves the
 * phrase out rather than show a placeholder.
 */

import { fallbackFor, isVarName, type VarName, type VarValues } from './variables';
import type { Lang } from './types';

type Piece = { kind: 'text'; text: string } | { kind: 'var'; name: string };
type Segment = Piece | { kind: 'optional'; pieces: Piece[] };

export interface RenderResult {
  /** Null when a required variable is unknown. */
  text: string | null;
  /** Every variable the template mentions that had no value (fallback used, optional part dropped, or blocking). */
  missing: VarName[];
  /** The unknown required variables that made `text` null. */
  blocking: VarName[];
}

const cache = new Map<string, Segment[]>();

function parsePieces(source: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) pieces.push({ kind: 'text', text: source.slice(last, m.index) });
    pieces.push({ kind: 'var', name: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < source.length) pieces.push({ kind: 'text', text: source.slice(last) });
  return pieces;
}

export function parseTemplate(template: string): Segment[] {
  const hit = cache.get(template);
  if (hit) return hit;
  const segments: Segment[] = [];
  const re = /\[([^[\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) segments.push(...parsePieces(template.slice(last, m.index)));
    segments.push({ kind: 'optional', pieces: parsePieces(m[1] ?? '') });
    last = m.index + m[0].length;
  }
  if (last < template.length) segments.push(...parsePieces(template.slice(last)));
  cache.set(template, segments);
  return segments;
}

/** Variable names a template mentions, in order of first use. */
export function templateVariables(template: string): string[] {
  const names: string[] = [];
  const add = (p: Piece) => {
    if (p.kind === 'var' && !names.includes(p.name)) names.push(p.name);
  };
  for (const s of parseTemplate(template)) {
    if (s.kind === 'optional') s.pieces.forEach(add);
    else add(s);
  }
  return names;
}

function known(values: VarValues, name: string): string | undefined {
  if (!isVarName(name)) return undefined;
  const v = values[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

/** Tidy the seams left where optional parts dropped out. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/([，。；：！？、])[ ]+/g, '$1')
    .trim();
}

export function renderTemplate(template: string, values: VarValues, lang: Lang): RenderResult {
  const missing: VarName[] = [];
  const blocking: VarName[] = [];
  const note = (name: string, list: VarName[]) => {
    if (isVarName(name) && !list.includes(name)) list.push(name);
  };
  let out = '';
  let blocked = false;
  for (const seg of parseTemplate(template)) {
    if (seg.kind === 'text') {
      out += seg.text;
    } else if (seg.kind === 'var') {
      const v = known(values, seg.name);
      if (v !== undefined) {
        out += v;
        continue;
      }
      note(seg.name, missing);
      const fb = isVarName(seg.name) ? fallbackFor(seg.name, lang) : undefined;
      if (fb !== undefined) out += fb;
      else {
        blocked = true;
        if (isVarName(seg.name)) note(seg.name, blocking);
        else blocking.push(seg.name as VarName);
      }
    } else {
      const vars = seg.pieces.filter((p): p is { kind: 'var'; name: string } => p.kind === 'var');
      const absent = vars.filter((p) => known(values, p.name) === undefined);
      if (absent.length > 0) {
        absent.forEach((p) => note(p.name, missing));
        continue;
      }
      out += seg.pieces.map((p) => (p.kind === 'text' ? p.text : (known(values, p.name) ?? ''))).join('');
    }
  }
  return { text: blocked ? null : tidy(out), missing, blocking };
}
