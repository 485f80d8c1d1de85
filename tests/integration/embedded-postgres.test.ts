// The embedded PostgreSQL of `npm start` and `npm test`, run for real in a folder of this test:
// when its user cannot reach the data folder (a project in root's home folder, run as root), both
// commands say what is wrong and how to fix it instead of a raw EACCES; and stopping `npm start`
// stops the PostgreSQL it started.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive } from "../../scripts/db/embedded";
import { ensureProductionBuild, freePort } from "../support/app-server";
import { TSX_NODE_ARGS } from "../../scripts/node-args";

let workspace: string;

/** The environment of a newcomer's shell: no database, no app settings of the test runner. */
function newcomerEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(AUTH_|NEXTAUTH_|SOAP_DESK_|DATABASE_URL|TEST_DATABASE_URL|EMBEDDED_PG_|NODE_ENV|PORT|SMTP_|OIDC_)/.test(name),
    ),
  );
  return { ...inherited, ...extra } as NodeJS.ProcessEnv;
}

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "soap-desk-embedded-"));
  // mkdtemp makes a 0700 folder; the open case needs one the postgres user may enter.
  chmodSync(workspace, 0o755);
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe("an embedded PostgreSQL that cannot reach its data folder", () => {
  // As root the server runs as `postgres`, who cannot enter a root-owned 0700 folder; as anyone
  // else a folder without permissions stops the user themselves.
  let locked: string;
  beforeAll(() => {
    locked = path.join(workspace, "home");
    mkdirSync(locked);
    chmodSync(locked, process.getuid?.() === 0 ? 0o700 : 0o000);
  });
  afterAll(() => chmodSync(locked, 0o755));

  for (const [command, script, heading] of [
    ["npm start", "scripts/start.ts", "SOAP Desk cannot start."],
    ["npm test", "scripts/test.ts", "npm test cannot start its database."],
  ] as const) {
    it(`${command} says which folder is in the way and how to fix it, without a stack trace`, async () => {
      const env = newcomerEnv({ EMBEDDED_PG_DATA_DIR: path.join(locked, "app", ".data", "postgres"), EMBEDDED_PG_PORT: String(await freePort()) });
      const result = spawnSync(process.execPath, [...TSX_NODE_ARGS, script], { env, encoding: "utf8", timeout: 60_000 });
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, output).toBe(1);
      expect(output).toContain(heading);
      expect(output).toContain(`cannot enter ${locked}`);
      expect(output).toContain(`chmod o+x ${locked}`);
      expect(output).toContain("DATABASE_URL");
      expect(output).not.toMatch(/EACCES|\n\s+at /);
      // Nothing was started or created behind the refusal.
      expect(output).not.toContain("▶ Migrations");
    });
  }
});

describe("stopping npm start", () => {
  it("stops the server and the embedded PostgreSQL it started", async () => {
    ensureProductionBuild();
    const dataDir = path.join(workspace, "open", "postgres");
    const [port, pgPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [...TSX_NODE_ARGS, "scripts/start.ts", "--no-build"], {
      env: newcomerEnv({ EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port), SOAP_DESK_DEMO: "1" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

    const deadline = Date.now() + 150_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`npm start did not come up:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(isAlive(postmaster)).toBe(true);

    child.kill("SIGTERM");
    expect(await exited, output).toBe(0);
    expect(isAlive(postmaster), `PostgreSQL (pid ${postmaster}) still runs after npm start stopped`).toBe(false);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    expect(output).toContain("Stopping embedded PostgreSQL");
  }, 200_000);
});
