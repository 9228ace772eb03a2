/**
 * Replaced at build time by the bundler (wxt.config.ts `vite.define`, vitest.config.ts): true only in the test build
 * (`wxt build --mode test`) and in unit tests. Anywhere else (plain Node loading wxt.config.ts) it is undeclared,
 * which counts as a store build.
 */
declare const __PARLEY_TEST_SITES__: boolean | undefined;

export const TEST_SITES_ENABLED: boolean = typeof __PARLEY_TEST_SITES__ === 'boolean' && __PARLEY_TEST_SITES__;
