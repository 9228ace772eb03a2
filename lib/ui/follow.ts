/**
 * Where a live chat's scroll position goes when a message arrives, and whether the person is "following" it. Pure
 * arithmetic, table-tested; the windowing hook reads the geometry and applies it.
 */

/** Space kept above the newest message when its start, not the end, is what must be in view. */
export const FOLLOW_MARGIN = 8;

/** How close to the target counts as following: a pixel or two of rounding, or a small nudge, is not "scrolled up". */
export const FOLLOW_SLACK = 48;

export interface FollowGeometry {
  /** The scroller's full content height and its visible height. */
  scrollHeight: number;
  clientHeight: number;
  /** Top of the newest message in the scroller's content coordinates; undefined when there is none. */
  newestTop?: number;
}

/**
 * The scroll position that shows the newest message: the end of the chat, unless the newest message and what follows
 * it (an offer card) are taller than the view — then its start, so an offer shows its plan and key figures rather
 * than the middle of its counter-offer ladder.
 */
export function followTarget({ scrollHeight, clientHeight, newestTop }: FollowGeometry): number {
  const end = Math.max(0, scrollHeight - clientHeight);
  if (newestTop === undefined) return end;
  return Math.max(0, Math.min(end, newestTop - FOLLOW_MARGIN));
}

/** True while the person is at (or near) the target: new messages keep the view on the newest one. */
export function isFollowing(scrollTop: number, target: number, slack = FOLLOW_SLACK): boolean {
  return scrollTop >= target - slack;
}
