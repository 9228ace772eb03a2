import * as z from 'zod/mini';
import { LIMITS } from './limits';

/**
 * Every message that crosses a context boundary is described here once. Page text arrives as untrusted data, so
 * sizes are bounded: a hostile page must not be able to bloat the database or the background's memory.
 * zod/mini keeps the content script small; it runs on every bank page.
 */
const MAX_TEXT = LIMITS.text;
const MAX_BATCH = LIMITS.batch;

const boundedString = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const count = () => z.int().check(z.nonnegative());

export const roleSchema = z.enum(['customer', 'agent', 'bot', 'system']);

export const capturedMessageSchema = z.object({
  id: boundedString(1, LIMITS.id),
  seq: count(),
  role: roleSchema,
  text: boundedString(0, MAX_TEXT),
  at: count(),
  shownTime: z.optional(boundedString(0, LIMITS.shownTime)),
  author: z.optional(boundedString(0, LIMITS.author)),
});

export const capturedSessionSchema = z.object({
  id: boundedString(1, LIMITS.id),
  url: z.url().check(z.maxLength(LIMITS.url)),
  vendor: boundedString(1, LIMITS.vendor),
  startedAt: count(),
  agentName: z.optional(boundedString(0, LIMITS.agentName)),
  agentId: z.optional(boundedString(0, LIMITS.agentId)),
  title: z.optional(boundedString(0, LIMITS.title)),
});

/**
 * What the content script reads about its frame's place in the tab (location.ancestorOrigins, document.referrer):
 * browser-supplied values the background weighs in the ownership decision (lib/sites/ownership.ts).
 */
export const ancestrySchema = z.object({
  ancestorOrigins: z.optional(z.array(boundedString(1, LIMITS.ancestorOrigin)).check(z.maxLength(LIMITS.ancestors))),
  referrer: z.optional(boundedString(0, LIMITS.referrer)),
});

export const chatStateSchema = z.object({
  state: z.enum(['none', 'available', 'framed', 'found', 'open', 'unreadable']),
  vendor: z.optional(boundedString(1, 64)),
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  sessionId: z.optional(boundedString(1, 200)),
});

const httpsOrigin = () => boundedString(9, 300).check(z.regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i));

export const requestSchemas = {
  'capture/batch': z.object({
    session: capturedSessionSchema,
    messages: z.array(capturedMessageSchema).check(z.maxLength(MAX_BATCH)),
    ancestry: z.optional(ancestrySchema),
  }),
  'capture/hello': z.object({ ancestry: z.optional(ancestrySchema) }),
  'capture/state': z.object({ chat: chatStateSchema }),
  'capture/set-paused': z.object({ paused: z.boolean() }),
  'capture/get-paused': z.object({}),
  'site/status': z.object({ tabId: count() }),
  'site/enable': z.object({ tabId: count(), origin: httpsOrigin() }),
  'site/disable': z.object({ origin: httpsOrigin() }),
  'composer/insert': z.object({ tabId: count(), text: boundedString(1, MAX_TEXT) }),
  'tab/status': z.object({ tabId: count() }),
  'tab/diagnose': z.object({ tabId: count() }),
} as const;

/** Messages the background sends to the extension's own pages (the side panel). */
export const panelRequestSchemas = {
  'panel/insert-suggestion': z.object({ tabId: count(), n: z.int().check(z.gte(1), z.lte(3)) }),
} as const;

// Messages the background sends down to a content script: lib/protocol/content-requests.ts (no zod on bank pages).

export type CapturedMessage = z.infer<typeof capturedMessageSchema>;
export type CapturedSession = z.infer<typeof capturedSessionSchema>;
export type Ancestry = z.infer<typeof ancestrySchema>;
export type ChatStateReport = z.infer<typeof chatStateSchema>;
