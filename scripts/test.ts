// `npm test`: every check a change must pass, in order, stopping at the first failure.
// Uses DATABASE_URL's server when set (tests create their own databases there), otherwise the
// embedded PostgreSQL. End-to-end tests need Chromium: a system one or Playwright's.
import { spawn } from "node:child_process";
import { EmbeddedDatabaseRefused, ensureDatabase } from "./db/embedded";
import { findChromium, CHROMIUM_MISSING_MESSAGE } from "./find-chromium";
import { NEXT_BUILD_ARGS } from "./next-bin";
import { SERVER_ONLY_HOOK } from "./node-args";

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

/**
 * Runs one step and waits for it without blocking this process: the embedded PostgreSQL started
 * here writes its log to this process, which must keep reading it. A blocked reader (spawnSync)
 * let a burst of server log lines fill the pipe, and every database session stopped with it.
 */
async function run(step: Step): Promise<boolean> {
  console.log(`\n━━ ${step.name} ━━ ${step.command.join(" ")}`);
  const started = Date.now();
  const child = spawn("npx", step.command, { stdio: "inherit", env: { ...process.env, ...step.env } });
  const status = await new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(null));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = status === 0;
  console.log(`${ok ? "✔" : "✘"} ${step.name} (${seconds} s)`);
  return ok;
}

async function main() {
  const chromium = findChromium();
  if (!chromium) {
    console.error(CHROMIUM_MISSING_MESSAGE);
    process.exit(1);
  }

  const database = await ensureDatabase();
  const testEnv = { TEST_DATABASE_URL: database.url, DATABASE_URL: database.url, CHROMIUM_PATH: chromium, TZ: "Asia/Tokyo" };
  const steps: Step[] = [
    { name: "Typecheck", command: ["tsc", "--noEmit"] },
    { name: "Lint", command: ["eslint", "--max-warnings=0", "."] },
    { name: "Format", command: ["prettier", "--check", "."] },
    { name: "Unit tests", command: ["vitest", "run", "--project", "unit"], env: testEnv },
    // One production build, served by the HTTP tests of the integration step and by the end-to-end server.
    { name: "Production build", command: ["next", ...NEXT_BUILD_ARGS] },
    { name: "Integration tests (PostgreSQL, HTTP)", command: ["vitest", "run", "--project", "integration"], env: testEnv },
    // The README's production install on a fresh clone of HEAD (its own install and build: minutes).
    { name: "Production install (fresh clone)", command: ["vitest", "run", "--project", "install"], env: testEnv },
    { name: "End-to-end tests (Chromium)", command: ["playwright", "test"], env: { ...testEnv, TZ: "America/New_York", E2E_SKIP_BUILD: "1" } },
    // The benchmark at small scale on the same build: it must run and print every row (speed is
    // judged by the full `npm run bench`, not here).
    { name: "Benchmark smoke run", command: ["tsx", ...SERVER_ONLY_HOOK, "scripts/bench/run.ts", "--quick", "--no-build"], env: testEnv },
  ];

  const failed: string[] = [];
  for (const step of steps) {
    if (!(await run(step))) {
      failed.push(step.name);
      break;
    }
  }
  await database.stop();

  console.log("");
  if (failed.length > 0) {
    console.error(`npm test failed at: ${failed.join(", ")}`);
    process.exit(1);
  }
  console.log("npm test: every step passed.");
}

main().catch((error: unknown) => {
  if (error instanceof EmbeddedDatabaseRefused) console.error(`npm test cannot start its database.\n${error.message}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
