export declare const FACTORS: Record<string, readonly string[]>;
export declare const SEED_RANGES: { dev: { from: number; to: number }; test: { from: number; to: number } };
export declare const CI_SEEDS: { from: number; count: number };
export declare const DEFAULT_HOLDOUT: string;
export declare function rangeOf(seed: number): 'dev' | 'test' | null;
export declare function parseHoldout(spec: string | undefined): Record<string, string[]>;
export declare function drawFactors(seed: number, options?: { mode?: 'dev' | 'test'; holdout?: Record<string, string[]> }): Record<string, string>;
