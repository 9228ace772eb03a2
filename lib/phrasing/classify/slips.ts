/**
 * Typing slips in the words the cues are written in: a letter dropped or two swapped inside a word ("scren", "acess",
 * "shraing") — the commonest slips of a hurried agent, and of a scammer typing fast. Each cue word of five letters or
 * more (./cue-words.ts) is known by its slipped forms, its first and last letters as typed; a slipped form that is a
 * word of its own (a cue word, or an English word: "reminder" beside "remainder"), or that two cue words share, is
 * read as typed. One map lookup a word.
 */
import { CUE_WORDS, ENGLISH_LOOKALIKES } from './cue-words';

/**
 * A word with two inner neighbours swapped, or (six letters or more) one inner letter dropped: four-letter remains of a
 * five-letter word are too often words of their own, in English or another tongue (apne, sice).
 */
export function slippedForms(word: string): string[] {
  const out: string[] = [];
  if (word.length >= 6) for (let k = 1; k < word.length - 1; k++) out.push(word.slice(0, k) + word.slice(k + 1));
  for (let k = 1; k < word.length - 2; k++) out.push(word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2));
  return out;
}

let slips: Map<string, string> | undefined;
function slipMap(): Map<string, string> {
  if (slips) return slips;
  const asTyped = new Set([...CUE_WORDS, ...ENGLISH_LOOKALIKES]);
  const seen = new Map<string, string | null>();
  for (const word of CUE_WORDS) {
    for (const form of slippedForms(word)) {
      if (asTyped.has(form) || form === word) continue;
      const before = seen.get(form);
      seen.set(form, before === undefined || before === word ? word : null);
    }
  }
  slips = new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
  return slips;
}

/** The cue word a lower-case word is a slip of, or the word as typed. */
export function mendSlip(word: string): string {
  return slipMap().get(word) ?? word;
}
