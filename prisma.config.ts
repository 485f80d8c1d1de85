// Prisma CLI configuration (Prisma 7). The project's own scripts/db/* commands do the migrating
// offline; this file serves `prisma generate` and, where the network allows, the regular CLI.
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// Prisma 7 no longer reads .env itself. Variables already set in the environment win.
for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Optional: `prisma generate` (run on install) needs no database. prisma's env() helper would
  // throw when the variable is missing, hence process.env.
  datasource: { url: process.env.DATABASE_URL },
});
