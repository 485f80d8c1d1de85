// `npm run start:prod`: a school's production server, as the README's "Production install" runs
// it after `npm run build`, `npm prune --omit=dev` and `npm run db:migrate`: SOAP Desk's HTTP
// server (scripts/serve.ts) over the existing build, and nothing else: no build, no migrations, no
// demo data, no embedded database. Reads .env and .env.local like the other commands; the
// settings in the environment win. Signals reach the server itself (no wrapper process).
import { existsSync } from "node:fs";
import path from "node:path";
import { loadDotEnv } from "./db/env";
import { PROJECT_ROOT } from "./db/schema-engine";

function refuse(message: string): never {
  console.error(`SOAP Desk cannot start.\n${message}`);
  process.exit(1);
}

loadDotEnv();
if (!existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) {
  refuse("There is no production build: run `npm run build` first (with the devDependencies installed).");
}
if (!process.env.DATABASE_URL?.trim()) {
  refuse(
    "DATABASE_URL is not set: a production server needs its PostgreSQL, e.g. postgresql://soap:password@db.school.edu:5432/soap_desk (`npm start` runs the demo on an embedded one).",
  );
}
await import("./serve");
