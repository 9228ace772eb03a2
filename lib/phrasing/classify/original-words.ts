/**
 * The words of a message as its writer typed them, for words found in its normalize()d form: what the panel quotes
 * when it says which words it read as a refusal or a scam's request (Traditional characters, capitals and spacing
 * kept). normalize() reads the whole message and is no character-by-character map (屏幕 for 螢幕, spaces dropped beside
 * Chinese), so the span is searched for: the shortest stretch of the original whose normalized form holds the words.
 * When none does, the normalized words are what is quoted.
 */

import { normalize } from './normalize';

export function originalWords(text: string, normalizedWords: string): string {
  const target = normalizedWords.trim();
  if (target === '' || typeof text !== 'string') return target;
  // Most often the words stand in the message as they are, but for capitals (Simplified Chinese, plain English).
  const lower = text.toLowerCase();
  const at = lower.indexOf(target);
  if (at >= 0 && lower.length === text.length) return text.slice(at, at + target.length);
  const holds = (start: number, end: number) => normalize(text.slice(start, end)).includes(target);
  if (!holds(0, text.length)) return target;
  // Where the words are complete, reading from the start; then how late they can start and still be whole.
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(0, mid)) hi = mid;
    else lo = mid + 1;
  }
  const end = lo;
  let start = 0;
  let last = end - 1;
  while (start < last) {
    const mid = (start + last + 1) >> 1;
    if (holds(mid, end)) start = mid;
    else last = mid - 1;
  }
  const span = text.slice(start, end).trim();
  return holds(start, end) && span !== '' ? span : target;
}
