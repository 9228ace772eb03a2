/**
 * Cheap structural checks that run before and right after JSON.parse, so hostile input is refused before any
 * recursive code (the schema validator, the renderers) walks it.
 */

/** Keys that change an object's prototype when copied with assignment or a deep merge. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Deepest nesting of arrays and objects in JSON text, stopping as soon as `limit` is passed. Brackets inside strings
 * do not count. Runs on the raw text, before any parser recursion.
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export interface KeyProblem {
  path: (string | number)[];
  key: string;
}

interface Frame {
  value: unknown;
  key: string | number | undefined;
  parent: Frame | undefined;
}

function pathOf(frame: Frame | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f = frame; f && f.key !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/** The first forbidden key anywhere in a parsed value (iterative, so depth cannot overflow the stack). */
export function findForbiddenKey(root: unknown): KeyProblem | undefined {
  // Frames link to their parent instead of copying paths: the path is only built for the one problem reported.
  const stack: Frame[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const v: unknown = value[i];
        if (v !== null && typeof v === 'object') stack.push({ value: v, key: i, parent: frame });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const k of keys) if (FORBIDDEN_KEYS.has(k)) return { path: pathOf(frame), key: k };
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      const v = (value as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') stack.push({ value: v, key: k, parent: frame });
    }
  }
  return undefined;
}
