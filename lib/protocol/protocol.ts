import type * as z from 'zod/mini';
import type { CheckedPayload, contentRequestChecks } from './content-requests';
import type { ChatStateReport, panelRequestSchemas, requestSchemas } from './schemas';

export type InsertResult =
  | { ok: true; method: 'textarea' | 'input' | 'contenteditable' }
  | { ok: false; reason: 'no-chat' | 'no-composer' | 'composer-hidden' | 'composer-disabled' | 'not-inserted' | 'not-delivered' };

export interface TabStatus {
  /** Rows of a chat in this tab are being read now (not merely: a session was stored from this tab once). */
  capturing: boolean;
  /** A chat was found and nothing has been read from it yet. */
  found?: boolean;
  /** A chat was found but its messages cannot be found: the panel offers a report instead of saying "recording". */
  unreadable?: boolean;
  sessionId?: string;
  siteId?: string;
  frameId?: number;
  /** A chat launcher is visible but no chat window is open. */
  available?: boolean;
  /** Recording is paused everywhere. */
  paused?: boolean;
}

/** The background's answer to a content script asking whether its frame may be read at all. */
export interface Admission {
  allowed: boolean;
  paused: boolean;
  siteId?: string;
}

/** What the side panel needs to offer "Use Parley on this site". */
export interface SiteStatus {
  /** The tab's https origin, when the browser lets Parley see it (a registry site, an enabled site, or activeTab). */
  origin?: string;
  host?: string;
  /** A bank in the registry: Parley already works there. */
  registrySiteId?: string;
  /** The person enabled Parley on this site. */
  userEnabled: boolean;
  /** An https site outside the registry that the person could enable. */
  canEnable: boolean;
  /** A chat vendor's own page: enabling it allows this one chat, in this tab, not the vendor's site. */
  vendorPage?: boolean;
  paused: boolean;
}

/** What each request answers; the request bodies come from the schemas so types and validation cannot diverge. */
interface BackgroundResponses {
  'capture/batch': { ok: true; stored: string[]; paused?: boolean } | { ok: false; error: string; invalid?: true };
  'capture/hello': Admission;
  'capture/state': { ok: true };
  'capture/set-paused': { paused: boolean };
  'capture/get-paused': { paused: boolean };
  'site/status': SiteStatus;
  'site/enable': { ok: true } | { ok: false; error: string };
  'site/disable': { ok: true } | { ok: false; error: string };
  'composer/insert': InsertResult;
  'tab/status': TabStatus;
  'tab/diagnose': { ok: true; report: string } | { ok: false; error: string };
}

interface ContentResponses {
  'composer/insert': InsertResult;
  'capture/ping': { capturing: boolean; sessionId?: string; state?: ChatStateReport['state']; vendor?: string };
  'capture/diagnose': { report: string };
  'capture/readmit': { ok: true };
  'capture/pause': { ok: true };
}

export type BackgroundRequestType = keyof typeof requestSchemas;
export type BackgroundRequest<K extends BackgroundRequestType> = z.infer<(typeof requestSchemas)[K]>;
export type BackgroundResponse<K extends BackgroundRequestType> = BackgroundResponses[K];

export type PanelRequestType = keyof typeof panelRequestSchemas;
export type PanelRequest<K extends PanelRequestType> = z.infer<(typeof panelRequestSchemas)[K]>;

export type ContentRequestType = keyof typeof contentRequestChecks;
export type ContentRequest<K extends ContentRequestType> = CheckedPayload<(typeof contentRequestChecks)[K]>;
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
