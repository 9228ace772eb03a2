/**
 * The few messages the background sends down to a content script, checked without zod: the content script runs on
 * every bank page, and its five tiny payloads do not justify carrying a schema library (about 8 KB gzip) there. The
 * checks answer in the shape the router reads from zod (`safeParse`), so one router serves both, and the payload
 * types come from these checks, so types and validation still cannot diverge.
 */
import { LIMITS } from './limits';

export interface PayloadIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

export type PayloadResult<T> = { success: true; data: T } | { success: false; error: { issues: PayloadIssue[] } };

export interface PayloadCheck<T = unknown> {
  safeParse(value: unknown): PayloadResult<T>;
}

export type CheckedPayload<C> = C extends PayloadCheck<infer T> ? T : never;

type FieldCheck<T> = (value: unknown) => { ok: true; value: T } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with exactly the named fields kept (unknown ones dropped, as zod objects do). */
function object<T extends Record<string, unknown>>(fields: { [K in keyof T]: FieldCheck<T[K]> }): PayloadCheck<T> {
  return {
    safeParse(value) {
      if (!isRecord(value)) return { success: false, error: { issues: [{ path: [], message: 'expected an object' }] } };
      const data = {} as T;
      for (const key of Object.keys(fields) as Array<keyof T & string>) {
        const checked = fields[key](value[key]);
        if (!checked.ok) return { success: false, error: { issues: [{ path: [key], message: checked.message }] } };
        data[key] = checked.value;
      }
      return { success: true, data };
    },
  };
}

const text = (min: number, max: number): FieldCheck<string> => (value) =>
  typeof value !== 'string'
    ? { ok: false, message: 'expected a string' }
    : value.length < min || value.length > max
      ? { ok: false, message: `expected ${min}–${max} characters, got ${value.length}` }
      : { ok: true, value };

const flag: FieldCheck<boolean> = (value) => (typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: 'expected true or false' });

export const contentRequestChecks = {
  'composer/insert': object<{ text: string }>({ text: text(1, LIMITS.text) }),
  'capture/ping': object<Record<string, never>>({}),
  'capture/pause': object<{ paused: boolean }>({ paused: flag }),
  'capture/diagnose': object<Record<string, never>>({}),
  'capture/readmit': object<Record<string, never>>({}),
} as const;
