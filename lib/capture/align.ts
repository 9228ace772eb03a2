/**
 * Longest common subsequence between what is rendered now (`run`) and what was captured before (`known`): the
 * pairs say which rendered items are already-captured messages. Equal prefixes and suffixes are peeled off first,
 * so the common cases (nothing changed, something appended) never reach the quadratic table.
 */
export function alignRuns(run: readonly string[], known: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let start = 0;
  while (start < run.length && start < known.length && run[start] === known[start]) {
    pairs.push([start, start]);
    start += 1;
  }
  let endRun = run.length;
  let endKnown = known.length;
  const tail: Array<[number, number]> = [];
  while (endRun > start && endKnown > start && run[endRun - 1] === known[endKnown - 1]) {
    endRun -= 1;
    endKnown -= 1;
    tail.push([endRun, endKnown]);
  }
  const n = endRun - start;
  const m = endKnown - start;
  if (n > 0 && m > 0) {
    // table[i][j] = LCS length of run[start+i..] and known[start+j..], filled backwards so the walk goes forwards.
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        table[i * width + j] =
          run[start + i] === known[start + j]
            ? table[(i + 1) * width + j + 1]! + 1
            : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (run[start + i] === known[start + j]) {
        pairs.push([start + i, start + j]);
        i += 1;
        j += 1;
      } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i += 1;
      else j += 1;
    }
  }
  return pairs.concat(tail.reverse());
}
