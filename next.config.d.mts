// The type of next.config.mjs, for the tests that read its settings. The config is plain
// JavaScript so that the server does not load Next.js's TypeScript compiler to read it.
import type { NextConfig } from "next";

declare const nextConfig: NextConfig;
export default nextConfig;
