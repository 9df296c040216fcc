import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

/**
 * Tests read workspace packages from their sources (the "@sitrep/source" export condition),
 * so they need no build; the published builds resolve to dist/ as usual.
 */
export function sitrepProject(name: string, include = ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"]) {
  const conditions = ["@sitrep/source", ...defaultServerConditions];
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ["@sitrep/source"] } },
    test: {
      name,
      include,
      environment: "node",
    },
  });
}
