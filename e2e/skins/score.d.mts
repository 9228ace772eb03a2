import type { ExpectedMessage } from './generator.mjs';

export interface SkinScore {
  expected: number;
  stored: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  roles: number;
  roleAccuracy: number;
  authors: number;
  times: number;
  duplicates: number;
  chromeLines: string[];
  sessions: number;
  siteOk: boolean;
  agentName: string | null;
  agentId: string | null;
  agentNameOk: boolean;
  agentIdOk: boolean;
  missing: string[];
  wrongRoles: string[];
  pass: boolean;
}
export declare const BARS: { f1: number; roles: number; chromeLines: number; duplicates: number };
export declare function normalise(text: string | undefined | null): string;
export declare function scoreSkin(
  expected: { messages: ExpectedMessage[]; agentName?: string; agentId?: string; siteId?: string },
  stored: ExpectedMessage[],
  sessions: { agentName?: string; agentId?: string; siteId?: string }[],
): SkinScore;
export declare function aggregate(results: (SkinScore & { factors?: Record<string, string>; deterministic?: boolean })[]): {
  skins: number;
  passed: number;
  precision: number;
  recall: number;
  f1: number;
  roles: number;
  chromeLines: number;
  duplicates: number;
  [key: string]: unknown;
};
export declare function perFactor(results: (SkinScore & { factors?: Record<string, string> })[]): Record<string, Record<string, ReturnType<typeof aggregate>>>;
export declare function formatReport(results: (SkinScore & { factors?: Record<string, string> })[], options?: { title?: string }): string;
