import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    // Every test file seeds its own demo database in beforeAll; on a loaded two-core machine that takes a while.
    hookTimeout: 180_000,
  },
});
