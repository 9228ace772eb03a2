/**
 * A reader whose latest answers are kept, keyed by the text read. The panel reads the same agent messages several times
 * on every new message (the suggestions, the safety banner, the offer on the table each look at the recent ones), and a
 * long chat would otherwise be read again from the top each time. The oldest answer is let go once `kept` are held.
 * Answers are shared between callers, so they are frozen: nobody can change what another caller sees.
 */
export function keepingRecent<T extends object>(read: (text: string) => T, kept: number): (text: string) => T {
  if (!Number.isInteger(kept) || kept < 1) throw new Error(`keepingRecent: kept must be a positive integer, got ${kept}`);
  const answers = new Map<string, T>();
  return (text: string): T => {
    const known = answers.get(text);
    if (known !== undefined) {
      // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
      answers.delete(text);
      answers.set(text, known);
      return known;
    }
    const answer = deepFreeze(read(text));
    if (typeof text === 'string') {
      answers.set(text, answer);
      if (answers.size > kept) answers.delete(answers.keys().next().value as string);
    }
    return answer;
  };
}

/** Freezes an answer and the plain objects and arrays it holds; getters are left as they are (they compute lazily). */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) deepFreeze(d.value);
  }
  return Object.freeze(value);
}
