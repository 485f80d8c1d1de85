import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// lib/server's modules start with `import "server-only"`; tests run them outside Next.js, so the
// marker resolves to its empty module here, as it does in Next's server layer.
const alias = { "@": root, "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          // next-auth imports "next/server" without a file extension, which Node's ESM loader
          // cannot resolve on its own; inlined, Vite resolves it (tests import app/ modules).
          server: { deps: { inline: ["next-auth"] } },
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // A forgotten time zone should fail: run unit tests far from US Eastern.
          env: { TZ: "Asia/Tokyo" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          server: { deps: { inline: ["next-auth"] } },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { TZ: "Asia/Tokyo" },
          // Each file gets its own database cloned from a migrated template; two at a time suits 2 cores.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          // The README's production install on a fresh clone: minutes, so a step of its own in npm test.
          name: "install",
          server: { deps: { inline: ["next-auth"] } },
          include: ["tests/install/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 1_200_000,
          hookTimeout: 120_000,
          env: { TZ: "Asia/Tokyo" },
        },
      },
    ],
  },
});
