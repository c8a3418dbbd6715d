import { defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, run in two time zones by `npm test`) and `site`, which builds
// sites and drives a browser (run once).
export default defineConfig({
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/site/**', 'node_modules/**'],
          testTimeout: 60_000,
          // Some files build a whole sample in beforeAll: seconds alone, much longer on a busy machine.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          // Site builds and the browser are heavy: one file at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
