/**
 * Whether a transcript shows its rows bottom-up: the newest row first in the DOM, drawn last by the page's styles (a
 * `flex-direction: column-reverse` list, or a list flipped with `scaleY(-1)` whose rows are flipped back, as inverted
 * virtual lists in mobile chat kits do). Read from where the first and last rows are drawn, which is what a person
 * sees whatever the technique; a page that draws nothing (no layout, or rows of no size) reads as top-down.
 *
 * The answer is kept per transcript once two rows of some height have told it: a list does not change its direction.
 */
export class DisplayOrder {
  private readonly known = new WeakMap<Element, boolean>();

  bottomUp(transcript: Element, rows: readonly Element[]): boolean {
    const known = this.known.get(transcript);
    if (known !== undefined) return known;
    const first = drawn(rows, 0, 1);
    const last = drawn(rows, rows.length - 1, -1);
    if (!first || !last || first.row === last.row) return false;
    const bottomUp = first.rect.top >= last.rect.bottom;
    this.known.set(transcript, bottomUp);
    return bottomUp;
  }
}

/** Rows a list keeps for spacing (an empty spacer, a sentinel) are drawn with no height: the nearest drawn row instead. */
const LOOK_PAST = 4;

function drawn(rows: readonly Element[], from: number, step: 1 | -1): { row: Element; rect: DOMRect } | undefined {
  for (let i = from, n = 0; i >= 0 && i < rows.length && n <= LOOK_PAST; i += step, n += 1) {
    const rect = rows[i]!.getBoundingClientRect();
    if (rect.height > 0) return { row: rows[i]!, rect };
  }
  return undefined;
}
