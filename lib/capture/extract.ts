import type { Role } from '../db/types';
import { refineRole, roleFromClasses } from './roles';
import { visibleText } from './visible-text';

export interface ExtractedMessage {
  role: Role;
  text: string;
  author?: string;
  shownTime?: string;
}

const NAME_CLASS = /(^|[\s_-])(name|nick|nickname|sender|author|from|agent-?name|cx-name|lp_sender)([\s_-]|$)/i;
const TIME_CLASS = /(^|[\s_-])(time|date|timestamp|stamp|cx-time|lp_time)([\s_-]|$)/i;
const TIME_TEXT = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?(?:(?:上午|下午|晚上|凌晨)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?$|^(?:今天|昨天|just now|now|刚刚)$/i;
const TYPING = /(正在输入|对方正在|is typing|typing…|typing\.\.\.)/i;

function firstMatching(root: Element, pattern: RegExp): Element | undefined {
  if (root.tagName === 'TIME') return root;
  const all = root.querySelectorAll('*');
  for (const el of Array.from(all)) {
    if (el.tagName === 'TIME') return el;
    const cls = `${el.getAttribute('class') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_{1,2}|-{2}/g, ' ');
    if (pattern.test(cls)) return el;
  }
  return undefined;
}

/**
 * Reads one transcript item. Returns null for things that are not messages: date separators, typing indicators,
 * empty bubbles still rendering.
 */
export function extractMessage(item: Element, fallbackRole?: Role): ExtractedMessage | null {
  const nameEl = firstMatching(item, NAME_CLASS);
  const timeEl = firstMatching(item, TIME_CLASS);
  const author = nameEl ? visibleText(nameEl) || nameEl.textContent?.trim() || undefined : undefined;
  const shownTime = timeEl ? (timeEl.textContent ?? '').trim() || undefined : undefined;
  const exclude = new Set<Element>();
  if (nameEl) exclude.add(nameEl);
  if (timeEl) exclude.add(timeEl);
  const text = visibleText(item, exclude);
  if (!text || TIME_TEXT.test(text) || TYPING.test(text)) return null;
  const role = roleFromClasses(item) ?? fallbackRole;
  if (!role) return null;
  const message: ExtractedMessage = { role: refineRole(role, author), text };
  if (author) message.author = author;
  if (shownTime) message.shownTime = shownTime;
  return message;
}
