import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Pinned so that business hours, weekday buckets and date parsing never depend on the machine.
    env: { TZ: "UTC" },
    testTimeout: 60_000,
  },
});
