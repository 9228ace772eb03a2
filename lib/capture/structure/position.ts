import { composedParent } from '../dom/shadow';

/**
 * Chrome is positional (research: structural-detection.md §1): a chat's header sits above the transcript's scroll
 * box, and the transcript reaches down to the composer. A title and a subtitle ("在线客服" / "工作时间 8:00-22:00")
 * look like a two-row list while the real list is still empty; what gives them away is the stretch of widget — the
 * empty transcript — lying between them and the place to type.
 */
export interface VerticalSpan {
  top: number;
  bottom: number;
}

/** Below this gap, what separates a list from its composer is a quick-reply bar or a typing line, not a transcript. */
const MIN_GAP_PX = 80;

/**
 * Whether a candidate's region ends well above the composer, with a stretch taller than itself in between: the
 * candidate is chrome above the transcript, not the transcript. `region` is the candidate's scroll box when it has one
 * (a list with one row is short, but the box it scrolls in reaches the composer).
 */
export function chromeAboveTranscript(region: VerticalSpan, composer: VerticalSpan): boolean {
  const height = region.bottom - region.top;
  if (height <= 0 || composer.bottom <= composer.top) return false;
  const gap = composer.top - region.bottom;
  return gap >= MIN_GAP_PX && gap >= height * 1.5;
}

function parentElementAcross(el: Element): Element | null {
  const parent = composedParent(el);
  return parent?.nodeType === 1 ? (parent as Element) : null;
}

/** The candidate's scroll box within the widget (itself or the nearest scrolling ancestor up to `root`), or itself. */
export function regionOf(candidate: Element, root: Element, view: Window): Element {
  for (let node: Element | null = candidate; node; node = parentElementAcross(node)) {
    const overflow = view.getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
    if (node === root) break;
  }
  return candidate;
}

/**
 * Reads the layout for chromeAboveTranscript. A composer fixed to the viewport floats over a page that scrolls as a
 * whole, so the distance to it says nothing; neither does a widget that is not laid out (collapsed, not yet shown).
 */
export function sitsAboveTranscript(candidate: Element, composer: Element, root: Element): boolean {
  const view = candidate.ownerDocument.defaultView;
  if (!view) return false;
  if (view.getComputedStyle(composer).position === 'fixed') return false;
  const region = regionOf(candidate, root, view).getBoundingClientRect();
  const place = composer.getBoundingClientRect();
  return chromeAboveTranscript(region, place);
}
