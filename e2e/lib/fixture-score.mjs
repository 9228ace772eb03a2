// Precision and recall of a captured transcript against the expected one, as multisets: of message texts, and of
// (role, text) pairs. A duplicate is a stored message beyond the number of times the page showed it.

/** How many times each key occurs. */
export function counts(keys) {
  const map = new Map();
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
  return map;
}

/** Size of the multiset intersection. */
export function overlap(a, b) {
  const cb = counts(b);
  let n = 0;
  for (const [k, c] of counts(a)) n += Math.min(c, cb.get(k) ?? 0);
  return n;
}

const full = (m) => JSON.stringify([m.role, m.text, m.author ?? null, m.shownTime ?? null]);

export function score(expected, stored) {
  const expectedFull = counts(expected.map(full));
  let duplicates = 0;
  for (const [k, c] of counts(stored.map(full))) duplicates += Math.max(0, c - (expectedFull.get(k) ?? c));
  return {
    expected: expected.length,
    stored: stored.length,
    messages: overlap(expected.map((m) => m.text), stored.map((m) => m.text)),
    roles: overlap(expected.map((m) => `${m.role}\u241f${m.text}`), stored.map((m) => `${m.role}\u241f${m.text}`)),
    duplicates,
  };
}

export function summarize(results) {
  const positives = results.filter((r) => !r.negative);
  const sum = (key) => positives.reduce((s, r) => s + r[key], 0);
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  return {
    fixtures: positives.length,
    negatives: results.length - positives.length,
    messages: { precision: ratio(sum('messages'), sum('stored')), recall: ratio(sum('messages'), sum('expected')) },
    roles: { precision: ratio(sum('roles'), sum('stored')), recall: ratio(sum('roles'), sum('expected')) },
    duplicates: sum('duplicates'),
    negativeCaptures: results.filter((r) => r.negative).reduce((s, r) => s + r.captured, 0),
  };
}
