// Next.js reads .env.local and .env for the app; the database scripts read the same files so that
// a DATABASE_URL kept there means one database for `npm start`, the migrations and the app.
// Variables already set in the environment win (process.loadEnvFile never overwrites them).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "./schema-engine";

let loaded = false;

export function loadDotEnv(): void {
  if (loaded) return;
  loaded = true;
  for (const name of [".env.local", ".env"]) {
    const file = path.join(PROJECT_ROOT, name);
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

/** The URL with its password hidden, for progress lines. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparsable DATABASE_URL>";
  }
}

/** True when `moduleUrl` (import.meta.url) is the script Node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const strip = (file: string) => file.replace(/\.(ts|js|mjs|cjs|mts)$/, "");
  return strip(path.resolve(entry)) === strip(fileURLToPath(moduleUrl));
}

/** Runs a command's `main` and exits: 0 (or the exit code it set) when it returns, 1 with its message when it throws. */
export function runScriptMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
