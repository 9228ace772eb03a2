/**
 * Ticket, case and agreement numbers the bank gives. A value is taken only right after a keyword that names it, must
 * hold at least three digits, and card, account, phone and ID numbers are never keywords — so "您的卡号尾号1234"
 * or "call 95555" are not read as references.
 */
import type { Reference, ReferenceKind } from '../types';
import { foldWidth } from './text';

const ZH_KEYWORDS: [string, ReferenceKind][] = [
  ['协议编号', 'agreement'], ['协议号', 'agreement'], ['合同编号', 'agreement'], ['合同号', 'agreement'],
  ['受理编号', 'case'], ['受理单号', 'case'], ['受理号', 'case'], ['案件编号', 'case'], ['案件号', 'case'], ['登记编号', 'case'], ['登记号', 'case'],
  ['工单编号', 'ticket'], ['工单号', 'ticket'], ['服务单号', 'ticket'], ['投诉单号', 'ticket'], ['投诉编号', 'ticket'], ['投诉号', 'ticket'],
  ['申请编号', 'ticket'], ['申请单号', 'ticket'], ['申请号', 'ticket'], ['工单', 'ticket'],
  ['业务编号', 'other'], ['流水号', 'other'], ['参考号', 'other'], ['查询编号', 'other'],
];
// Topic words that make a bare "编号" / "单号" in the same sentence a reference of that kind.
const ZH_TOPICS: [string, ReferenceKind][] = [
  ['协议', 'agreement'], ['合同', 'agreement'], ['受理', 'case'], ['案件', 'case'], ['工单', 'ticket'], ['投诉', 'ticket'], ['申请', 'ticket'],
];
const EN_KEYWORDS: Record<string, ReferenceKind> = {
  ticket: 'ticket', incident: 'ticket', request: 'ticket',
  case: 'case', complaint: 'case',
  agreement: 'agreement', arrangement: 'agreement',
  reference: 'other', ref: 'other', confirmation: 'other',
};
const SPECIFICITY: Record<ReferenceKind, number> = { agreement: 3, case: 2, ticket: 1, other: 0 };

const VALUE = '([A-Za-z0-9][A-Za-z0-9-]{2,39})';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ZH_RE = new RegExp(`(${ZH_KEYWORDS.map(([k]) => esc(k)).join('|')})\\s*(?:号码)?\\s*(?:是|为)?\\s*[:#]?\\s*${VALUE}`, 'g');
const ZH_BARE_RE = new RegExp(`(?<![工受案投协合申务询考水])(?:编号|单号)\\s*(?:是|为)?\\s*[:#]?\\s*${VALUE}`, 'g');
const EN_WORD = `(?:${Object.keys(EN_KEYWORDS).join('|')})`;
// English keywords are common words ("in case", "I request"), so a marker must sit between keyword and value:
// "number", "no.", "#", "id", ":", "is", or the abbreviation point of "Ref.".
const EN_MARKER = '(?:(?:number|no\\.?|num|#|id|code)\\s*(?:is\\s*)?[:#=]?|is\\s*[:#=]?|[:#=])';
const EN_RE = new RegExp(`\\b(${EN_WORD}(?:\\s+${EN_WORD})?)\\s*${EN_MARKER}\\s*${VALUE}`, 'gi');
const EN_REF_RE = new RegExp(`\\b(ref)\\.\\s*${VALUE}`, 'gi');
// A code that mixes letters and digits ("reference HX20261123001") needs no marker: plain words and amounts never
// look like that.
const EN_CODE_RE = new RegExp(`\\b(${EN_WORD})\\s+([A-Za-z]{1,6}-?\\d{3,}[A-Za-z0-9-]*)`, 'gi');
// Two keywords in a row ("agreement reference AGR-1") already say what follows.
const EN_PAIR_RE = new RegExp(`\\b(${EN_WORD}\\s+${EN_WORD})\\s+${VALUE}`, 'gi');

function cleanValue(raw: string): string | undefined {
  const v = raw.replace(/-+$/, '');
  const digits = v.replace(/\D/g, '').length;
  return v.length >= 4 && digits >= 3 ? v : undefined;
}

function kindOfEnglish(phrase: string): ReferenceKind {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => EN_KEYWORDS[w.replace(/\.$/, '')] ?? 'other')
    .reduce((a, b) => (SPECIFICITY[b] > SPECIFICITY[a] ? b : a), 'other' as ReferenceKind);
}

/** References in one text, each once (the first kind it was named with), never marked confirmed. */
export function extractReferences(text: string): Reference[] {
  const folded = foldWidth(text);
  const found: { at: number; kind: ReferenceKind; value: string }[] = [];
  const push = (at: number, kind: ReferenceKind, raw: string) => {
    const value = cleanValue(raw);
    if (value) found.push({ at, kind, value });
  };
  for (const m of folded.matchAll(ZH_RE)) push(m.index, ZH_KEYWORDS.find(([k]) => k === m[1])![1], m[2]!);
  for (const m of folded.matchAll(ZH_BARE_RE)) {
    const before = folded.slice(Math.max(0, folded.lastIndexOf('。', m.index) + 1), m.index);
    const topic = ZH_TOPICS.filter(([w]) => before.includes(w)).sort((a, b) => before.lastIndexOf(b[0]) - before.lastIndexOf(a[0]))[0];
    if (topic) push(m.index, topic[1], m[1]!);
  }
  for (const re of [EN_RE, EN_REF_RE, EN_PAIR_RE, EN_CODE_RE]) for (const m of folded.matchAll(re)) push(m.index, kindOfEnglish(m[1]!), m[2]!);
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const f of found) {
    if (seen.has(f.value)) continue;
    seen.add(f.value);
    out.push({ kind: f.kind, value: f.value, confirmed: false });
  }
  return out;
}
