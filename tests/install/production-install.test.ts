// The README's "Production install", step by step, on a fresh clone of this repository's HEAD (what
// is committed, as a school's server would fetch it): npm ci, npm run build, npm prune --omit=dev,
// npm run db:migrate on a new database, npm run school:create, npm run start:prod. The dean then
// follows the invitation link as a browser would and gets the dashboard. Several minutes (the
// install and the build); skipped, saying why, only where npm can reach neither its registry nor
// its cache.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { sessionCookieName } from "@/lib/server/auth/session-cookie";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";
import { createDatabase, dropDatabase } from "../../scripts/db/server-databases";
import { freePort, INHERITED_SETTINGS, startAppServer, type AppServer } from "../support/app-server";
import { submitForm, textOf } from "../support/http-form";

/** What npm prints when it can reach neither the registry nor a cached copy of a package. */
const NO_PACKAGES = /ENOTCACHED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|network request/;

const clone = mkdtempSync(path.join(tmpdir(), "soap-desk-install-"));
const database = `soap_install_${randomBytes(3).toString("hex")}`;
let server: AppServer | undefined;

/** The environment a school's shell would have: none of the developer's settings, nor npm's own. */
function cleanEnv(settings: Record<string, string> = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name]) => !INHERITED_SETTINGS.test(name) && !/^npm_/i.test(name));
  return { ...Object.fromEntries(kept), ...settings } as NodeJS.ProcessEnv;
}

interface Run {
  status: number;
  output: string;
}

/** Runs a command in the clone (asynchronously, so this process keeps answering meanwhile). */
function run(command: string, args: string[], settings: Record<string, string> = {}): Promise<Run> {
  const child = spawn(command, args, { cwd: clone, env: cleanEnv(settings), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ status: code ?? 1, output })));
}

function expectDone(step: string, result: Run) {
  expect(result.status, `${step} failed:\n${result.output.slice(-4_000)}`).toBe(0);
}

/** Signals every process of the group led by `pid`; false when none is left. */
function signalGroup(pid: number, signal: NodeJS.Signals | number): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no process of the group is left (the server drains, then exits), at most `ms`. */
async function groupGone(pid: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (signalGroup(pid, 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  signalGroup(pid, "SIGKILL");
}

let serverGroup: number | undefined;

afterAll(async () => {
  await server?.stop();
  // Its database is dropped only once nothing of the server is left to reconnect to it.
  if (serverGroup) await groupGone(serverGroup, 30_000);
  await dropDatabase(inject("adminUrl"), database).catch(() => {});
  rmSync(clone, { recursive: true, force: true });
}, 60_000);

describe("the production install on a fresh clone", () => {
  it("installs, builds, drops the devDependencies, migrates, creates a school, serves, and signs the dean in", async (context) => {
    expectDone("git clone", await run("git", ["clone", "--quiet", "--no-hardlinks", PROJECT_ROOT, clone]));

    const install = await run("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"]);
    if (install.status !== 0 && NO_PACKAGES.test(install.output)) {
      console.warn(`Skipped: npm ci can reach neither the registry nor its cache here.\n${install.output.slice(-1_000)}`);
      context.skip();
    }
    expectDone("npm ci", install);
    expectDone("npm run build", await run("npm", ["run", "build"]));

    const prune = await run("npm", ["prune", "--omit=dev", "--no-audit", "--no-fund"]);
    expectDone("npm prune --omit=dev", prune);
    // The devDependencies are gone; the client generated at install and the build stay.
    for (const gone of ["vitest", "eslint", "tailwindcss", "smtp-server"]) expect(existsSync(path.join(clone, "node_modules", gone)), gone).toBe(false);
    // npm keeps three as optional peers of dependencies (typescript and prisma of @prisma/client,
    // @playwright/test of next); the server must not need them either, so they go too.
    for (const peer of ["typescript", "prisma", "@playwright/test"]) rmSync(path.join(clone, "node_modules", peer), { recursive: true, force: true });
    expect(existsSync(path.join(clone, "lib", "generated", "prisma", "client.ts"))).toBe(true);
    expect(existsSync(path.join(clone, ".next", "BUILD_ID"))).toBe(true);

    const adminUrl = inject("adminUrl");
    const url = await createDatabase(adminUrl, database);
    const migrate = await run("npm", ["run", "db:migrate"], { DATABASE_URL: url });
    expectDone("npm run db:migrate", migrate);
    expect(migrate.output).toMatch(/\d+ migration\(s\) applied/);

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const settings = { DATABASE_URL: url, AUTH_URL: origin, AUTH_SECRET: "production-install-test-secret-0123456789" };
    const created = await run(
      "npm",
      [
        "run",
        "--silent",
        "school:create",
        "--",
        "--name",
        "Ridgeview School of Medicine",
        "--time-zone",
        "America/Denver",
        "--dean",
        "Rosa Park <rosa.park@ridgeview.test>",
      ],
      settings,
    );
    expectDone("npm run school:create", created);
    const link = /One-time invitation link for .+: (http:\/\/\S+\/invite\/[A-Za-z0-9_-]+)$/m.exec(created.output)?.[1];
    expect(link, created.output).toBeDefined();

    server = await startAppServer(port, settings, (env) => {
      // npm runs the server in a child of its own and does not pass a signal on to it: the
      // server gets its own process group, and stopping it signals the whole group.
      const child = spawn("npm", ["run", "start:prod"], {
        cwd: clone,
        env: cleanEnv(env as Record<string, string>),
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      serverGroup = child.pid;
      child.kill = (signal?: NodeJS.Signals | number) => signalGroup(child.pid!, signal ?? "SIGTERM");
      return child;
    });

    // The dean follows the link, accepts, and lands signed in on the school's dashboard.
    const invitation = new URL(link!).pathname;
    const accepted = await submitForm(origin, { page: invitation, containing: "input[name=token]", values: {} });
    expect(accepted.status, server.output()).toBe(303);
    const cookie = accepted.headers
      .getSetCookie()
      .find((value) => value.startsWith(`${sessionCookieName(false)}=`))
      ?.split(";")[0];
    expect(cookie).toBeDefined();
    const dashboard = await fetch(`${origin}/dean`, { headers: { cookie: cookie! }, redirect: "manual" });
    expect(dashboard.status, server.output()).toBe(200);
    const text = textOf(await dashboard.text());
    expect(text).toContain("Ridgeview School of Medicine");
    expect(text).toContain("0 SOAP applicants, 0 with an urgent alert.");
  }, 1_200_000);
});
