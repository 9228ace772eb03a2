import type { ExtractedMessage } from './extract';

/** FNV-1a (32-bit), hex: a cheap stable digest; collisions only matter within one session and carry an index. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function contentKey(m: ExtractedMessage): string {
  return [m.role, m.author ?? '', m.shownTime ?? '', m.text].join('\u241f');
}

/**
 * Ids derive from content plus the occurrence count of identical content earlier in the transcript, so a full
 * re-render of the same transcript yields the same ids, while two genuine "好的" replies stay two messages.
 */
export function messageIds(sessionId: string, messages: readonly ExtractedMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const key = contentKey(m);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${sessionId}:${fnv1a(key)}:${n}`;
  });
}
