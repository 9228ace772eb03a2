import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests run against the test build's registry (demo bank and fixture hosts included).
  define: { __PARLEY_TEST_SITES__: 'true' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    mockReset: true,
    restoreMocks: true,
    // Property and fuzz tests run hundreds of cases; on a loaded two-core CI machine they took over the 5 s default.
    // The ceiling only stops a hung test — speed is measured by `npm run bench`, never here.
    testTimeout: 30_000,
  },
});
