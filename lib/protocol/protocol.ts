import type * as z from 'zod/mini';
import type { contentRequestSchemas, requestSchemas } from './schemas';

export type InsertResult =
  | { ok: true; method: 'textarea' | 'input' | 'contenteditable' }
  | { ok: false; reason: 'no-chat' | 'no-composer' | 'composer-disabled' | 'not-delivered' };

export interface TabStatus {
  capturing: boolean;
  sessionId?: string;
  siteId?: string;
  frameId?: number;
}

/** What each request answers; the request bodies come from the schemas so types and validation cannot diverge. */
interface BackgroundResponses {
  'capture/batch': { ok: true; stored: string[] } | { ok: false; error: string };
  'composer/insert': InsertResult;
  'tab/status': TabStatus;
}

interface ContentResponses {
  'composer/insert': InsertResult;
  'capture/ping': { capturing: boolean; sessionId?: string };
}

export type BackgroundRequestType = keyof typeof requestSchemas;
export type BackgroundRequest<K extends BackgroundRequestType> = z.infer<(typeof requestSchemas)[K]>;
export type BackgroundResponse<K extends BackgroundRequestType> = BackgroundResponses[K];

export type ContentRequestType = keyof typeof contentRequestSchemas;
export type ContentRequest<K extends ContentRequestType> = z.infer<(typeof contentRequestSchemas)[K]>;
export type ContentResponse<K extends ContentRequestType> = ContentResponses[K];

/** The envelope on the wire: a tag so stray messages from other extensions or pages are never mistaken for ours. */
export interface Envelope<K extends string = string, P = unknown> {
  parley: 1;
  type: K;
  payload: P;
}

export function envelope<K extends string, P>(type: K, payload: P): Envelope<K, P> {
  return { parley: 1, type, payload };
}
