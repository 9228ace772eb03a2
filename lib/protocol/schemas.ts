import { z } from 'zod';

/**
 * Every message that crosses a context boundary is described here once. Page text arrives as untrusted data, so
 * sizes are bounded: a hostile page must not be able to bloat the database or the background's memory.
 */
const MAX_TEXT = 20_000;
const MAX_BATCH = 500;

export const roleSchema = z.enum(['customer', 'agent', 'bot', 'system']);

export const capturedMessageSchema = z.object({
  id: z.string().min(1).max(200),
  seq: z.number().int().nonnegative(),
  role: roleSchema,
  text: z.string().max(MAX_TEXT),
  at: z.number().int().nonnegative(),
  shownTime: z.string().max(64).optional(),
  author: z.string().max(200).optional(),
});

export const capturedSessionSchema = z.object({
  id: z.string().min(1).max(200),
  url: z.string().url().max(4096),
  vendor: z.string().min(1).max(64),
  startedAt: z.number().int().nonnegative(),
  agentName: z.string().max(200).optional(),
  agentId: z.string().max(64).optional(),
  title: z.string().max(500).optional(),
});

export const requestSchemas = {
  'capture/batch': z.object({
    session: capturedSessionSchema,
    messages: z.array(capturedMessageSchema).max(MAX_BATCH),
  }),
  'composer/insert': z.object({
    tabId: z.number().int().nonnegative(),
    text: z.string().min(1).max(MAX_TEXT),
  }),
  'tab/status': z.object({ tabId: z.number().int().nonnegative() }),
} as const;

/** Messages the background sends down to a content script. */
export const contentRequestSchemas = {
  'composer/insert': z.object({ text: z.string().min(1).max(MAX_TEXT) }),
  'capture/ping': z.object({}),
} as const;

export type CapturedMessage = z.infer<typeof capturedMessageSchema>;
export type CapturedSession = z.infer<typeof capturedSessionSchema>;
