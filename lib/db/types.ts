/**
 * The stored data contract (README "Data contract"). Fields named here are never renamed; later schema versions
 * only add optional fields or tables, through a tested migration in lib/db/database.ts.
 */

export type Role = 'customer' | 'agent' | 'bot' | 'system';
export const ROLES: readonly Role[] = ['customer', 'agent', 'bot', 'system'];

export interface Session {
  /** Stable id chosen by the capturing content script; survives service-worker restarts. */
  id: string;
  url: string;
  /** Id of the registry entry (lib/sites/registry.ts) the chat belongs to. */
  siteId: string;
  /** Chat vendor adapter id, or 'generic' for the in-house detector. */
  vendor: string;
  /** Epoch ms when Parley first saw the chat. */
  startedAt: number;
  agentName?: string;
  agentId?: string;
  /** Tab the session was captured in (not stable across browser restarts; used to show the live session). */
  tabId?: number;
  /** Frame the chat lives in, so suggested text is inserted into the right composer. */
  frameId?: number;
  /** Epoch ms of the newest stored message, for ordering the history list. */
  updatedAt?: number;
  title?: string;
}

export interface Message {
  /** Stable id derived from the session and the message's content and position, so a retry never doubles it. */
  id: string;
  sessionId: string;
  /** Order within the session, from 0. */
  seq: number;
  role: Role;
  /** Visible text, without timestamps or sender names. Untrusted page text: render as text, never as HTML. */
  text: string;
  /** Epoch ms when captured. */
  at: number;
  /** The time the chat displayed beside the message, verbatim (e.g. "14:02"). */
  shownTime?: string;
  /** Sender name as displayed (e.g. the agent's name). */
  author?: string;
}
