import type { Ancestry, CapturedMessage, CapturedSession } from './schemas';

/**
 * What one captured field may hold. The background's schemas refuse anything longer (a hostile page must not bloat
 * the database), so the content script shortens every field to these sizes where it is produced: a value the
 * background would refuse must never be sent, or the whole batch it travels in would be refused with it.
 */
export const LIMITS = {
  text: 20_000,
  id: 200,
  author: 200,
  shownTime: 64,
  url: 4096,
  vendor: 64,
  agentName: 200,
  agentId: 64,
  title: 500,
  referrer: 4096,
  ancestorOrigin: 2048,
  ancestors: 32,
  batch: 500,
} as const;

/** Cuts at a code-point boundary: half a surrogate pair would show as a broken character. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return value.slice(0, end);
}

/** The visible note a shortened message ends with, naming its full length in both languages of the product. */
export function truncationMarker(fullLength: number): string {
  const n = fullLength.toLocaleString('en-US');
  return `\n〔已截断：原文共 ${n} 个字符 · truncated: ${n} characters in the original〕`;
}

/** A message text within the limit; a longer one keeps its beginning and says how long it was. */
export function capText(text: string, max: number = LIMITS.text): string {
  if (text.length <= max) return text;
  const marker = truncationMarker(text.length);
  return cut(text, max - marker.length) + marker;
}

/**
 * A URL within the limit that is still a URL: the fragment goes first, then the query, then the path is shortened.
 * The origin is what ownership and the record need; the rest is context.
 */
export function capUrl(href: string, max: number = LIMITS.url): string {
  if (href.length <= max) return href;
  const url = new URL(href);
  url.hash = '';
  if (url.href.length > max) url.search = '';
  if (url.href.length > max) url.pathname = cut(url.pathname, Math.max(1, max - url.origin.length - 1));
  return url.href.length <= max ? url.href : url.origin;
}

export function capMessage(message: CapturedMessage): CapturedMessage {
  const capped: CapturedMessage = { ...message, id: cut(message.id, LIMITS.id), text: capText(message.text) };
  if (message.author !== undefined) capped.author = cut(message.author, LIMITS.author);
  if (message.shownTime !== undefined) capped.shownTime = cut(message.shownTime, LIMITS.shownTime);
  return capped;
}

export function capSession(session: CapturedSession): CapturedSession {
  const capped: CapturedSession = { ...session, id: cut(session.id, LIMITS.id), url: capUrl(session.url), vendor: cut(session.vendor, LIMITS.vendor) };
  if (session.agentName !== undefined) capped.agentName = cut(session.agentName, LIMITS.agentName);
  if (session.agentId !== undefined) capped.agentId = cut(session.agentId, LIMITS.agentId);
  if (session.title !== undefined) capped.title = cut(session.title, LIMITS.title);
  return capped;
}

export function capAncestry(ancestry: Ancestry): Ancestry {
  const capped: Ancestry = {};
  if (ancestry.ancestorOrigins) {
    // An origin longer than the limit is not a real origin; dropping it leaves the decision to the rest.
    capped.ancestorOrigins = ancestry.ancestorOrigins.slice(0, LIMITS.ancestors).filter((o) => o.length > 0 && o.length <= LIMITS.ancestorOrigin);
  }
  if (ancestry.referrer) capped.referrer = capUrl(ancestry.referrer, LIMITS.referrer);
  return capped;
}
