import * as z from 'zod/mini';

/**
 * Every message that crosses a context boundary is described here once. Page text arrives as untrusted data, so
 * sizes are bounded: a hostile page must not be able to bloat the database or the background's memory.
 * zod/mini keeps the content script small; it runs on every bank page.
 */
const MAX_TEXT = 20_000;
const MAX_BATCH = 500;

const boundedString = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const count = () => z.int().check(z.nonnegative());

export const roleSchema = z.enum(['customer', 'agent', 'bot', 'system']);

export const capturedMessageSchema = z.object({
  id: boundedString(1, 200),
  seq: count(),
  role: roleSchema,
  text: boundedString(0, MAX_TEXT),
  at: count(),
  shownTime: z.optional(boundedString(0, 64)),
  author: z.optional(boundedString(0, 200)),
});

export const capturedSessionSchema = z.object({
  id: boundedString(1, 200),
  url: z.url().check(z.maxLength(4096)),
  vendor: boundedString(1, 64),
  startedAt: count(),
  agentName: z.optional(boundedString(0, 200)),
  agentId: z.optional(boundedString(0, 64)),
  title: z.optional(boundedString(0, 500)),
});

export const requestSchemas = {
  'capture/batch': z.object({
    session: capturedSessionSchema,
    messages: z.array(capturedMessageSchema).check(z.maxLength(MAX_BATCH)),
  }),
  'composer/insert': z.object({ tabId: count(), text: boundedString(1, MAX_TEXT) }),
  'tab/status': z.object({ tabId: count() }),
} as const;

/** Messages the background sends down to a content script. */
export const contentRequestSchemas = {
  'composer/insert': z.object({ text: boundedString(1, MAX_TEXT) }),
  'capture/ping': z.object({}),
} as const;

export type CapturedMessage = z.infer<typeof capturedMessageSchema>;
export type CapturedSession = z.infer<typeof capturedSessionSchema>;
