import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    // Self-checks of the exercise catalogue and the notebook's cells do real work (seconds on a
    // busy two-core machine); they assert results, never durations, so a generous limit only
    // keeps a slow machine from failing them.
    testTimeout: 30_000,
  },
});
