export interface ExpectedMessage {
  role: 'customer' | 'agent' | 'bot' | 'system';
  text: string;
  author?: string;
  shownTime?: string;
}
export interface SkinStep {
  kind: 'me' | 'message' | 'divider' | 'chips';
  html: string;
  text?: string;
  delay?: number;
  typing?: boolean;
}
export interface Skin {
  id: string;
  seed: number;
  mode: 'dev' | 'test';
  factors: Record<string, string>;
  host: string;
  path: string;
  url: string;
  html: string;
  files: Record<string, string>;
  script: string;
  steps: SkinStep[];
  customerLines: string[];
  expected: { siteId: string; host: string; agentName: string; agentId: string; messages: ExpectedMessage[] };
}
export declare function generateSkin(seed: number, options?: { mode?: 'dev' | 'test'; holdout?: string | Record<string, string[]> }): Skin;
export declare function writeSkin(dir: string, skin: Skin): string;
export declare function registryBanks(file?: string): { id: string; region: string; name: { zh: string; en: string }; domain: string }[];
